package org.clausebook.office;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * The {@code downloads} build stage. For every criterion and clause, every version and every language (an
 * untranslated item in its source text, like the fallback page) it writes, next to the item's page:
 * <pre>
 *   /&lt;lang&gt;/&lt;section&gt;/&lt;id&gt;/&lt;id&gt;-&lt;version&gt;.&lt;lang&gt;.docx   Word (Office Open XML)
 *                                         .odt    OpenDocument text
 *                                         .md     Markdown
 *                                         .txt    plain text
 *                                         .pack.json  the parts the tender pack page assembles
 * </pre>
 * and per language {@code /<lang>/pack/items.json}, the index of the pack page. The file names never change for a
 * published version, so a buyer's link to a download stays valid. Same input, same bytes.
 */
public final class Downloads {
    /** The sections whose items can be downloaded and packed. */
    public static final Set<String> SECTIONS = Set.of("criteria", "clauses");
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private final RenderContext ctx;
    private final ItemTexts texts;

    public Downloads(RenderContext ctx) {
        this.ctx = ctx;
        this.texts = new ItemTexts(ctx);
    }

    /** What the stage made: the links for each item page, by {@link #key}. */
    public record Result(Map<String, List<DownloadLink>> links, int files, long bytes) {
        public Result {
            links = Map.copyOf(links);
        }
    }

    /** The key of an item page's downloads in {@link Result#links()}. */
    public static String key(String lang, String id, String version) {
        return lang + "/" + id + "/" + version;
    }

    private record Job(Item item, String version, String lang) {
    }

    /**
     * Writes every download through {@code output} (path relative to the output folder, bytes), on all cores: each
     * file is handed over as soon as it is made, so a large library is never held in memory at once. The output
     * must accept files from several threads ({@code OutputSet} does).
     */
    public Result write(BiConsumer<String, byte[]> output) {
        return write(output, Reuse.never());
    }

    /** The files of one item, version and language, by output URL, in order. */
    public record Files(Map<String, byte[]> files) {
        public Files {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    /**
     * How one item's files are made from its text: {@code make} writes them; an incremental build ({@code serve})
     * may return the files it kept for an equal text. {@code key} is {@link #key}; the input is the text and its HTML.
     */
    @FunctionalInterface
    public interface Reuse {
        Files files(String key, ItemText text, List<String> html, java.util.function.Supplier<Files> make);

        static Reuse never() {
            return (key, text, html, make) -> make.get();
        }

        /** How an item's text is made ({@code make}); {@code serve} may return the text it kept for the same item. */
        default ItemText text(Item item, String version, String lang, java.util.function.Supplier<ItemText> make) {
            return make.get();
        }
    }

    /** As {@link #write(BiConsumer)}, letting {@code reuse} hand back files kept from the previous build. */
    public Result write(BiConsumer<String, byte[]> output, Reuse reuse) {
        List<Job> jobs = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            if (SECTIONS.contains(item.section())) {
                for (String version : item.versions()) {
                    ctx.model().config().languages().forEach(lang -> jobs.add(new Job(item, version, lang)));
                }
            }
        }
        AtomicInteger files = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        BiConsumer<String, byte[]> counted = (url, content) -> {
            output.accept(ctx.urls().file(url), content);
            files.incrementAndGet();
            bytes.addAndGet(content.length);
        };
        Map<String, List<DownloadLink>> links = new TreeMap<>();
        jobs.parallelStream().map(job -> Map.entry(key(job.lang(), job.item().id(), job.version()), make(job, counted, reuse)))
                .toList().forEach(e -> links.put(e.getKey(), e.getValue()));
        for (String lang : ctx.model().config().languages()) {
            counted.accept(PackIndex.url(ctx, lang), PackIndex.json(ctx, lang));
        }
        return new Result(links, files.get(), bytes.get());
    }

    /** The file of one download, e.g. {@code /de/criteria/x/x-1.0.de.docx}. */
    public static String fileUrl(RenderContext ctx, Item item, String version, String lang, String ext) {
        return ctx.itemUrl(lang, item) + item.id() + "-" + version + "." + lang + "." + ext;
    }

    /** Makes and writes the files of one item, version and language; returns the links its page shows. */
    private List<DownloadLink> make(Job job, BiConsumer<String, byte[]> output, Reuse reuse) {
        ItemText text = reuse.text(job.item(), job.version(), job.lang(), () -> texts.of(job.item(), job.version(), job.lang()));
        List<String> html = texts.html(job.item(), job.version(), job.lang());
        Files made = reuse.files(key(job.lang(), job.item().id(), job.version()), text, html, () -> files(job, text, html));
        List<DownloadLink> links = new ArrayList<>();
        made.files().forEach((url, content) -> {
            output.accept(url, content);
            if (!url.endsWith(".pack.json")) {
                links.add(link(job.lang(), url, url.substring(url.lastIndexOf('.') + 1), content.length));
            }
        });
        return List.copyOf(links);
    }

    private Files files(Job job, ItemText text, List<String> html) {
        String md = TextWriter.markdown(text);
        String txt = TextWriter.text(text);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("docx", DocxWriter.item(text));
        files.put("odt", OdtWriter.item(text));
        files.put("md", md.getBytes(StandardCharsets.UTF_8));
        files.put("txt", txt.getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> byUrl = new LinkedHashMap<>();
        files.forEach((ext, content) -> byUrl.put(fileUrl(ctx, job.item(), job.version(), job.lang(), ext), content));
        byUrl.put(fileUrl(ctx, job.item(), job.version(), job.lang(), "pack.json"), packPart(text, md, txt, html));
        return new Files(byUrl);
    }

    /**
     * The pieces the pack page puts together: Word body XML with its lists, the .md and .txt texts, and the tender
     * text and verification as HTML for printing the pack.
     */
    private static byte[] packPart(ItemText text, String md, String txt, List<String> html) {
        DocxWriter.PackBody body = DocxWriter.packBody(text);
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", text.id());
        part.put("version", text.version());
        part.put("lang", text.lang());
        part.put("textLang", text.textLang());
        part.put("title", text.title());
        part.put("kind", text.kind());
        part.put("stages", text.stages());
        part.put("ambition", text.ambition());
        part.put("permalink", text.permalink());
        part.put("docx", body.xml());
        part.put("lists", body.lists());
        part.put("odt", OdtWriter.packBody(text));
        part.put("md", md);
        part.put("txt", txt);
        part.put("tenderHtml", html.get(0));
        part.put("verificationHtml", html.get(1));
        try {
            return JSON.writeValueAsBytes(part);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DownloadLink link(String lang, String url, String ext, long bytes) {
        var t = ctx.i18n();
        String size = t.format(lang, "office.kb", Math.max(1, Math.round(bytes / 1024.0)));
        String label = t.format(lang, "office.file", t.get(lang, "office." + ext), ext, size);
        String type = switch (ext) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "md" -> "text/markdown";
            default -> "text/plain";
        };
        return new DownloadLink(label, url, ext, type, bytes);
    }
}
