package org.clausebook.site;

import org.clausebook.config.ConfigLoader;
import org.clausebook.render.ContributePages;
import org.clausebook.render.RenderContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files beside the pages: sitemap, robots.txt, feeds, the published schema, the contribution form's data and item attachments. */
final class SiteFiles {
    private SiteFiles() {
    }

    static void add(OutputSet output, RenderContext ctx, List<String> pageUrls, Path sourceDir) throws IOException {
        var urls = ctx.urls();
        var config = ctx.model().config();
        output.put(urls.file(urls.root() + "sitemap.xml"), Sitemap.sitemap(pageUrls, config, urls));
        output.put(urls.file(urls.root() + "robots.txt"), Sitemap.robots(urls));
        for (String lang : config.languages()) {
            output.put(urls.file(urls.feed(lang)), AtomFeed.feed(ctx.model(), urls, lang));
        }
        byte[] schema = Files.readAllBytes(sourceDir.resolve(ConfigLoader.SCHEMA_FILE));
        output.put(urls.file(urls.root() + "schema/front-matter.schema.json"), schema);
        var schemaTree = org.clausebook.config.YamlMappers.json().readTree(schema);
        for (String lang : config.languages()) {
            output.put(urls.file(ContributePages.dataUrl(ctx, lang)), ContributePages.data(ctx, schemaTree, lang));
        }
        for (String attachment : ctx.attachments().stream().sorted().toList()) {
            String[] parts = attachment.split("/", 3);
            if (ctx.model().item(parts[1]).isEmpty()) {
                continue; // attachment of a draft item that is not built
            }
            var section = config.section(parts[0]).orElseThrow();
            output.put(urls.file(urls.attachment(section, parts[1], parts[2])),
                    Files.readAllBytes(sourceDir.resolve("content").resolve(attachment)));
        }
    }
}
