package org.clausebook.render;

import java.util.List;

/**
 * What templates receive for the coverage of the library ("the chain at a glance"): the life-cycle diagram as
 * ready SVG markup with its table, and the theme × procurement stage matrix. Plain strings, numbers and lists.
 */
public final class ChainViews {
    private ChainViews() {
    }

    /**
     * The life-cycle chain of one page: the diagram and, beside it, the same numbers as a table.
     *
     * @param svg          inline SVG written by {@link ChainSvg}; every text in it is escaped
     * @param note         what the links lead to, when that is not obvious; may be empty
     * @param levelHeaders ambition level names, the table's number columns
     */
    public record Chain(String heading, String intro, String note, String svg, String tableCaption,
                        String stageHeader, List<String> levelHeaders, String totalHeader, List<Stage> stages,
                        Matrix matrix) {
    }

    /**
     * One life-cycle stage.
     *
     * @param url the page listing its texts, or empty if there is none
     */
    public record Stage(String label, String url, List<Integer> byLevel, int total) {
    }

    /**
     * Themes (rows) × procurement stages (columns).
     *
     * @param none what an empty cell says, so it is never marked by colour alone
     */
    public record Matrix(String heading, String intro, String summary, String caption, String corner,
                         List<String> columns, List<MatrixRow> rows, String none) {
    }

    /** @param url the theme's page, or empty if there is none */
    public record MatrixRow(String label, String url, List<Integer> counts) {
    }
}
