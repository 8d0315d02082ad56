package org.clausebook.render;

import java.util.List;

/**
 * Writes the life-cycle chain as inline SVG: the stages top to bottom, joined by arrows, each a link with its name,
 * its total, a bar split by ambition level and the counts per level as text, so colour never carries meaning alone.
 * The drawing is {@value #WIDTH} units wide and scales to its container (viewBox, width 100 %), which keeps it
 * readable down to a 320 px screen. Widths of text are estimated; a text that may not fit is compressed to its slot.
 */
final class ChainSvg {
    static final int WIDTH = 300;
    private static final int LEGEND = 30;
    private static final int BOX = 64;
    private static final int GAP = 16;
    private static final int LEFT = 30;
    private static final int BAR = WIDTH - LEFT - 12;

    /**
     * @param levels the ambition level names, in order
     * @param total  "Total {0}" in the page's language
     */
    record Labels(String title, String desc, List<String> levels, String total) {
    }

    private ChainSvg() {
    }

    static String write(Labels labels, List<ChainViews.Stage> stages, String idPrefix) {
        int max = Math.max(1, stages.stream().mapToInt(ChainViews.Stage::total).max().orElse(0));
        int height = LEGEND + stages.size() * BOX + Math.max(0, stages.size() - 1) * GAP + 2;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chain-diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"group\" aria-labelledby=\"").append(idPrefix)
                .append("-title\" aria-describedby=\"").append(idPrefix).append("-desc\">\n");
        s.append("<title id=\"").append(idPrefix).append("-title\">").append(esc(labels.title())).append("</title>\n");
        s.append("<desc id=\"").append(idPrefix).append("-desc\">").append(esc(labels.desc())).append("</desc>\n");
        legend(s, labels.levels());
        for (int i = 0; i < stages.size(); i++) {
            int y = LEGEND + i * (BOX + GAP);
            if (i > 0) {
                arrow(s, y - GAP, y);
            }
            stage(s, labels, stages.get(i), i + 1, y, max);
        }
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, List<String> levels) {
        s.append("<g class=\"chain-legend\" aria-hidden=\"true\">");
        int slot = WIDTH / Math.max(1, levels.size());
        for (int k = 0; k < levels.size(); k++) {
            int x = k * slot;
            s.append("<rect class=\"chain-level-").append(k).append("\" x=\"").append(x + 1).append("\" y=\"6\" width=\"12\" height=\"12\"/>");
            text(s, "chain-legend-text", x + 17, 17, levels.get(k), 12, slot - 20, "");
        }
        s.append("</g>\n");
    }

    private static void arrow(StringBuilder s, int from, int to) {
        s.append("<path class=\"chain-arrow\" aria-hidden=\"true\" d=\"M16 ").append(from + 1).append("V").append(to - 6)
                .append("M11 ").append(to - 8).append("L16 ").append(to - 2).append("L21 ").append(to - 8).append("\"/>\n");
    }

    private static void stage(StringBuilder s, Labels labels, ChainViews.Stage stage, int step, int y, int max) {
        boolean link = !stage.url().isEmpty();
        s.append(link ? "<a class=\"chain-stage\" href=\"" + esc(stage.url()) + "\"" : "<g class=\"chain-stage\"")
                .append(" transform=\"translate(0 ").append(y).append(")\">");
        s.append("<rect class=\"chain-box\" x=\"1\" y=\"1\" width=\"").append(WIDTH - 2).append("\" height=\"").append(BOX - 2)
                .append("\" rx=\"4\"/>");
        s.append("<text class=\"chain-step\" x=\"16\" y=\"23\" text-anchor=\"middle\" aria-hidden=\"true\">").append(step).append("</text>");
        String total = labels.total().replace("{0}", String.valueOf(stage.total()));
        int totalWidth = estimate(total, 13) + 8;
        text(s, link ? "chain-name chain-link" : "chain-name", LEFT, 23, stage.label(), 15, BAR - totalWidth, "");
        text(s, "chain-total", WIDTH - 12, 23, total, 13, totalWidth, " text-anchor=\"end\"");
        s.append("<rect class=\"chain-track\" x=\"").append(LEFT).append("\" y=\"31\" width=\"").append(BAR).append("\" height=\"10\"/>");
        int x = LEFT;
        StringBuilder counts = new StringBuilder();
        for (int k = 0; k < stage.byLevel().size(); k++) {
            int n = stage.byLevel().get(k);
            int w = (int) Math.round((double) BAR * n / max);
            if (w > 0) {
                s.append("<rect class=\"chain-level-").append(k).append("\" x=\"").append(x).append("\" y=\"31\" width=\"").append(w)
                        .append("\" height=\"10\"/>");
            }
            x += w;
            counts.append(k == 0 ? "" : " · ").append(labels.levels().get(k)).append(' ').append(n);
        }
        text(s, "chain-counts", LEFT, 56, counts.toString(), 13, BAR, "");
        s.append(link ? "</a>\n" : "</g>\n");
    }

    /** A text element, compressed to {@code room} units if its estimated width is larger. */
    private static void text(StringBuilder s, String cls, int x, int y, String text, int size, int room, String extra) {
        s.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y).append('"').append(extra);
        if (estimate(text, size) > room) {
            s.append(" textLength=\"").append(room).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        s.append('>').append(esc(text)).append("</text>");
    }

    /** A generous estimate of the width of {@code text} in a system sans-serif font of {@code size} units. */
    static int estimate(String text, int size) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * size * 0.58);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
