package org.clausebook.content;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML document with the line of every value, keyed by JSON pointer ({@code /sources/0/title}),
 * so that schema errors can name the line they are on.
 *
 * @param root  the document
 * @param lines line (1-based, within the YAML text) per JSON pointer
 */
record YamlTree(JsonNode root, Map<String, Integer> lines) {

    static YamlTree parse(ObjectMapper mapper, String yaml) throws IOException {
        JsonNode root = mapper.readTree(yaml);
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(yaml)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pending = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                    // Jackson does not expand aliases: it would silently read "*name" as the text "name".
                    throw new JsonParseException(parser, "YAML aliases are not supported (*" + parser.getText()
                            + "): write the value out in full.");
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                if (token == JsonToken.FIELD_NAME) {
                    pending = stack.peek().pointer + "/" + escape(parser.currentName());
                    lines.putIfAbsent(pending, line);
                    continue;
                }
                String here;
                if (pending != null) {
                    here = pending;
                    pending = null;
                } else if (!stack.isEmpty() && stack.peek().array) {
                    Frame top = stack.peek();
                    here = top.pointer + "/" + top.nextIndex++;
                    lines.putIfAbsent(here, line);
                } else {
                    here = "";
                    lines.putIfAbsent(here, line);
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Frame(here, token == JsonToken.START_ARRAY));
                }
            }
        }
        return new YamlTree(root == null ? mapper.createObjectNode() : root, Map.copyOf(lines));
    }

    /** Line of the pointer, or of its nearest ancestor that has one; 1 when nothing matches. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
