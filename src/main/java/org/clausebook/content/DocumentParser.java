package org.clausebook.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.config.YamlMappers;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link SourceFile} into a {@link Document}: splits the header, parses it, checks it against the schema. */
final class DocumentParser {
    private final ObjectMapper yaml = YamlMappers.yaml();
    private final ObjectMapper records = YamlMappers.json().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final SchemaChecker schema;
    private final SiteConfig config;

    DocumentParser(SchemaChecker schema, SiteConfig config) {
        this.schema = schema;
        this.config = config;
    }

    /**
     * What the other files of the item tell about one file.
     *
     * @param sourceFile    the item's source-language file, for messages
     * @param sourceStatus  the status the source file declares ("published" when it declares none)
     * @param sourceVersion the version the source file declares, if it declares one
     * @param otherSource   whether another current file of the item is a source file (no translation_of, a version)
     */
    record ItemContext(String sourceFile, String sourceStatus, Optional<String> sourceVersion, boolean otherSource) {
    }

    /** The document, or empty with the reasons added to {@code problems}. */
    Optional<Document> parse(SourceFile file, ItemContext item, List<Problem> problems) {
        String sourceFileHint = item.sourceFile();
        var split = FrontMatterSplitter.split(file.text());
        if (split.isEmpty()) {
            problems.add(Problem.of(file.relPath(), 1, "", "no front matter found.",
                    "start the file with a line '---', the YAML fields, and another line '---'."));
            return Optional.empty();
        }
        var s = split.get();
        YamlTree tree;
        try {
            tree = s.jbake() ? FrontMatterSplitter.jbakeTree(s.header()) : YamlTree.parse(yaml, s.header());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? s.headerLine() : e.getLocation().getLineNr() + s.headerLine() - 1;
            problems.add(Problem.of(file.relPath(), line, "", "the YAML front matter cannot be read: "
                    + firstLine(e.getOriginalMessage()), "check indentation, colons and quotes on this line and the one above."));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.of(file.relPath(), s.headerLine(), "", "the front matter cannot be read: " + e.getMessage(), ""));
            return Optional.empty();
        }
        if (!tree.root().isObject()) {
            problems.add(Problem.of(file.relPath(), s.headerLine(), "", "the front matter must be a set of 'field: value' lines.", ""));
            return Optional.empty();
        }
        ObjectNode node = (ObjectNode) tree.root();
        List<Problem> forbidden = new ArrayList<>();
        forbiddenCharacters(node, "", tree, file.relPath(), s.headerLine(), forbidden);
        if (!forbidden.isEmpty()) {
            problems.addAll(forbidden);
            return Optional.empty();
        }
        boolean translation = node.has("translation_of");
        if (s.jbake()) {
            List<Problem> jbake = schema.jbake().check(translation ? SchemaChecker.TRANSLATION : file.section(), tree,
                    file.relPath(), s.headerLine());
            if (!jbake.isEmpty()) {
                problems.addAll(jbake);
                return Optional.empty();
            }
        }
        String status = node.path("status").isTextual() ? node.get("status").asText()
                : translation ? item.sourceStatus() : "published";
        List<Problem> found = new ArrayList<>();
        if (!status.equals("draft")) {
            found.addAll(Placeholders.check(file.relPath(), s, tree));
        }
        if (!translation && !file.isFrozen() && item.otherSource() && !node.has("version")) {
            // A second language written without translation_of: the section's missing fields (version, sources …)
            // are not what it needs, and adding them would make it a second source file.
            String version = item.sourceVersion().orElse("1.0");
            found.add(Problem.of(file.relPath(), s.headerLine(), "translation_of", "this looks like a translation of "
                    + item.sourceFile() + ": it has no version and the item already has a source-language file.",
                    "add translation_of: \"" + version + "\" (the version of " + item.sourceFile() + " it translates) "
                            + "as the first field."));
            ObjectNode asTranslation = node.deepCopy();
            asTranslation.put("translation_of", version);
            found.addAll(schema.check(SchemaChecker.TRANSLATION, new YamlTree(asTranslation, tree.lines()), file.relPath(),
                    s.headerLine(), sourceFileHint));
            problems.addAll(found);
            return Optional.empty();
        }
        String def = translation ? SchemaChecker.TRANSLATION : file.section();
        found.addAll(schema.check(def, tree, file.relPath(), s.headerLine(), sourceFileHint));
        if (!found.isEmpty()) {
            problems.addAll(found);
            return Optional.empty();
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        ObjectNode rest = node.deepCopy();
        for (TaxonomyConfig t : config.taxonomies()) {
            JsonNode value = rest.remove(t.id());
            if (value != null) {
                List<String> list = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(v -> list.add(v.asText()));
                } else {
                    list.add(value.asText());
                }
                terms.put(t.id(), List.copyOf(list));
            }
        }
        try {
            FrontMatter meta = records.treeToValue(rest, FrontMatter.class).withTaxonomies(terms);
            return Optional.of(new Document(file, meta, s.body(), s.bodyLine()));
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(file.relPath(), s.headerLine(), "", "the front matter does not fit the model: "
                    + firstLine(e.getOriginalMessage()), "the schema and the model disagree; report this as a bug."));
            return Optional.empty();
        }
    }

    /**
     * SnakeYAML messages span several lines ("while parsing …", " in 'reader', line 1 …", "expected …"); keep the
     * sentences that say what is wrong and drop the location lines, which the problem's line replaces.
     */
    /** Control characters written as YAML escapes ("\\0", "\\a", "\\x85") in any text value. */
    private static void forbiddenCharacters(JsonNode value, String pointer, YamlTree tree, String file, int headerLine,
                                            List<Problem> problems) {
        if (value.isTextual()) {
            TextChars.firstForbidden(value.asText()).ifPresent(at -> problems.add(Problem.of(file,
                    tree.lineOf(pointer) + headerLine - 1, SchemaChecker.field(pointer), "the value contains the control character "
                            + "or noncharacter " + TextChars.name(value.asText().codePointAt(at)) + ", which no web page may contain.",
                    "remove the escape sequence (such as \\0, \\a or \\x85) from the quoted text.")));
        } else if (value.isObject()) {
            value.fields().forEachRemaining(f -> forbiddenCharacters(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0")
                    .replace("/", "~1"), tree, file, headerLine, problems));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                forbiddenCharacters(value.get(i), pointer + "/" + i, tree, file, headerLine, problems);
            }
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in '")) {
                parts.add(line.strip());
            }
        }
        return String.join("; ", parts);
    }
}
