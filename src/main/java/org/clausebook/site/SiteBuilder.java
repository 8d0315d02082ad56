package org.clausebook.site;

import org.clausebook.config.ConfigLoader;
import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.content.ContentLoader;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.markdown.MarkdownRenderer;
import org.clausebook.opendata.OpenData;
import org.clausebook.office.Downloads;
import org.clausebook.render.Derived;
import org.clausebook.render.I18n;
import org.clausebook.render.RenderContext;
import org.clausebook.render.SitePages;
import org.clausebook.render.TemplateEngine;
import org.clausebook.render.UrlScheme;
import org.clausebook.search.FacetGroup;
import org.clausebook.search.SearchExport;
import org.clausebook.versions.VersionChecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The build: a flat list of named, timed stages. Everything is checked and produced in memory first; the output
 * folder is replaced only when every stage has succeeded.
 */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    /** Loads and checks everything a build would, without rendering: the {@code validate} command. */
    public static RenderContext check(Path sourceDir, boolean drafts, String assetDir) throws ContentException {
        return check(sourceDir, drafts, assetDir, false);
    }

    /** @param preview accept published texts edited without a new version (serve shows the edit; build refuses it) */
    public static RenderContext check(Path sourceDir, boolean drafts, String assetDir, boolean preview) throws ContentException {
        return check(sourceDir, drafts, assetDir, preview, null);
    }

    /** As {@link #check(Path, boolean, String, boolean)}, reusing what {@code kept} kept from the last build (serve). */
    static RenderContext check(Path sourceDir, boolean drafts, String assetDir, boolean preview, LoadMemo kept)
            throws ContentException {
        SiteConfig config = ConfigLoader.load(sourceDir);
        // Front matter, links between items and every file's Markdown are checked in the same run, so a contributor
        // sees all the problems at once rather than the Markdown ones only after the front matter is fixed.
        ContentLoader.Loaded loaded = ContentLoader.loadAll(sourceDir, config, drafts,
                kept == null ? ContentLoader.Reuse.never() : kept.items());
        I18n i18n = kept == null ? I18n.load(sourceDir.resolve("templates"), config) : kept.i18n(sourceDir, config);
        RenderContext ctx = new RenderContext(loaded.model(), new UrlScheme(config), i18n,
                kept == null ? new MarkdownRenderer() : kept.renderer(loaded), assetDir, new HashSet<>(loaded.attachments()),
                kept == null ? Derived.forBuild() : kept.derived());
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(MarkdownChecks.check(ctx, loaded.broken(),
                kept == null ? MarkdownChecks.Reuse.never() : kept.markdown()));
        problems.addAll(MarkdownChecks.checkUnassembled(ctx, loaded.unassembled(), loaded.broken()));
        if (!preview) {
            problems.addAll(VersionChecks.errors(loaded.model(), ctx.derived()::textHash));
        }
        for (var section : config.sections()) {
            if (!Files.isRegularFile(sourceDir.resolve("templates").resolve(section.template()))) {
                problems.add(Problem.of("content/site.yaml", 0, "sections." + section.id() + ".template",
                        "template '" + section.template() + "' does not exist.", "add templates/" + section.template() + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return ctx;
    }

    public static BuildResult build(BuildOptions options, Consumer<String> progress) throws Exception {
        return build(options, progress, null);
    }

    /**
     * As {@link #build(BuildOptions, Consumer)}, but reusing what {@code incremental} kept from the previous build and
     * writing only the files that changed ({@code serve}); with null, the full build.
     */
    public static BuildResult build(BuildOptions options, Consumer<String> progress, Incremental incremental) throws Exception {
        Path source = options.sourceDir();
        Stages stages = new Stages(progress);
        if (incremental != null) {
            stages.run("inputs", () -> {
                incremental.begin(source);
                return null;
            });
        }
        Assets assets = stages.run("assets", () -> Assets.read(source.resolve("assets")));
        RenderContext ctx = stages.run("load & check", () -> incremental == null
                ? check(source, options.drafts(), assets.dir(), options.preview())
                : incremental.check(kept -> check(source, options.drafts(), assets.dir(), options.preview(), kept)));
        if (options.preview()) {
            VersionChecks.errors(ctx.model(), ctx.derived()::textHash).forEach(p -> progress.accept("warning: " + p.format()));
        }
        try (OutputSet output = incremental == null ? OutputSet.open(options.outDir()) : incremental.open(options.outDir())) {
            List<HtmlPostProcessor.Checked> pages = new ArrayList<>();
            int[] checked = {0};
            boolean committed = false;
            try {
                Downloads.Reuse reuseFiles = incremental == null ? Downloads.Reuse.never() : incremental.downloads();
                Downloads.Result downloads = stages.run("downloads", () -> new Downloads(ctx).write(output::put, reuseFiles));
                TemplateEngine templates = new TemplateEngine(source.resolve("templates"), Map.of("itemDownloads", downloads.links()));
                BuildResult result = build(options, ctx, templates, assets, output, stages, incremental, downloads, pages, checked);
                committed = true;
                return result;
            } finally {
                if (incremental != null) {
                    String summary = incremental.finish(output, pages, new HtmlPostProcessor(ctx.urls()), checked[0], committed);
                    if (committed) {
                        progress.accept(summary);
                    }
                }
            }
        }
    }

    private static BuildResult build(BuildOptions options, RenderContext ctx, TemplateEngine templates, Assets assets,
                                     OutputSet output, Stages stages, Incremental incremental, Downloads.Result downloads,
                                     List<HtmlPostProcessor.Checked> pages, int[] checked) throws Exception {
        Path source = options.sourceDir();
        HtmlPostProcessor post = new HtmlPostProcessor(ctx.urls());
        SitePages sitePages = new SitePages(ctx, templates);
        // Each page is written as soon as it is made; only what the link check needs is kept (not the HTML).
        SitePages.Reuse<HtmlPostProcessor.Checked> reuse = incremental == null ? SitePages.Reuse.never()
                : incremental.pages(downloads.links(), output);
        pages.addAll(stages.run("render & jsoup", () -> sitePages.renderAll(page -> post.write(page, output), reuse)));
        pages.addAll(stages.run("versions", () -> {
            List<HtmlPostProcessor.Checked> done = sitePages.renderVersions(page -> post.write(page, output), reuse);
            VersionFiles.add(output, ctx);
            return done;
        }));
        stages.run("open data", () -> {
            var contentSchema = org.clausebook.config.YamlMappers.json().readTree(source.resolve(ConfigLoader.SCHEMA_FILE).toFile());
            OpenData.files(ctx, contentSchema, incremental == null ? OpenData.Reuse.never() : incremental.openData())
                    .forEach(output::put);
            return null;
        });
        stages.run("site files", () -> {
            assets.addTo(output);
            SiteFiles.add(output, ctx, pages.stream().map(HtmlPostProcessor.Checked::url).toList(), source);
            return null;
        });
        stages.run("search index", () -> {
            var config = ctx.model().config();
            List<FacetGroup> facets = new ArrayList<>(List.of(new FacetGroup(FacetGroup.KIND,
                    config.sections().stream().filter(SectionConfig::searchable).map(SectionConfig::id).toList())));
            config.taxonomies().forEach(t -> facets.add(new FacetGroup(t.id(), t.terms())));
            var docs = SearchDocuments.from(ctx);
            // The synonyms are files under templates/, whose change makes serve rebuild everything.
            var synonyms = org.clausebook.search.Synonyms.load(source, config.languages());
            SearchExport.write(docs, config.languages(), facets, synonyms,
                    incremental == null ? SearchExport.Reuse.never() : incremental.search()).forEach(output::put);
            return null;
        });
        stages.run("link check", () -> {
            List<HtmlPostProcessor.Checked> toCheck = incremental == null ? pages : incremental.toCheck(pages, output);
            checked[0] = toCheck.size();
            List<Problem> broken = post.brokenLinks(pages, toCheck, output);
            if (!broken.isEmpty()) {
                throw new ContentException(broken);
            }
            return null;
        });
        stages.run("publish", () -> {
            output.commit();
            return null;
        });
        return new BuildResult(pages.size(), output.size(), output.bytes(), ctx.model().config().languages().size(),
                stages.times());
    }

}
