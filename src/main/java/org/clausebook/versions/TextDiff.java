package org.clausebook.versions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two renderings of one text. Blocks (paragraphs, list items …) are aligned first,
 * then the words of each changed block are compared, so a reader sees which words of which point changed.
 */
public final class TextDiff {
    /** A run of text that is unchanged ({@code equal}), inserted ({@code ins}) or deleted ({@code del}). */
    public record Segment(String op, String text) {
    }

    /**
     * One block of the compared text.
     *
     * @param kind     {@code p}, {@code li}, {@code h2} …
     * @param label    a list number or bullet, or empty
     * @param change   {@code same}, {@code changed}, {@code inserted} or {@code deleted}
     * @param segments the block's words grouped by what happened to them
     */
    public record Block(String kind, String label, String change, List<Segment> segments) {
    }

    /** The comparison of one part (tender text, verification or body): its blocks and the words inserted and deleted. */
    public record Part(List<Block> blocks, int insertedWords, int deletedWords) {
        public boolean changed() {
            return insertedWords + deletedWords > 0;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|[^\\s\\p{L}\\p{N}\\p{M}]");

    private TextDiff() {
    }

    /** Compares two rendered HTML fragments. */
    public static Part compare(String oldHtml, String newHtml) {
        List<BlockText.Block> before = BlockText.of(oldHtml);
        List<BlockText.Block> after = BlockText.of(newHtml);
        List<Block> out = new ArrayList<>();
        int[] counts = new int[2];
        int i = 0;
        int j = 0;
        for (AbstractDelta<BlockText.Block> delta : DiffUtils.diff(before, after, TextDiff::sameBlock).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            while (i < from) {
                out.add(same(after.get(j)));
                i++;
                j++;
            }
            List<BlockText.Block> removed = delta.getSource().getLines();
            List<BlockText.Block> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int k = 0; k < paired; k++) {
                out.add(words(removed.get(k), added.get(k), counts));
            }
            for (int k = paired; k < removed.size(); k++) {
                out.add(whole(removed.get(k), "deleted", "del", counts, 1));
            }
            for (int k = paired; k < added.size(); k++) {
                out.add(whole(added.get(k), "inserted", "ins", counts, 0));
            }
            i = from + removed.size();
            j = to + added.size();
        }
        while (j < after.size()) {
            out.add(same(after.get(j++)));
        }
        return new Part(List.copyOf(out), counts[0], counts[1]);
    }

    private static boolean sameBlock(BlockText.Block a, BlockText.Block b) {
        return a.text().equals(b.text()) && a.kind().equals(b.kind());
    }

    private static Block same(BlockText.Block b) {
        return new Block(b.kind(), b.label(), "same", List.of(new Segment("equal", b.text())));
    }

    private static Block whole(BlockText.Block b, String change, String op, int[] counts, int slot) {
        counts[slot] += wordCount(b.text());
        return new Block(b.kind(), b.label(), change, List.of(new Segment(op, b.text())));
    }

    private static Block words(BlockText.Block before, BlockText.Block after, int[] counts) {
        List<String> a = tokens(before.text());
        List<String> b = tokens(after.text());
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            add(segments, "equal", String.join("", a.subList(i, from)));
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            add(segments, "del", removed);
            add(segments, "ins", added);
            counts[1] += wordCount(removed);
            counts[0] += wordCount(added);
            i = from + delta.getSource().size();
        }
        add(segments, "equal", String.join("", a.subList(i, a.size())));
        List<Segment> joined = joinRuns(segments);
        return new Block(after.kind(), after.label(), joined.stream().allMatch(s -> s.op().equals("equal")) ? "same" : "changed",
                joined);
    }

    /**
     * Joins changes separated only by spaces into one deletion and one insertion, so that "the factories where" →
     * "every stage of" reads as two phrases, not as three pairs of alternating words.
     */
    private static List<Segment> joinRuns(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            boolean pending = del.length() + ins.length() > 0;
            if (s.op().equals("equal")) {
                boolean gap = s.text().isBlank() && pending && k + 1 < segments.size();
                if (gap) {
                    del.append(s.text());
                    ins.append(s.text());
                    continue;
                }
                flush(out, del, ins);
                add(out, "equal", s.text());
            } else {
                (s.op().equals("del") ? del : ins).append(s.text());
            }
        }
        flush(out, del, ins);
        return List.copyOf(out);
    }

    /** Writes the pending deletion, then the insertion; a side that holds only the spaces of gaps is left out. */
    private static void flush(List<Segment> out, StringBuilder del, StringBuilder ins) {
        add(out, "del", del.toString().isBlank() ? "" : del.toString());
        add(out, "ins", ins.toString().isBlank() ? "" : ins.toString());
        del.setLength(0);
        ins.setLength(0);
    }

    /** Adds a segment, joining it to the previous one when both have the same op. */
    private static void add(List<Segment> segments, String op, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).op().equals(op)) {
            segments.set(last, new Segment(op, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int wordCount(String text) {
        return (int) tokens(text).stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
    }
}
