package org.clausebook.site;

import org.clausebook.config.SiteConfig;
import org.clausebook.content.ContentLoader;
import org.clausebook.content.Item;
import org.clausebook.content.SourceFile;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.incremental.Memo;
import org.clausebook.markdown.MarkdownRenderer;
import org.clausebook.render.Derived;
import org.clausebook.render.I18n;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code serve} keeps of "load &amp; check" from one build to the next: each content file's text, read again
 * only when its size, modification time or identity changed (a file is stamped before it is read), each item as its files made it (with
 * the problems found in them), each document's Markdown check, the Markdown renderer with the HTML it has
 * rendered, the UI strings, and the text hashes and comparisons ({@link Derived}). An item is parsed and checked again only when one of its files changed; a document's Markdown only
 * when its texts changed or the set of items or attachments its links could point to did. The whole-site checks
 * (links between items, versions) run on every build. Dropped with the rest of {@link Incremental} when the site
 * configuration or the schema changes, on which parsing and checking depend.
 */
final class LoadMemo {
    /**
     * What links in Markdown resolve against: the items (with their sections, which are part of their URLs), the
     * items that exist but could not be loaded, and the attachments. While it is the same, a document's Markdown
     * problems and the renderer's cached HTML stay true.
     */
    record Links(SortedMap<String, String> sections, Set<String> broken, Set<String> attachments) {
        static Links of(ContentLoader.Loaded loaded) {
            SortedMap<String, String> sections = new TreeMap<>();
            for (Item item : loaded.model().items().values()) {
                sections.put(item.id(), item.section());
            }
            return new Links(sections, Set.copyOf(loaded.broken()), Set.copyOf(loaded.attachments()));
        }
    }

    private final Memo<String, ContentLoader.Stamp, ContentLoader.Read> reads = new Memo<>();
    private final Memo<String, List<SourceFile>, ContentLoader.Assembled> items = new Memo<>();
    private final Memo<String, MarkdownChecks.Texts, List<Problem>> markdown = new Memo<>();
    /** Pure functions of texts: kept whatever changes, trimmed to what each successful build used. */
    private final Derived derived = Derived.kept();
    private Links links;
    private MarkdownRenderer renderer;
    /** The UI strings: read from templates/ and site.yaml, whose change drops them. */
    private I18n i18n;

    void clear() {
        reads.clear();
        items.clear();
        markdown.clear();
        links = null;
        renderer = null;
        i18n = null;
    }

    I18n i18n(Path sourceDir, SiteConfig config) throws ContentException {
        if (i18n == null) {
            i18n = I18n.load(sourceDir.resolve("templates"), config);
        }
        return i18n;
    }

    Derived derived() {
        return derived;
    }

    ContentLoader.Reuse items() {
        return new ContentLoader.Reuse() {
            @Override
            public ContentLoader.Assembled item(String id, List<SourceFile> files, Supplier<ContentLoader.Assembled> make) {
                return items.get(id, files, make);
            }

            @Override
            public ContentLoader.Read file(String rel, ContentLoader.Stamp stamp, Supplier<ContentLoader.Read> read) {
                return reads.get(rel, stamp, read);
            }
        };
    }

    /**
     * The renderer for this build: last build's, with its cache, while the links resolve as they did (see
     * {@code RenderCache}); a new one, and no kept Markdown check, when an item was added, removed or moved or an
     * attachment added or removed.
     */
    MarkdownRenderer renderer(ContentLoader.Loaded loaded) {
        Links now = Links.of(loaded);
        if (renderer == null || !now.equals(links)) {
            renderer = new MarkdownRenderer();
            markdown.clear();
            links = now;
        }
        return renderer;
    }

    /** What links resolved against in the last load: the same instance while it is equal from build to build. */
    Links links() {
        return links;
    }

    MarkdownChecks.Reuse markdown() {
        return (texts, make) -> markdown.get(texts.file(), texts, make);
    }

    /** Ends the load: forgets what this build did not use; how many items and Markdown checks were made and reused. */
    String finish() {
        return "files " + reads.finish().computed() + " read; items " + items.finish() + "; Markdown checks " + markdown.finish();
    }
}
