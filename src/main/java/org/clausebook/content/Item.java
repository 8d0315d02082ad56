package org.clausebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One item (criterion, clause, portrait …): its source-language document, its translations and its frozen
 * earlier versions. Language-neutral metadata always comes from the source document.
 *
 * @param id         folder name, unique across sections
 * @param section    section id
 * @param sourceLang language of the file without {@code translation_of}
 * @param current    current documents by language
 * @param history    frozen documents by version, then by language
 */
public record Item(String id, String section, String sourceLang, SortedMap<String, Document> current,
                   SortedMap<String, SortedMap<String, Document>> history) {

    public Item {
        current = new TreeMap<>(current);
        TreeMap<String, SortedMap<String, Document>> copy = new TreeMap<>(Versions.ORDER);
        history.forEach((v, docs) -> copy.put(v, new TreeMap<>(docs)));
        history = copy;
    }

    public Document source() {
        return current.get(sourceLang);
    }

    public FrontMatter meta() {
        return source().meta();
    }

    public String version() {
        return meta().version();
    }

    /** The current document in {@code lang}, if the item has been translated into it. */
    public Optional<Document> in(String lang) {
        return Optional.ofNullable(current.get(lang));
    }

    /** All versions, oldest first, the current one last. */
    public List<String> versions() {
        List<String> out = new ArrayList<>(history.keySet());
        out.add(version());
        return out;
    }

    /** Whether {@code version} is the current version or a frozen one in the source language. */
    public boolean hasVersion(String version) {
        return version().equals(version) || history.getOrDefault(version, new TreeMap<>()).containsKey(sourceLang);
    }

    public Map<String, Document> frozen(String version) {
        return history.getOrDefault(version, new TreeMap<>());
    }
}
