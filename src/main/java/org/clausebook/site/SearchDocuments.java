package org.clausebook.site;

import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;
import org.clausebook.search.SearchDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the site model into search documents: one per searchable item and site language. Where the item is written
 * in the language, the document holds that text; where it is not, a fallback holds the source-language text, as
 * the item's page in that language shows it, so that "this language" finds every page of the language.
 */
public final class SearchDocuments {
    private SearchDocuments() {
    }

    /** A page of the site to index: the item, the language of its page and the document whose text it shows. */
    private record Page(Item item, String lang, Document text) {
    }

    /** One document per searchable, non-draft item and site language, in item then site-language order. */
    public static List<SearchDocument> from(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            if (ctx.section(item).searchable() && !item.meta().status().equals("draft")) {
                for (String lang : ctx.model().config().languages()) {
                    pages.add(new Page(item, lang, item.in(lang).orElse(item.source())));
                }
            }
        }
        return pages.parallelStream().map(page -> document(ctx, page)).toList();
    }

    private static SearchDocument document(RenderContext ctx, Page page) {
        Item item = page.item();
        Document doc = page.text();
        var links = ctx.links(page.lang(), item);
        String tender = text(ctx, doc.meta().tenderText(), links) + "\n" + text(ctx, doc.meta().verification(), links);
        return new SearchDocument(page.lang(), doc.lang(), item.id(), item.section(), ctx.itemUrl(page.lang(), item),
                item.version(), doc.meta().title(), doc.meta().summary(), tender.strip(),
                text(ctx, doc.body(), links), item.meta().taxonomies());
    }

    private static String text(RenderContext ctx, String markdown, org.clausebook.markdown.LinkTarget links) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return ctx.derived().plainText(ctx.markdown().render(markdown, links));
    }
}
