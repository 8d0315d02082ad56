package org.clausebook.config;

import java.util.Map;
import java.util.Optional;

/**
 * A CPV 2008 code (Regulation (EC) No 213/2008) for a product group, with its official label.
 *
 * @param code  eight digits, a hyphen and the check digit, e.g. {@code 30213100-6}
 * @param label the official label per language; always in English, other languages only where a source gives them
 */
public record CpvCode(String code, Map<String, String> label) {
    public CpvCode {
        label = Map.copyOf(label);
    }

    /** The label in {@code lang}, if the configuration gives one. */
    public Optional<String> labelIn(String lang) {
        return Optional.ofNullable(label.get(lang));
    }
}
