package org.clausebook.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;

/** Strict Jackson mappers: unknown properties fail, duplicate keys fail, alias bombs are refused. */
public final class YamlMappers {
    /**
     * Most aliases SnakeYAML may expand. Jackson does not expand aliases at all (see {@link #rejectAliases}), so this
     * is a second fence against alias bombs, not the first.
     */
    public static final int MAX_ALIASES = 20;
    /** Largest YAML document accepted, in code points. */
    public static final int MAX_CODE_POINTS = 1_000_000;

    private YamlMappers() {
    }

    public static ObjectMapper yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(50);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Fails on the first YAML alias ({@code *name}) with its location. Jackson does not expand aliases: it would
     * silently read {@code *name} as the text "name". Content and configuration write values out in full.
     */
    public static void rejectAliases(ObjectMapper yaml, String text) throws IOException {
        try (JsonParser parser = yaml.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw new JsonParseException(parser, "YAML aliases are not supported (*" + parser.getText()
                            + "): write the value out in full.");
                }
            }
        }
    }

    public static ObjectMapper json() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
