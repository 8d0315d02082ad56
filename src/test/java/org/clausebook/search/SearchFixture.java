package org.clausebook.search;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.render.RenderContext;
import org.clausebook.site.SearchDocuments;
import org.clausebook.site.SiteBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The search documents of a project (the shipped content by default), and their export written to a folder:
 * what the build's "search index" stage produces, without rendering the rest of the site.
 */
record SearchFixture(SiteConfig config, List<SearchDocument> documents, List<FacetGroup> facets,
                     Map<String, List<Synonyms.Raw>> synonyms) {

    static SearchFixture load(Path project) throws Exception {
        RenderContext ctx = SiteBuilder.check(project, false, "check");
        SiteConfig config = ctx.model().config();
        return new SearchFixture(config, SearchDocuments.from(ctx), facets(config),
                Synonyms.load(NodeScript.REPO, config.languages()));
    }

    /** The index of one language as the export builds it (synonyms included). */
    LanguageIndex index(String lang) throws IOException {
        return LanguageIndex.build(lang, documents, synonyms.getOrDefault(lang, List.of()));
    }

    static SearchFixture shipped() throws Exception {
        return load(NodeScript.REPO);
    }

    /** The facet groups as the build makes them: the searchable sections, then the taxonomies. */
    static List<FacetGroup> facets(SiteConfig config) {
        List<FacetGroup> out = new ArrayList<>();
        out.add(new FacetGroup(FacetGroup.KIND, config.sections().stream().filter(SectionConfig::searchable)
                .map(SectionConfig::id).toList()));
        config.taxonomies().forEach(t -> out.add(new FacetGroup(t.id(), t.terms())));
        return out;
    }

    SortedMap<String, byte[]> export() throws IOException {
        return SearchExport.write(documents, config.languages(), facets, synonyms);
    }

    /** Writes the export into {@code dir} (as the site root) and returns it. */
    Path exportTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : export().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return dir;
    }

    List<SearchDocument> documents(String lang) {
        return documents.stream().filter(d -> d.lang().equals(lang)).toList();
    }
}
