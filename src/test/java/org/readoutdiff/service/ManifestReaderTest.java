package org.readoutdiff.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.StatementMetadata;

/** Manifests read strictly: what a good one gives, and the one-line reason for each kind of bad one. */
class ManifestReaderTest {

    private static Path folder;
    private static Path outside;

    @BeforeAll
    static void files() throws IOException {
        Path root = Files.createDirectories(Path.of("target", "manifest-test"));
        folder = Files.createDirectories(root.resolve("work"));
        Files.createDirectories(folder.resolve("statements"));
        for (String name : List.of("a.txt", "b.txt", "c v2.txt")) {
            Files.writeString(folder.resolve("statements").resolve(name), "Text of " + name + ".\n");
        }
        outside = root.resolve("outside.txt");
        Files.writeString(outside, "Not for the manifest.\n");
        Path link = folder.resolve("statements").resolve("link.txt");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside.toAbsolutePath());
    }

    private static BatchManifest read(String name, String text) throws InputProblem, IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ManifestReader(1_000_000).read(file, name);
    }

    private static String error(String yaml) throws IOException {
        return assertThrows(InputProblem.class, () -> read("manifest.yaml", yaml)).getMessage();
    }

    @Test
    void aFullManifestWithDefaultsPairsAndABaseAgainstOthers() throws Exception {
        BatchManifest manifest = read("manifest.yaml", """
                title: Weekly watch
                defaults:
                  formats: [md, html]
                  mode: versions
                comparisons:
                  - left: statements/a.txt
                    right:
                      file: statements/b.txt
                      label: B's statement
                      issuer: Ministry B
                      meeting: Lima
                      date: "2024-11-16"
                      sourceUrl: https://example.org/b
                      retrievedAt: "2024-11-17T08:00:00Z"
                      encoding: UTF-8
                  - id: base-a
                    title: A against the rest
                    base: statements/a.txt
                    others:
                      - statements/b.txt
                      - {id: third, file: "statements/c v2.txt"}
                      - statements/../statements/c v2.txt
                    mode: counterparts
                    formats: json
                    failOn: false
                    ignoreCase: true
                    timeBudget: 5
                    topics: statements/a.txt
                    verbs: statements/b.txt
                  - base: statements/b.txt
                    others: [statements/a.txt]
                """);
        assertEquals("Weekly watch", manifest.title());
        assertEquals(List.of("a--b", "base-a", "b--a"),
                manifest.comparisons().stream().map(BatchManifest.Planned::id).toList());
        assertEquals(List.of(false, true, false),
                manifest.comparisons().stream().map(BatchManifest.Planned::series).toList());
        assertEquals(List.of("base-a", "base-a--b", "base-a--third", "base-a--c-v2"), manifest.comparisons().get(1).ids());

        BatchManifest.Entry pair = manifest.entries().get(0);
        assertEquals("comparisons[0]", pair.where());
        assertTrue(pair.pair());
        assertEquals(new BatchManifest.Options(Mode.VERSIONS, false, Duration.ofSeconds(60), null, null,
                List.of(ReportFormat.HTML, ReportFormat.MD), true), pair.options());
        BatchManifest.StatementInput right = pair.others().get(0);
        assertEquals("statements/b.txt", right.file().name());
        assertEquals("comparisons[0]: right: file", right.file().where());
        assertEquals("B's statement", right.label());
        assertEquals("UTF-8", right.encoding());
        assertEquals(new StatementMetadata("Ministry B", "Lima", "2024-11-16", "https://example.org/b",
                "2024-11-17T08:00:00Z"), right.metadata());
        assertNull(pair.base().label());

        BatchManifest.Entry base = manifest.entries().get(1);
        assertEquals("comparisons[1] (base-a)", base.where());
        assertEquals("A against the rest", base.title());
        assertEquals(new BatchManifest.Options(Mode.COUNTERPARTS, true, Duration.ofSeconds(5),
                new BatchManifest.InputFile(folder.resolve("statements/a.txt").toRealPath(), "statements/a.txt",
                        "comparisons[1] (base-a): topics"),
                new BatchManifest.InputFile(folder.resolve("statements/b.txt").toRealPath(), "statements/b.txt",
                        "comparisons[1] (base-a): verbs"),
                List.of(ReportFormat.JSON), false), base.options());
        assertEquals("statements/c v2.txt", base.others().get(2).file().name());
    }

    @Test
    void aSeriesHasNoInlineReportTheDefaultsLoseItAndAnEntryMayNotAskForIt() throws Exception {
        BatchManifest manifest = read("manifest.yaml", """
                defaults: {formats: [html, inline]}
                comparisons:
                  - {id: s, base: statements/a.txt, others: [statements/b.txt, "statements/c v2.txt"]}
                  - {id: p, base: statements/a.txt, others: [statements/b.txt]}
                """);
        assertEquals(List.of(ReportFormat.HTML), manifest.entries().get(0).options().formats());
        assertEquals(List.of(ReportFormat.HTML, ReportFormat.INLINE), manifest.entries().get(1).options().formats());
        assertEquals("manifest.yaml: comparisons[0] (s): formats: inline shows two statements, and a base with two "
                + "others or more is one series report; use html, json, md or text for this entry", error("""
                comparisons:
                  - {id: s, base: statements/a.txt, others: [statements/b.txt, statements/a.txt], formats: [md, inline]}
                """));
        assertEquals("manifest.yaml: comparisons[0] (s): formats: (from defaults) inline shows two statements, and a "
                + "base with two others or more is one series report; use html, json, md or text for this entry",
                error("""
                defaults: {formats: inline}
                comparisons:
                  - {id: s, base: statements/a.txt, others: [statements/b.txt, statements/a.txt]}
                """));
    }

    @Test
    void aJsonManifestReadsLikeTheSameYaml() throws Exception {
        BatchManifest yaml = read("same.yaml", """
                comparisons:
                  - {id: x, left: statements/a.txt, right: {file: statements/b.txt, label: B}, formats: [text, inline]}
                """);
        BatchManifest json = read("same.json", """
                {"comparisons": [{"id": "x", "left": "statements/a.txt", "right": {"file": "statements/b.txt", "label": "B"},
                  "formats": ["text", "inline"]}]}
                """);
        assertEquals(yaml.entries(), json.entries());
        assertEquals(List.of(ReportFormat.TEXT, ReportFormat.INLINE), json.entries().get(0).options().formats());
    }

    @Test
    void anUnknownOptionNamesTheEntryByItsIndexAndId() throws Exception {
        assertEquals("manifest.yaml: comparisons[2] (seed-vs-us): unknown option 'mdoe' (expected id, title, left, "
                + "right, base, others, mode, formats, failOn, ignoreCase, timeBudget, topics or verbs)", error("""
                comparisons:
                  - {left: statements/a.txt, right: statements/b.txt}
                  - {id: second, left: statements/a.txt, right: statements/b.txt}
                  - id: seed-vs-us
                    left: statements/a.txt
                    right: statements/b.txt
                    mdoe: versions
                """));
    }

    static Stream<Arguments> badManifests() {
        String pair = "comparisons:\n  - id: e\n    left: statements/a.txt\n    right: statements/b.txt\n";
        return Stream.of(
                Arguments.of("missing file", "comparisons:\n  - {id: e, left: statements/a.txt, right: statements/nope.txt}\n",
                        "manifest.yaml: comparisons[0] (e): right: statements/nope.txt: no such file"),
                Arguments.of("a folder", "comparisons:\n  - {id: e, left: statements, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: statements: is a folder, not a file"),
                Arguments.of("parent folder", "comparisons:\n  - {id: e, left: ../outside.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: '../outside.txt' is outside the manifest's folder"),
                Arguments.of("parent folder inside a path",
                        "comparisons:\n  - {id: e, left: statements/../../outside.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: 'statements/../../outside.txt' is outside the manifest's folder"),
                Arguments.of("absolute path", "comparisons:\n  - {id: e, left: /etc/hostname, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: '/etc/hostname' is an absolute path; write it relative "
                                + "to the manifest's folder"),
                Arguments.of("drive letter", "comparisons:\n  - {id: e, left: 'C:/x.txt', right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: 'C:/x.txt' is an absolute path; write it relative "
                                + "to the manifest's folder"),
                Arguments.of("symbolic link out", "comparisons:\n  - {id: e, left: statements/a.txt, right: statements/link.txt}\n",
                        "manifest.yaml: comparisons[0] (e): right: 'statements/link.txt' leads outside the manifest's "
                                + "folder through a symbolic link"),
                Arguments.of("backslash", "comparisons:\n  - {id: e, left: 'statements\\a.txt', right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (e): left: 'statements\\a.txt' contains a backslash; separate "
                                + "folders with /"),
                Arguments.of("malformed YAML", "comparisons:\n  - id: e\n    left: [statements/a.txt\n    right: x\n",
                        "manifest.yaml: is not valid YAML at line 4, column 10: expected ',' or ']', but got : "
                                + "(while parsing a flow sequence)"),
                Arguments.of("tab indentation", "comparisons:\n\t- id: e\n",
                        "manifest.yaml: is not valid YAML at line 2, column 1: found character '\\t(TAB)' that cannot "
                                + "start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)"),
                Arguments.of("duplicate key", pair + "    left: statements/b.txt\n",
                        "manifest.yaml: is not valid YAML at line 5, column 9: the key 'left' appears twice"),
                Arguments.of("alias", "x: &files [statements/a.txt]\ncomparisons: *files\n",
                        "manifest.yaml: line 2: YAML aliases (*files) are not supported; write the value out"),
                Arguments.of("empty", "", "manifest.yaml: is empty; a manifest lists comparisons (see the batch "
                        + "section of docs/cli.md)"),
                Arguments.of("a list", "- statements/a.txt\n", "manifest.yaml: must be a mapping with a 'comparisons' "
                        + "list (see the batch section of docs/cli.md)"),
                Arguments.of("unknown top key", "comparison: []\n",
                        "manifest.yaml: unknown key 'comparison' (expected title, defaults or comparisons)"),
                Arguments.of("no comparisons", "title: x\n", "manifest.yaml: has no 'comparisons' list"),
                Arguments.of("empty comparisons", "comparisons: []\n",
                        "manifest.yaml: comparisons: must be a list of at least one comparison"),
                Arguments.of("unknown default", "defaults: {mdoe: versions}\n" + pair,
                        "manifest.yaml: defaults: unknown option 'mdoe' (expected mode, formats, failOn, ignoreCase, "
                                + "timeBudget, topics or verbs)"),
                Arguments.of("unknown statement key", "comparisons:\n  - base: {file: statements/a.txt, lable: A}\n"
                        + "    others: [statements/b.txt]\n", "manifest.yaml: comparisons[0]: base: unknown key 'lable' "
                        + "(expected file, label, issuer, meeting, date, sourceUrl, retrievedAt or encoding)"),
                Arguments.of("id on a pair side", "comparisons:\n  - left: {id: x, file: statements/a.txt}\n"
                        + "    right: statements/b.txt\n", "manifest.yaml: comparisons[0]: left: unknown key 'id' "
                        + "(expected file, label, issuer, meeting, date, sourceUrl, retrievedAt or encoding)"),
                Arguments.of("statement without file", "comparisons:\n  - left: {label: A}\n    right: statements/b.txt\n",
                        "manifest.yaml: comparisons[0]: left: has no 'file'"),
                Arguments.of("both forms", pair + "    base: statements/a.txt\n",
                        "manifest.yaml: comparisons[0] (e): give either left and right, or base and others, not both"),
                Arguments.of("no statements", "comparisons:\n  - id: e\n",
                        "manifest.yaml: comparisons[0] (e): names no statements; give left and right, or base and others"),
                Arguments.of("left only", "comparisons:\n  - {id: e, left: statements/a.txt}\n",
                        "manifest.yaml: comparisons[0] (e): has left but no right"),
                Arguments.of("no others", "comparisons:\n  - {id: e, base: statements/a.txt, others: []}\n",
                        "manifest.yaml: comparisons[0] (e): others: must be a list of at least one statement"),
                Arguments.of("unknown mode", pair + "    mode: sideways\n",
                        "manifest.yaml: comparisons[0] (e): mode: unknown mode 'sideways' (expected auto, versions or "
                                + "counterparts)"),
                Arguments.of("unknown format", pair + "    formats: [html, pdf]\n",
                        "manifest.yaml: comparisons[0] (e): formats: unknown format 'pdf' (expected html, json, md, "
                                + "text or inline)"),
                Arguments.of("failOn not a boolean", pair + "    failOn: substantive\n",
                        "manifest.yaml: comparisons[0] (e): failOn: must be true or false: whether this entry's "
                                + "comparisons take part in --fail-on"),
                Arguments.of("time budget", pair + "    timeBudget: 1.5\n",
                        "manifest.yaml: comparisons[0] (e): timeBudget: must be a whole number of seconds, 1 or more"),
                Arguments.of("label not text", "comparisons:\n  - left: {file: statements/a.txt, label: 2024}\n"
                        + "    right: statements/b.txt\n",
                        "manifest.yaml: comparisons[0]: left: label: must be text (put it in quotes)"),
                Arguments.of("bad id", "comparisons:\n  - {id: a/b, left: statements/a.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (a/b): id: 'a/b' is not a usable id (letters, digits, - and _, "
                                + "at most 80, starting with a letter or digit; it names the report files)"),
                Arguments.of("reserved id", "comparisons:\n  - {id: Summary, left: statements/a.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[0] (Summary): id: 'Summary' is taken by the batch's own Summary "
                                + "files; choose another id"),
                Arguments.of("same derived id twice", "comparisons:\n  - {left: statements/a.txt, right: statements/b.txt}\n"
                        + "  - {left: statements/a.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[1]: the comparison id 'a--b' is already used by comparisons[0]; "
                                + "give it an id of its own"),
                Arguments.of("ids differing in case", "comparisons:\n  - {id: X, left: statements/a.txt, right: statements/b.txt}\n"
                        + "  - {id: x, left: statements/a.txt, right: statements/b.txt}\n",
                        "manifest.yaml: comparisons[1] (x): the comparison id 'x' is already used by comparisons[0] (X); "
                                + "give it an id of its own"),
                Arguments.of("the same other twice", "comparisons:\n  - {id: e, base: statements/a.txt, "
                        + "others: [statements/b.txt, statements/b.txt]}\n",
                        "manifest.yaml: comparisons[0] (e): the comparison id 'e--b' is already used by another "
                                + "statement of this entry; give it an id of its own"),
                Arguments.of("a series' comparison id taken by another entry", "comparisons:\n"
                        + "  - {id: e--b, left: statements/a.txt, right: statements/b.txt}\n"
                        + "  - {id: e, base: statements/a.txt, others: [statements/b.txt, {id: c, file: statements/a.txt}]}\n",
                        "manifest.yaml: comparisons[1] (e): the comparison id 'e--b' is already used by comparisons[0] "
                                + "(e--b); give it an id of its own"),
                Arguments.of("a missing verb scale", pair + "    verbs: statements/verbs.txt\n",
                        "manifest.yaml: comparisons[0] (e): verbs: statements/verbs.txt: no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badManifests")
    void aBadManifestIsOneLineNamingTheEntryAndTheReason(String what, String yaml, String message) throws IOException {
        assertEquals(message, error(yaml));
    }

    @Test
    void badJsonSaysWhere() throws IOException {
        InputProblem problem = assertThrows(InputProblem.class, () -> read("bad.json",
                "{\"comparisons\": [{\"left\": \"statements/a.txt\",}]}"));
        assertEquals("bad.json: is not valid JSON at line 1, column 46: Unexpected character ('}' (code 125)): was "
                + "expecting double-quote to start field name", problem.getMessage());
    }

    @Test
    void aMissingManifestIsNamed() {
        InputProblem problem = assertThrows(InputProblem.class,
                () -> new ManifestReader(1000).read(folder.resolve("none.yaml"), "none.yaml"));
        assertEquals("none.yaml: no such file", problem.getMessage());
    }
}
