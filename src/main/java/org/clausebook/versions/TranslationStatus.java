package org.clausebook.versions;

import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where each item stands in each language: the source itself, a current or outdated translation, or none. */
public final class TranslationStatus {
    /** The state of one item in one language. */
    public enum State {
        SOURCE, CURRENT, OUTDATED, MISSING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param follows the source version the translation follows (the item's version for the source and current
     *                translations, empty when missing)
     */
    public record Entry(Item item, String lang, State state, String follows) {
    }

    private TranslationStatus() {
    }

    public static Entry of(Item item, String lang) {
        if (lang.equals(item.sourceLang())) {
            return new Entry(item, lang, State.SOURCE, item.version());
        }
        Optional<Document> doc = item.in(lang);
        if (doc.isEmpty()) {
            return new Entry(item, lang, State.MISSING, "");
        }
        String follows = doc.get().meta().translationOf();
        return new Entry(item, lang, follows.equals(item.version()) ? State.CURRENT : State.OUTDATED, follows);
    }

    /** Every item's entry in {@code lang}, in the model's order (by id). */
    public static List<Entry> all(SiteModel model, String lang) {
        List<Entry> out = new ArrayList<>();
        model.items().values().forEach(item -> out.add(of(item, lang)));
        return List.copyOf(out);
    }

    /** How many items are in each state in {@code lang}. */
    public static Map<State, Integer> counts(SiteModel model, String lang) {
        Map<State, Integer> counts = new TreeMap<>();
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        all(model, lang).forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        return counts;
    }
}
