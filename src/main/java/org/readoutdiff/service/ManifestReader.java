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
 * <p>The tree is walked by hand rather than bound to classes: binding would report an unknown
 * key by its JSON path, not by the entry a person recognises, and would not resolve paths.
 */
public final class ManifestReader {

    private static final List<String> TOP_KEYS = List.of("title", "defaults", "comparisons");
    private static final List<String> OPTION_KEYS = List.of("mode", "formats", "failOn", "ignoreCase", "timeBudget",
            "topics", "verbs");
    private static final List<String> ENTRY_KEYS = concat(List.of("id", "title", "left", "right", "base", "others"),
            OPTION_KEYS);
    private static final List<String> STATEMENT_KEYS = List.of("file", "label", "issuer", "meeting", "date",
            "sourceUrl", "retrievedAt", "encoding");
    private static final List<String> OTHER_KEYS = concat(List.of("id"), STATEMENT_KEYS);

    private static final Pattern MARK = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    private static final Set<String> RESERVED_IDS = Set.of("index", "summary");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

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
                throw problem(name + ": is empty; a manifest lists comparisons (see the README's section on batch)");
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
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
            if (!root.isObject()) {
                throw problem(name + ": must be a mapping with a 'comparisons' list (see the README's section on batch)");
            }
            keys(root, TOP_KEYS, null, "key");
            String title = optionalText(root, "title", null);
            BatchManifest.Options defaults = root.has("defaults")
                    ? options(object(root.get("defaults"), "defaults"), "defaults", OPTION_KEYS, BatchManifest.Options.defaults())
                    : BatchManifest.Options.defaults();
            JsonNode list = root.get("comparisons");
            if (list == null) {
                throw problem(name + ": has no 'comparisons' list");
            }
            if (!list.isArray() || list.isEmpty()) {
                throw problem(name + ": comparisons: must be a list of at least one comparison");
            }
            List<BatchManifest.Entry> entries = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                entries.add(entry(list.get(i), i, defaults));
            }
            BatchManifest manifest = new BatchManifest(name, title, entries);
            checkUniqueIds(manifest);
            return manifest;
        }

        private BatchManifest.Entry entry(JsonNode node, int index, BatchManifest.Options defaults) throws InputProblem {
            String where = "comparisons[" + index + "]";
            object(node, where);
            JsonNode idNode = node.get("id");
            String id = null;
            if (idNode != null && idNode.isTextual()) {
                id = idNode.asText();
                where += " (" + id + ")";
            }
            keys(node, ENTRY_KEYS, where, "option");
            if (idNode != null) {
                id = id(node, "id", where);
            }
            String title = optionalText(node, "title", where);
            boolean pair = node.has("left") || node.has("right");
            boolean base = node.has("base") || node.has("others");
            if (pair && base) {
                throw problem(name + ": " + where + ": give either left and right, or base and others, not both");
            }
            if (!pair && !base) {
                throw problem(name + ": " + where + ": names no statements; give left and right, or base and others");
            }
            String first = pair ? "left" : "base";
            String second = pair ? "right" : "others";
            for (String key : List.of(first, second)) {
                if (!node.has(key)) {
                    throw problem(name + ": " + where + ": has " + (key.equals(first) ? second : first) + " but no "
                            + key);
                }
            }
            BatchManifest.StatementInput left = statement(node.get(first), where + ": " + first, STATEMENT_KEYS);
            List<BatchManifest.StatementInput> others = new ArrayList<>();
            if (pair) {
                others.add(statement(node.get("right"), where + ": right", STATEMENT_KEYS));
            } else {
                JsonNode list = node.get("others");
                if (!list.isArray() || list.isEmpty()) {
                    throw problem(name + ": " + where + ": others: must be a list of at least one statement");
                }
                for (int i = 0; i < list.size(); i++) {
                    others.add(statement(list.get(i), where + ": others[" + i + "]", OTHER_KEYS));
                }
            }
            if (id == null) {
                id = pair ? left.id() + "--" + others.get(0).id() : left.id();
            }
            BatchManifest.Options options = options(node, where, ENTRY_KEYS, defaults);
            if (others.size() > 1 && options.formats().contains(ReportFormat.INLINE)) {
                options = withoutInline(options, node.has("formats"), where);
            }
            return new BatchManifest.Entry(where, id, title, pair, left, others, options);
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

        private BatchManifest.StatementInput statement(JsonNode node, String where, List<String> allowed)
                throws InputProblem {
            if (node.isTextual()) {
                BatchManifest.InputFile file = file(node, where);
                return new BatchManifest.StatementInput(file, derivedId(file.name()), null, StatementMetadata.none(),
                        null);
            }
            if (!node.isObject()) {
                throw problem(name + ": " + where + ": must be a file name or a mapping with 'file'");
            }
            keys(node, allowed, where, "key");
            if (!node.has("file")) {
                throw problem(name + ": " + where + ": has no 'file'");
            }
            BatchManifest.InputFile file = file(node.get("file"), where + ": file");
            String id = node.has("id") ? id(node, "id", where) : derivedId(file.name());
            StatementMetadata metadata = new StatementMetadata(optionalText(node, "issuer", where),
                    optionalText(node, "meeting", where), optionalText(node, "date", where),
                    optionalText(node, "sourceUrl", where), optionalText(node, "retrievedAt", where));
            return new BatchManifest.StatementInput(file, id, optionalText(node, "label", where), metadata,
                    optionalText(node, "encoding", where));
        }

        private BatchManifest.Options options(JsonNode node, String where, List<String> allowed,
                                             BatchManifest.Options defaults) throws InputProblem {
            keys(node, allowed, where, "option");
            BatchManifest.Options options = defaults;
            if (node.has("mode")) {
                try {
                    options = options.withMode(Mode.parse(text(node, "mode", where)));
                } catch (IllegalArgumentException e) {
                    throw problem(name + ": " + where + ": mode: " + e.getMessage());
                }
            }
            if (node.has("formats")) {
                options = options.withFormats(formats(node.get("formats"), where));
            }
            if (node.has("failOn")) {
                options = options.withFailOn(bool(node, "failOn", where,
                        "true or false: whether this entry's comparisons take part in --fail-on"));
            }
            if (node.has("ignoreCase")) {
                options = options.withIgnoreCase(bool(node, "ignoreCase", where, "true or false"));
            }
            if (node.has("timeBudget")) {
                JsonNode budget = node.get("timeBudget");
                if (!budget.canConvertToInt() || !budget.isIntegralNumber() || budget.asInt() < 1) {
                    throw problem(name + ": " + where + ": timeBudget: must be a whole number of seconds, 1 or more");
                }
                options = options.withTimeBudget(Duration.ofSeconds(budget.asInt()));
            }
            if (node.has("topics")) {
                options = options.withTopics(file(node.get("topics"), where + ": topics"));
            }
            if (node.has("verbs")) {
                options = options.withVerbs(file(node.get("verbs"), where + ": verbs"));
            }
            return options;
        }

        private List<ReportFormat> formats(JsonNode node, String where) throws InputProblem {
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            } else {
                items.add(node);
            }
            if (items.isEmpty()) {
                throw problem(name + ": " + where + ": formats: lists no format (expected some of html, json, md, "
                        + "text, inline)");
            }
            EnumSet<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
            for (JsonNode item : items) {
                if (!item.isTextual()) {
                    throw problem(name + ": " + where + ": formats: must be a list of format names (html, json, md, "
                            + "text, inline)");
                }
                try {
                    formats.add(ReportFormat.parse(item.asText()));
                } catch (IllegalArgumentException e) {
                    throw problem(name + ": " + where + ": formats: " + e.getMessage());
                }
            }
            return List.copyOf(formats);
        }

        /** Resolves a path written in the manifest, refusing whatever leads outside the manifest's folder. */
        private BatchManifest.InputFile file(JsonNode node, String where) throws InputProblem {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw problem(name + ": " + where + ": must be a file name, relative to the manifest's folder");
            }
            String written = node.asText();
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

        private void keys(JsonNode node, List<String> allowed, String where, String what) throws InputProblem {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!allowed.contains(field.getKey())) {
                    throw problem(name + ": " + (where == null ? "" : where + ": ") + "unknown " + what + " '"
                            + field.getKey() + "' (expected " + choices(allowed) + ")");
                }
            }
        }

        private JsonNode object(JsonNode node, String where) throws InputProblem {
            if (!node.isObject()) {
                throw problem(name + ": " + where + ": must be a mapping of keys to values");
            }
            return node;
        }

        private String id(JsonNode node, String key, String where) throws InputProblem {
            String id = text(node, key, where);
            if (!ID.matcher(id).matches()) {
                throw problem(name + ": " + where + ": " + key + ": '" + id + "' is not a usable id (letters, digits,"
                        + " - and _, at most 80, starting with a letter or digit; it names the report files)");
            }
            if (RESERVED_IDS.contains(id.toLowerCase(Locale.ROOT))) {
                throw problem(name + ": " + where + ": " + key + ": '" + id + "' is taken by the batch's own "
                        + id + " files; choose another id");
            }
            return id;
        }

        private String text(JsonNode node, String key, String where) throws InputProblem {
            JsonNode value = node.get(key);
            if (!value.isTextual()) {
                throw problem(name + ": " + (where == null ? "" : where + ": ") + key + ": must be text"
                        + (value.isValueNode() && !value.isNull() ? " (put it in quotes)" : ""));
            }
            return value.asText();
        }

        private String optionalText(JsonNode node, String key, String where) throws InputProblem {
            return node.has(key) ? text(node, key, where) : null;
        }

        private boolean bool(JsonNode node, String key, String where, String expected) throws InputProblem {
            JsonNode value = node.get(key);
            if (!value.isBoolean()) {
                throw problem(name + ": " + where + ": " + key + ": must be " + expected);
            }
            return value.asBoolean();
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

        private static String choices(List<String> keys) {
            return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
        }
    }
}
