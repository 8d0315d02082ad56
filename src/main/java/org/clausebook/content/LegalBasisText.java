package org.clausebook.content;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's legal basis as a reader of one language gets it: act, provision, date and address from the source file;
 * {@code requires} and {@code scope} from the translation where it gives them (validate checks that it gives every
 * entry, with a scope where the source has one), else from the source, with that language.
 *
 * @param law      the source's entry
 * @param requires Markdown, in {@code lang}
 * @param scope    in {@code lang}, or null
 * @param lang     the language of {@code requires} and {@code scope}
 */
public record LegalBasisText(FrontMatter.LegalBasis law, String requires, String scope, String lang) {

    /** @param text the document shown: a translation, or the source itself */
    public static List<LegalBasisText> of(Item item, Document text) {
        List<FrontMatter.LegalBasis> source = item.meta().legalBasis();
        List<FrontMatter.LegalBasis> translated = text.meta().isTranslation() ? text.meta().legalBasis() : List.of();
        List<LegalBasisText> out = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            FrontMatter.LegalBasis law = source.get(i);
            boolean own = i < translated.size();
            FrontMatter.LegalBasis words = own ? translated.get(i) : law;
            out.add(new LegalBasisText(law, words.requires(), words.scope() != null ? words.scope() : law.scope(),
                    own ? text.lang() : item.sourceLang()));
        }
        return List.copyOf(out);
    }
}
