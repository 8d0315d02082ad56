package org.clausebook.coverage;

import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a set of criteria and clauses covers: the life-cycle chain by ambition level and the theme × procurement
 * stage matrix. Only the current, published version of items in the sections {@code criteria} and {@code clauses}
 * counts; drafts and withdrawn items do not.
 *
 * @param items  the ids of the items counted, sorted
 * @param chain  life-cycle stages with counts by ambition level
 * @param matrix themes (rows) × procurement stages (columns)
 */
public record Coverage(List<String> items, LifecycleChain chain, CoverageMatrix matrix) {
    /** The sections whose items are tender texts and so count. */
    public static final List<String> SECTIONS = List.of("criteria", "clauses");

    public Coverage {
        items = List.copyOf(items);
    }

    /** The coverage of the whole library. */
    public static Coverage of(SiteModel model) {
        return of(model, Optional.empty());
    }

    /** The coverage of the items for one product group, or of the whole library if {@code productGroup} is empty. */
    public static Coverage of(SiteModel model, Optional<String> productGroup) {
        List<Item> counted = model.items().values().stream()
                .filter(i -> SECTIONS.contains(i.section()))
                .filter(i -> "published".equals(i.meta().status()))
                .filter(i -> productGroup.map(g -> terms(i, "product_groups").contains(g)).orElse(true))
                .toList();
        SiteConfig config = model.config();
        return new Coverage(counted.stream().map(Item::id).toList(), chain(config, counted),
                matrix(config, counted, "themes", "stages"));
    }

    private static LifecycleChain chain(SiteConfig config, List<Item> items) {
        List<String> levels = terms(config, "ambition");
        List<LifecycleChain.Stage> stages = new ArrayList<>();
        for (String stage : terms(config, "lifecycle")) {
            List<Item> here = items.stream().filter(i -> terms(i, "lifecycle").contains(stage)).toList();
            List<Integer> byLevel = levels.stream()
                    .map(level -> (int) here.stream().filter(i -> terms(i, "ambition").contains(level)).count()).toList();
            stages.add(new LifecycleChain.Stage(stage, byLevel, here.size()));
        }
        return new LifecycleChain(levels, stages);
    }

    private static CoverageMatrix matrix(SiteConfig config, List<Item> items, String rowTaxonomy, String columnTaxonomy) {
        List<String> rows = terms(config, rowTaxonomy);
        List<String> columns = terms(config, columnTaxonomy);
        List<List<Integer>> cells = new ArrayList<>();
        for (String row : rows) {
            cells.add(columns.stream().map(column -> (int) items.stream()
                    .filter(i -> terms(i, rowTaxonomy).contains(row) && terms(i, columnTaxonomy).contains(column))
                    .count()).toList());
        }
        return new CoverageMatrix(rowTaxonomy, columnTaxonomy, rows, columns, cells);
    }

    private static List<String> terms(SiteConfig config, String taxonomy) {
        return config.taxonomy(taxonomy).map(TaxonomyConfig::terms).orElse(List.of());
    }

    private static List<String> terms(Item item, String taxonomy) {
        return item.meta().taxonomies().getOrDefault(taxonomy, List.of());
    }
}
