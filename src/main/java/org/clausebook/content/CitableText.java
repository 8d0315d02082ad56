package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.config.YamlMappers;

import java.io.IOException;
import java.util.Optional;

/**
 * The parts of a file's text that a citation pins (tender text, verification, body), read from any text of a content
 * file, e.g. an earlier revision from git, without the schema checks a build makes.
 */
public record CitableText(String tenderText, String verification, String body, String version) {

    public static Optional<CitableText> read(String fileText) {
        var split = FrontMatterSplitter.split(fileText);
        if (split.isEmpty() || split.get().jbake()) {
            return Optional.empty();
        }
        try {
            JsonNode header = YamlMappers.yaml().readTree(split.get().header());
            if (header == null || !header.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new CitableText(text(header, "tender_text"), text(header, "verification"), split.get().body(),
                    text(header, "version")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode header, String field) {
        JsonNode n = header.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
