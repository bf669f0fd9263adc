package org.readoutdiff.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.StatementMetadata;

/**
 * Reads a batch manifest (YAML, or JSON when the file name ends in {@code .json}) strictly: an
 * unknown key, a value of the wrong kind, a missing or unreadable file, or a path that leads
 * outside the manifest's folder is an {@link InputProblem} naming the manifest, the entry and
 * the reason ({@code manifest.yaml: comparisons[2] (seed-vs-us): unknown option 'mdoe' ...}).
 * Nothing is compared or written here; statements are decoded later, still before anything is
 * written.
 *
 * <p>The manifest's shape is checked by its JSON Schema ({@link ManifestSchema}), then it is bound
 * ({@link ManifestDocument}); here remain the rules a schema cannot state: which statements an
 * entry names, files inside the manifest's folder, ids unique and not reserved.
 */
public final class ManifestReader {

    private static final Pattern MARK = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):");
    private static final Set<String> RESERVED_IDS = Set.of("index", "summary");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    /** Binds a manifest whose shape the schema has checked. */
    private static final ObjectMapper BINDER = new ObjectMapper();

    private final long maxBytes;

    /** @param maxBytes the largest manifest accepted */
    public ManifestReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param file the manifest
     * @param name the manifest as the user named it, for messages
     */
    public BatchManifest read(Path file, String name) throws InputProblem {
        byte[] bytes = StatementFiles.bytes(file, name, maxBytes);
        Path folder = file.toAbsolutePath().normalize().getParent();
        JsonNode root = parse(bytes, name, name.toLowerCase(Locale.ROOT).endsWith(".json"));
        return new Walk(name, folder).manifest(root);
    }

    private static JsonNode parse(byte[] bytes, String name, boolean json) throws InputProblem {
        ObjectMapper mapper = json ? JSON : YAML;
        try {
            if (!json) {
                refuseAliases(bytes, name);
            }
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw problem(name + ": is empty; a manifest lists comparisons (see the batch section of docs/cli.md)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw problem(name + ": is not valid " + (json ? "JSON" : "YAML") + at(e) + ": " + reason(e));
        } catch (IOException e) {
            throw problem(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Jackson reads a YAML alias as the anchor's name, silently; say so instead. */
    private static void refuseAliases(byte[] bytes, String name) throws IOException, InputProblem {
        try (JsonParser parser = YAML.getFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw problem(name + ": line " + parser.currentLocation().getLineNr() + ": YAML aliases (*"
                            + parser.getText() + ") are not supported; write the value out");
                }
            }
        }
    }

    /** Where the problem is: SnakeYAML's own mark (the last in its message) if any, else where Jackson stopped. */
    private static String at(JsonProcessingException e) {
        Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
        String found = null;
        while (mark.find()) {
            found = " at line " + mark.group(1) + ", column " + mark.group(2);
        }
        if (found != null) {
            return found;
        }
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /**
     * The parser's own words in one line: SnakeYAML's message spans several lines with the
     * offending text and a caret under it; keep only the sentences.
     */
    private static String reason(JsonProcessingException e) {
        List<String> sentences = new ArrayList<>();
        for (String line : String.valueOf(e.getOriginalMessage()).split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                sentences.add(line.strip());
            }
        }
        if (sentences.isEmpty()) {
            return "cannot be parsed";
        }
        String last = sentences.get(sentences.size() - 1)
                .replaceFirst("^Duplicate field '(.*)'$", "the key '$1' appears twice");
        return sentences.size() == 1 ? last : last + " (" + sentences.get(0) + ")";
    }

    private static InputProblem problem(String message) {
        return new InputProblem(InputProblem.Kind.BAD_INPUT, message);
    }

    /** One reading of one manifest: its name for messages and its folder for paths. */
    private static final class Walk {

        private final String name;
        private final Path folder;
        private Path realFolder;

        Walk(String name, Path folder) {
            this.name = name;
            this.folder = folder;
        }

        BatchManifest manifest(JsonNode root) throws InputProblem {
            String shape = ManifestSchema.problem(root);
            if (shape != null) {
                throw problem(name + ": " + shape);
            }
            ManifestDocument document = BINDER.convertValue(root, ManifestDocument.class);
            BatchManifest.Options defaults = document.defaults() == null ? BatchManifest.Options.defaults()
                    : options(document.defaults(), "defaults", BatchManifest.Options.defaults());
            List<BatchManifest.Entry> entries = new ArrayList<>();
            for (int i = 0; i < document.comparisons().size(); i++) {
                entries.add(entry(document.comparisons().get(i), i, defaults));
            }
            BatchManifest manifest = new BatchManifest(name, document.title(), entries);
            checkUniqueIds(manifest);
            return manifest;
        }

        private BatchManifest.Entry entry(JsonNode node, int index, BatchManifest.Options defaults) throws InputProblem {
            ManifestDocument.Entry entry = BINDER.convertValue(node, ManifestDocument.Entry.class);
            String id = entry.id();
            String where = "comparisons[" + index + "]" + (id == null ? "" : " (" + id + ")");
            if (id != null && RESERVED_IDS.contains(id.toLowerCase(Locale.ROOT))) {
                throw problem(name + ": " + where + ": id: '" + id + "' is taken by the batch's own " + id
                        + " files; choose another id");
            }
            boolean pair = entry.left() != null || entry.right() != null;
            boolean base = entry.base() != null || entry.others() != null;
            if (pair && base) {
                throw problem(name + ": " + where + ": give either left and right, or base and others, not both");
            }
            if (!pair && !base) {
                throw problem(name + ": " + where + ": names no statements; give left and right, or base and others");
            }
            JsonNode first = pair ? entry.left() : entry.base();
            boolean hasSecond = pair ? entry.right() != null : entry.others() != null;
            String firstKey = pair ? "left" : "base";
            String secondKey = pair ? "right" : "others";
            if (first == null || !hasSecond) {
                throw problem(name + ": " + where + ": has " + (first == null ? secondKey + " but no " + firstKey
                        : firstKey + " but no " + secondKey));
            }
            BatchManifest.StatementInput left = statement(first, where + ": " + firstKey);
            List<BatchManifest.StatementInput> others = new ArrayList<>();
            if (pair) {
                others.add(statement(entry.right(), where + ": right"));
            } else {
                for (int i = 0; i < entry.others().size(); i++) {
                    others.add(statement(entry.others().get(i), where + ": others[" + i + "]"));
                }
            }
            if (id == null) {
                id = pair ? left.id() + "--" + others.get(0).id() : left.id();
            }
            BatchManifest.Options options = options(BINDER.convertValue(node, ManifestDocument.Options.class), where,
                    defaults);
            if (others.size() > 1 && options.formats().contains(ReportFormat.INLINE)) {
                options = withoutInline(options, node.has("formats"), where);
            }
            return new BatchManifest.Entry(where, id, entry.title(), pair, left, others, options);
        }

        /**
         * A series report has no inline form (it shows two statements). Asked for in the entry
         * itself, that is a mistake; inherited from the defaults, it is meant for the pairs.
         */
        private BatchManifest.Options withoutInline(BatchManifest.Options options, boolean ownFormats, String where)
                throws InputProblem {
            List<ReportFormat> formats = new ArrayList<>(options.formats());
            formats.remove(ReportFormat.INLINE);
            if (ownFormats || formats.isEmpty()) {
                throw problem(name + ": " + where + ": formats: " + (ownFormats ? "" : "(from defaults) ")
                        + "inline shows two statements, and a base with two others or more is one series report;"
                        + " use html, json, md or text for this entry");
            }
            return options.withFormats(formats);
        }

        private BatchManifest.StatementInput statement(JsonNode node, String where) throws InputProblem {
            ManifestDocument.Statement statement = node.isTextual() ? ManifestDocument.Statement.ofFile(node.asText())
                    : BINDER.convertValue(node, ManifestDocument.Statement.class);
            BatchManifest.InputFile file = file(statement.file(), node.isTextual() ? where : where + ": file");
            StatementMetadata metadata = new StatementMetadata(statement.issuer(), statement.meeting(),
                    statement.date(), statement.sourceUrl(), statement.retrievedAt());
            return new BatchManifest.StatementInput(file, statement.id() != null ? statement.id()
                    : derivedId(file.name()), statement.label(), metadata, statement.encoding());
        }

        private BatchManifest.Options options(ManifestDocument.Options written, String where,
                                             BatchManifest.Options defaults) throws InputProblem {
            BatchManifest.Options options = defaults;
            if (written.mode() != null) {
                options = options.withMode(Mode.parse(written.mode()));
            }
            if (written.formats() != null) {
                EnumSet<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
                written.formats().forEach(format -> formats.add(ReportFormat.parse(format)));
                options = options.withFormats(List.copyOf(formats));
            }
            if (written.failOn() != null) {
                options = options.withFailOn(written.failOn());
            }
            if (written.ignoreCase() != null) {
                options = options.withIgnoreCase(written.ignoreCase());
            }
            if (written.timeBudget() != null) {
                options = options.withTimeBudget(Duration.ofSeconds(written.timeBudget()));
            }
            if (written.topics() != null) {
                options = options.withTopics(file(written.topics(), where + ": topics"));
            }
            if (written.verbs() != null) {
                options = options.withVerbs(file(written.verbs(), where + ": verbs"));
            }
            return options;
        }

        /** Resolves a path written in the manifest, refusing whatever leads outside the manifest's folder. */
        private BatchManifest.InputFile file(String written, String where) throws InputProblem {
            if (written.isBlank()) {
                throw problem(name + ": " + where + ": must be a file name, relative to the manifest's folder");
            }
            String quoted = "'" + written + "'";
            if (written.startsWith("/") || written.startsWith("\\") || written.matches("[A-Za-z]:.*")) {
                throw problem(name + ": " + where + ": " + quoted
                        + " is an absolute path; write it relative to the manifest's folder");
            }
            if (written.contains("\\")) {
                throw problem(name + ": " + where + ": " + quoted + " contains a backslash; separate folders with /");
            }
            Path resolved;
            try {
                resolved = folder.resolve(written).normalize();
            } catch (InvalidPathException e) {
                throw problem(name + ": " + where + ": " + quoted + " is not a valid file name");
            }
            if (!resolved.startsWith(folder) || resolved.equals(folder)) {
                throw problem(name + ": " + where + ": " + quoted + " is outside the manifest's folder");
            }
            String relative = folder.relativize(resolved).toString().replace('\\', '/');
            if (!Files.exists(resolved)) {
                throw new InputProblem(InputProblem.Kind.NOT_FOUND, name + ": " + where + ": " + relative
                        + ": no such file");
            }
            try {
                if (realFolder == null) {
                    realFolder = folder.toRealPath();
                }
                Path real = resolved.toRealPath();
                if (!real.startsWith(realFolder)) {
                    throw problem(name + ": " + where + ": " + quoted
                            + " leads outside the manifest's folder through a symbolic link");
                }
                if (Files.isDirectory(real)) {
                    throw problem(name + ": " + where + ": " + relative + ": is a folder, not a file");
                }
                return new BatchManifest.InputFile(real, relative, where);
            } catch (IOException e) {
                throw problem(name + ": " + where + ": " + relative + ": cannot be read (" + e.getMessage() + ")");
            }
        }

        private void checkUniqueIds(BatchManifest manifest) throws InputProblem {
            Map<String, String> used = new HashMap<>();
            for (BatchManifest.Planned planned : manifest.comparisons()) {
                for (String id : planned.ids()) {
                    // Case-insensitively: the ids name report files, and some file systems ignore case.
                    String previous = used.putIfAbsent(id.toLowerCase(Locale.ROOT), planned.entry().where());
                    if (previous != null) {
                        throw problem(name + ": " + planned.entry().where() + ": the comparison id '" + id
                                + "' is already used by " + (previous.equals(planned.entry().where())
                                ? "another statement of this entry" : previous) + "; give it an id of its own");
                    }
                }
            }
        }

        /** The id of a statement named only by its file: the file name without extension, made safe. */
        private static String derivedId(String relativeName) {
            String file = relativeName.substring(relativeName.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            String stem = dot > 0 ? file.substring(0, dot) : file;
            String id = stem.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", "");
            if (id.length() > 80) {
                id = id.substring(0, 80);
            }
            return id.isEmpty() ? "statement" : id;
        }
    }
}
