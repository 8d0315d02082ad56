package org.clausebook.site;

import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;
import org.clausebook.search.SearchDocument;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/** Turns the site model into search documents: one per searchable item and language it is written in. */
public final class SearchDocuments {
    private SearchDocuments() {
    }

    /** One document per searchable item and language it is written in, in item then language order. */
    public static List<SearchDocument> from(RenderContext ctx) {
        List<Document> docs = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            if (ctx.section(item).searchable() && !item.meta().status().equals("draft")) {
                docs.addAll(item.current().values());
            }
        }
        return docs.parallelStream().map(doc -> document(ctx, ctx.model().item(doc.source().id()).orElseThrow(), doc)).toList();
    }

    private static SearchDocument document(RenderContext ctx, Item item, Document doc) {
        var links = ctx.links(doc.lang(), item);
        String tender = text(ctx, doc.meta().tenderText(), links) + "\n" + text(ctx, doc.meta().verification(), links);
        return new SearchDocument(doc.lang(), item.id(), item.section(), ctx.itemUrl(doc.lang(), item),
                item.version(), doc.meta().title(), doc.meta().summary(), tender.strip(),
                text(ctx, doc.body(), links), item.meta().taxonomies());
    }

    private static String text(RenderContext ctx, String markdown, org.clausebook.markdown.LinkTarget links) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(ctx.markdown().render(markdown, links)).text();
    }
}
