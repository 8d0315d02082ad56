package org.clausebook.coverage;

import java.util.List;

/**
 * How many criteria and clauses cover each combination of two taxonomies, e.g. theme × procurement stage.
 *
 * @param rowTaxonomy    taxonomy id of the rows, e.g. {@code themes}
 * @param columnTaxonomy taxonomy id of the columns, e.g. {@code stages}
 * @param rows           row terms, in schema order
 * @param columns        column terms, in schema order
 * @param cells          counts, one list per row, one number per column
 */
public record CoverageMatrix(String rowTaxonomy, String columnTaxonomy, List<String> rows, List<String> columns,
                             List<List<Integer>> cells) {
    public CoverageMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public int count(int row, int column) {
        return cells.get(row).get(column);
    }

    /** How many combinations no item covers. */
    public int empty() {
        return (int) cells.stream().flatMap(List::stream).filter(n -> n == 0).count();
    }

    public int size() {
        return rows.size() * columns.size();
    }
}
