package org.clausebook.render;

import org.clausebook.content.Document;
import org.clausebook.incremental.Memo;
import org.clausebook.versions.TextDiff;
import org.clausebook.versions.TextHash;
import org.jsoup.Jsoup;

/**
 * Values derived from texts alone, computed once and shared by everything that shows them: each document's text hash
 * (item page, history, open data, version check) and, for {@code serve}, each comparison of two versions' HTML and
 * the plain text of each HTML fragment the search index reads.
 * Both are pure functions of the strings they are kept under, so a {@code Derived} may be kept across rebuilds
 * whatever else changed; {@link #finish} forgets what the last build did not ask for. Safe for many threads: two
 * pages asking for the same value at once may both compute it, with the same result.
 */
public final class Derived {
    private record Texts(String tenderText, String verification, String body) {
    }

    private record Pair(String before, String after) {
    }

    private final boolean keepAll;
    private final Memo<Texts, Texts, String> hashes = new Memo<>();
    private final Memo<Pair, Pair, TextDiff.Part> diffs = new Memo<>();
    private final Memo<String, String, String> plainTexts = new Memo<>();

    private Derived(boolean keepAll) {
        this.keepAll = keepAll;
    }

    /** For one full build: hashes are shared; comparisons and plain texts are not kept (a full build makes each once). */
    public static Derived forBuild() {
        return new Derived(false);
    }

    /** For serve, kept from one build to the next: comparisons and plain texts are kept too. */
    public static Derived kept() {
        return new Derived(true);
    }

    /** {@link TextHash#of(Document)}. */
    public String textHash(Document source) {
        Texts texts = new Texts(source.meta().tenderText(), source.meta().verification(), source.body());
        return hashes.get(texts, texts, () -> TextHash.of(texts.tenderText(), texts.verification(), texts.body()));
    }

    /** {@link TextDiff#compare}. */
    public TextDiff.Part diff(String oldHtml, String newHtml) {
        if (!keepAll) {
            return TextDiff.compare(oldHtml, newHtml);
        }
        Pair pair = new Pair(oldHtml, newHtml);
        return diffs.get(pair, pair, () -> TextDiff.compare(oldHtml, newHtml));
    }

    /** The text of an HTML fragment, as jsoup reads it (for the search index); kept by serve. */
    public String plainText(String html) {
        if (!keepAll) {
            return Jsoup.parseBodyFragment(html).text();
        }
        return plainTexts.get(html, html, () -> Jsoup.parseBodyFragment(html).text());
    }

    /** Ends a build: forgets the values it did not use. */
    public void finish() {
        hashes.finish();
        diffs.finish();
        plainTexts.finish();
    }
}
