package org.clausebook.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;

/**
 * The tokenizer of every search language: the words of {@link Words}. It reads its whole input at once; search
 * fields are page-sized, so this is simpler than streaming and costs nothing measurable.
 */
final class WordTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String text;
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) {
            text = readAll();
        }
        Words.Span span = Words.next(text, position);
        if (span == null) {
            position = text.length();
            return false;
        }
        position = span.end();
        term.setEmpty().append(Words.text(text, span));
        offset.setOffset(correctOffset(span.start()), correctOffset(span.end()));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text == null ? 0 : text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        position = 0;
    }

    private String readAll() throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
