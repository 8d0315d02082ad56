package org.clausebook.render;

import org.clausebook.config.TaxonomyConfig;
import org.clausebook.coverage.Coverage;
import org.clausebook.coverage.CoverageMatrix;
import org.clausebook.coverage.LifecycleChain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds "the chain at a glance" for the home page (the whole library) and for each product group's term page:
 * the coverage is computed once per build, the views once per page and language.
 */
final class CoveragePages {
    private final RenderContext ctx;
    private final Coverage library;
    private final Map<String, Coverage> byGroup;

    CoveragePages(RenderContext ctx) {
        this.ctx = ctx;
        this.library = available() ? Coverage.of(ctx.model()) : null;
        Map<String, Coverage> groups = new TreeMap<>();
        for (String group : terms("product_groups")) {
            groups.put(group, Coverage.of(ctx.model(), Optional.of(group)));
        }
        this.byGroup = Map.copyOf(groups);
    }

    /** Whether the site has the taxonomies the coverage is made of; without them pages show none. */
    boolean available() {
        return List.of("ambition", "lifecycle", "themes", "stages", "product_groups").stream()
                .allMatch(id -> ctx.model().config().taxonomy(id).isPresent());
    }

    /** The whole library, for the home page. */
    ChainViews.Chain library(String lang) {
        return view(lang, library, ctx.i18n().get(lang, "chain.intro"), "");
    }

    /** One product group, for its term page. */
    ChainViews.Chain group(String lang, String group) {
        String name = ctx.termLabel(lang, taxonomy("product_groups"), group);
        return view(lang, byGroup.get(group), ctx.i18n().format(lang, "chain.intro_group", name),
                ctx.i18n().format(lang, "chain.note_group", name));
    }

    private ChainViews.Chain view(String lang, Coverage coverage, String intro, String note) {
        I18n t = ctx.i18n();
        TaxonomyConfig lifecycle = taxonomy("lifecycle");
        LifecycleChain chain = coverage.chain();
        List<String> levels = chain.levels().stream().map(l -> ctx.termLabel(lang, taxonomy("ambition"), l)).toList();
        List<ChainViews.Stage> stages = chain.stages().stream()
                .map(s -> new ChainViews.Stage(ctx.termLabel(lang, lifecycle, s.term()),
                        s.total() > 0 ? ctx.urls().term(lang, lifecycle, s.term()) : "", s.byLevel(), s.total()))
                .toList();
        String svg = ChainSvg.write(new ChainSvg.Labels(t.get(lang, "chain.svg_title"), t.get(lang, "chain.svg_desc"), levels,
                t.get(lang, "chain.total")), stages, "chain-svg");
        return new ChainViews.Chain(t.get(lang, "chain.heading"), intro, note, svg, t.get(lang, "chain.table_caption"),
                t.get(lang, "taxonomy.lifecycle"), levels, t.get(lang, "chain.total_header"), stages, matrix(lang, coverage.matrix()));
    }

    private ChainViews.Matrix matrix(String lang, CoverageMatrix m) {
        I18n t = ctx.i18n();
        TaxonomyConfig rows = taxonomy(m.rowTaxonomy());
        TaxonomyConfig columns = taxonomy(m.columnTaxonomy());
        List<ChainViews.MatrixRow> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            String term = m.rows().get(r);
            String url = hasPage(rows, term) ? ctx.urls().term(lang, rows, term) : "";
            out.add(new ChainViews.MatrixRow(ctx.termLabel(lang, rows, term), url, m.cells().get(r)));
        }
        return new ChainViews.Matrix(t.get(lang, "chain.matrix_heading"), t.get(lang, "chain.matrix_intro"),
                t.format(lang, "chain.matrix_summary", m.empty(), m.size()), t.get(lang, "chain.matrix_caption"),
                t.get(lang, "taxonomy." + rows.id()),
                m.columns().stream().map(c -> ctx.termLabel(lang, columns, c)).toList(), List.copyOf(out), t.get(lang, "chain.none"));
    }

    /** Whether the term has a page: the site builds one for every term that some item carries. */
    private boolean hasPage(TaxonomyConfig taxonomy, String term) {
        return ctx.model().items().values().stream()
                .anyMatch(i -> i.meta().taxonomies().getOrDefault(taxonomy.id(), List.of()).contains(term));
    }

    private List<String> terms(String taxonomy) {
        return ctx.model().config().taxonomy(taxonomy).map(TaxonomyConfig::terms).orElse(List.of());
    }

    private TaxonomyConfig taxonomy(String id) {
        return ctx.model().config().taxonomy(id).orElseThrow(() -> new IllegalStateException("no taxonomy '" + id + "' in site.yaml"));
    }
}
