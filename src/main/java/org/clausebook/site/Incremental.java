package org.clausebook.site;

import org.clausebook.config.ConfigLoader;
import org.clausebook.content.Item;
import org.clausebook.incremental.InputFingerprint;
import org.clausebook.incremental.Memo;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.office.DownloadLink;
import org.clausebook.office.Downloads;
import org.clausebook.office.ItemText;
import org.clausebook.opendata.OpenData;
import org.clausebook.render.RenderContext;
import org.clausebook.render.SitePages;
import org.clausebook.render.Views;
import org.clausebook.search.SearchExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * What {@code serve} keeps from one build to the next, so that a rebuild after an edit makes only what the edit
 * changed. An item whose files did not change is not parsed or checked again, nor is the Markdown of its documents,
 * and the Markdown renderer keeps its rendered HTML while no item or attachment is added, removed or moved
 * ({@link LoadMemo}). Every page's view is still computed from the loaded content, but a page whose URL, source file,
 * template, view and downloads equal last build's is not rendered or post-processed again; an item's downloads are
 * not written again when its text is equal; a language's search index is not exported again when its search
 * documents are equal; links are checked only on the pages that changed while the set of files and every page's anchors stay the
 * same; and only changed files are written. When the templates (i18n strings included), assets, site
 * configuration or content schema change, everything is dropped and the next build makes everything.
 *
 * <p>Sound because each kept value is a pure function of the input it is kept with, and those inputs are records
 * compared by value all the way down ({@code IncrementalBuildTest}: a rebuild of the unchanged fixture site renders
 * no page). The
 * one thing templates read besides the view is {@code itemDownloads}, and only an item page's own entry: that entry
 * is part of the page's input. Not thread-safe across builds: one build at a time.
 */
public final class Incremental {
    /** What every page depends on, besides its view. */
    static final List<String> SHARED_INPUTS = List.of("templates", "assets", "content/site.yaml", ConfigLoader.SCHEMA_FILE);

    /** "Load &amp; check" given what was kept. */
    @FunctionalInterface
    interface Load {
        RenderContext check(LoadMemo kept) throws ContentException;
    }

    record PageInput(String source, String template, Object view, List<DownloadLink> downloads) {
    }

    record DownloadInput(ItemText text, List<String> html) {
    }

    record TextInput(Item item, LoadMemo.Links links) {
    }

    /** A page as the last build made it: what the link check needs, and its bytes (to put into the next output). */
    private record Kept(HtmlPostProcessor.Checked checked, byte[] html) {
    }

    private final Memo<String, PageInput, Kept> pages = new Memo<>();
    private final Memo<String, DownloadInput, Downloads.Files> downloads = new Memo<>();
    private final Memo<String, TextInput, ItemText> texts = new Memo<>();
    private final Memo<String, Map<String, Object>, String> records = new Memo<>();
    private final Memo<String, SearchExport.LanguageInput, SortedMap<String, byte[]>> search = new Memo<>();
    private final LoadMemo load = new LoadMemo();
    private String loadSummary = "";
    private String fingerprint;
    /** The last successful build: its output, its pages by URL. */
    private OutputSet lastOutput;
    private Map<String, HtmlPostProcessor.Checked> lastPages = Map.of();
    /** The files each page of the last successful build links to, and the reverse. */
    private final Map<String, Set<String>> targetsByPage = new HashMap<>();
    private final Map<String, Set<String>> linkedFrom = new HashMap<>();
    private String summary = "";
    private Memo.Counts pageCounts = new Memo.Counts(0, 0);

    /** Starts a build: drops everything kept when the inputs every page shares have changed. */
    void begin(Path sourceDir) throws IOException {
        String now = InputFingerprint.of(sourceDir, SHARED_INPUTS);
        if (!now.equals(fingerprint)) {
            pages.clear();
            downloads.clear();
            texts.clear();
            records.clear();
            search.clear();
            load.clear();
            lastPages = Map.of();
            targetsByPage.clear();
            linkedFrom.clear();
        }
        fingerprint = now;
    }

    /** Runs "load &amp; check" with what was kept of the last one (see {@link LoadMemo}). */
    RenderContext check(Load withKept) throws ContentException {
        try {
            return withKept.check(load);
        } finally {
            loadSummary = load.finish();
        }
    }

    OutputSet open(Path outDir) throws IOException {
        return OutputSet.retaining(outDir, lastOutput);
    }

    /**
     * Reuses a page whose inputs equal last build's: puts its kept bytes into {@code output} instead of rendering it
     * again. {@code make} renders, post-processes and writes a page into {@code output} (a retaining one).
     */
    SitePages.Reuse<HtmlPostProcessor.Checked> pages(Map<String, List<DownloadLink>> links, OutputSet output) {
        return (url, source, template, view, make) -> {
            List<DownloadLink> own = view instanceof Views.Item item
                    ? links.getOrDefault(Downloads.key(item.layout().lang(), item.id(), item.version()), List.of()) : List.of();
            boolean[] made = {false};
            Kept kept = pages.get(url, new PageInput(source, template, view, own), () -> {
                made[0] = true;
                HtmlPostProcessor.Checked checked = make.get();
                return new Kept(checked, output.retained(checked.file()));
            });
            if (!made[0]) {
                output.put(kept.checked().file(), kept.html());
            }
            return kept.checked();
        };
    }

    Downloads.Reuse downloads() {
        LoadMemo.Links links = load.links();
        return new Downloads.Reuse() {
            @Override
            public Downloads.Files files(String key, ItemText text, List<String> html, Supplier<Downloads.Files> make) {
                return downloads.get(key, new DownloadInput(text, html), make);
            }

            /** A text depends on its item and, through its links, on which items and attachments exist. */
            @Override
            public ItemText text(Item item, String version, String lang, Supplier<ItemText> make) {
                return texts.get(Downloads.key(lang, item.id(), version), new TextInput(item, links), make);
            }
        };
    }

    /** Each item's open-data record as JSON, kept while the record is equal (maps and lists compared by value). */
    OpenData.Reuse openData() {
        return (lang, id, record, make) -> records.get(lang + "/" + id, record, make);
    }

    /** Each language's search files, kept while the language's documents, the facets and its synonyms are equal. */
    SearchExport.Reuse search() {
        return (input, make) -> search.get(input.lang(), input, make);
    }

    /**
     * The pages whose links need checking: those that differ from the last successful build's, and the unchanged
     * pages that link to a file this build no longer makes or to a changed page whose anchors changed. The rest were
     * checked before and everything they point to is still there. All pages after a change of the shared inputs.
     */
    List<HtmlPostProcessor.Checked> toCheck(List<HtmlPostProcessor.Checked> all, OutputSet output) {
        if (lastOutput == null || lastPages.isEmpty()) {
            return all;
        }
        Set<String> suspect = new HashSet<>();
        for (String file : lastOutput.paths()) {
            if (!output.contains(file)) {
                suspect.add(file);
            }
        }
        List<HtmlPostProcessor.Checked> out = new ArrayList<>();
        for (HtmlPostProcessor.Checked p : all) {
            HtmlPostProcessor.Checked before = lastPages.get(p.url());
            if (before != p) {
                out.add(p);
                if (before != null && !before.ids().equals(p.ids())) {
                    suspect.add(p.file());
                }
            }
        }
        Set<String> affected = new HashSet<>();
        suspect.forEach(file -> affected.addAll(linkedFrom.getOrDefault(file, Set.of())));
        for (HtmlPostProcessor.Checked p : all) {
            if (affected.contains(p.url()) && lastPages.get(p.url()) == p) {
                out.add(p);
            }
        }
        return out;
    }

    /** Keeps, for the next build, which pages link to each file (updated for the pages that changed). */
    private void index(List<HtmlPostProcessor.Checked> built, HtmlPostProcessor post) {
        Set<String> now = new HashSet<>();
        for (HtmlPostProcessor.Checked p : built) {
            now.add(p.url());
            if (lastPages.get(p.url()) != p) {
                unlink(p.url());
                Set<String> targets = post.targets(p);
                targetsByPage.put(p.url(), targets);
                targets.forEach(t -> linkedFrom.computeIfAbsent(t, k -> new HashSet<>()).add(p.url()));
            }
        }
        for (String url : new ArrayList<>(targetsByPage.keySet())) {
            if (!now.contains(url)) {
                unlink(url);
            }
        }
    }

    private void unlink(String url) {
        Set<String> old = targetsByPage.remove(url);
        if (old != null) {
            old.forEach(t -> {
                Set<String> from = linkedFrom.get(t);
                if (from != null) {
                    from.remove(url);
                }
            });
        }
    }

    /** Ends a build; a committed one becomes the base of the next. Returns what was made and reused. */
    String finish(OutputSet output, List<HtmlPostProcessor.Checked> built, HtmlPostProcessor post, int checked,
                  boolean committed) {
        var p = pages.finish();
        pageCounts = p;
        var d = downloads.finish();
        texts.finish();
        records.finish();
        var s = search.finish();
        if (committed) {
            load.derived().finish();
            index(built, post);
            lastOutput = output;
            Map<String, HtmlPostProcessor.Checked> byUrl = new HashMap<>();
            built.forEach(page -> byUrl.put(page.url(), page));
            lastPages = byUrl;
            summary = "  " + loadSummary + "; pages " + p + "; downloads " + d + "; search " + s.computed() + " language(s) exported"
                    + "; links checked on " + checked + " page(s); " + output.written() + " file(s) written";
        }
        return summary;
    }

    /** What the last successful build made and reused, for the serve log. */
    public String summary() {
        return summary;
    }

    /** How many pages the last build rendered, and how many it reused. */
    public Memo.Counts pageCounts() {
        return pageCounts;
    }
}
