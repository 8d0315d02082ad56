package org.clausebook.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The post-processing of a rendered page in one pass over its text, without building a tree: collects the ids and
 * the link addresses, gives the headings of contributed text ({@code h2}–{@code h6} inside a {@code .prose}
 * element) their anchors, and writes the page as jsoup writes the same document (entities, boolean attributes, void
 * and self-closed elements), so that the published bytes do not depend on which of the two read the page.
 *
 * <p>It knows the well-formed HTML the templates and the Markdown renderer write. Wherever a page holds something
 * whose tree jsoup would build differently from the text (a start tag jsoup would close or move, a table row
 * without its section, a self-closed HTML element, an unquoted or repeated attribute, an unknown markup
 * declaration, a newline that a {@code pre} drops), it gives up and returns empty, and the caller lets jsoup read
 * the page. {@code PageScannerTest} holds both to the same output on every page of the fixture sites and of the
 * shipped library. Jsoup parsing the pages again was a fifth of the build's CPU time.
 */
final class PageScanner {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Set<String> ESCAPABLE_RAW_TEXT = Set.of("title", "textarea");
    /** Start tags that close an open {@code p} (jsoup would move them out of it). */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "details", "dialog",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt", "listing",
            "plaintext", "xmp", "search");
    private static final Set<String> BOOLEAN = Set.of("allowfullscreen", "async", "autofocus", "checked", "compact",
            "declare", "default", "defer", "disabled", "formnovalidate", "hidden", "inert", "ismap", "itemscope", "multiple",
            "muted", "nohref", "noresize", "noshade", "novalidate", "nowrap", "open", "readonly", "required", "reversed",
            "seamless", "selected", "sortable", "truespeed", "typemustmatch");
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt");
    private static final Set<String> PROSE_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** What the pass found: the page as written, the ids it defines, the links it makes (in document order). */
    record Scanned(String html, Set<String> ids, List<String> links) {
    }

    private record Open(String tag, boolean prose, boolean svg) {
    }

    /** A heading of contributed text without an id: where its start tag ends in the output, and its text. */
    private static final class Heading {
        final int insertAt;
        final StringBuilder text = new StringBuilder();
        final int depth;

        Heading(int insertAt, int depth) {
            this.insertAt = insertAt;
            this.depth = depth;
        }
    }

    private final String in;
    private final StringBuilder out;
    private final List<Open> stack = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> links = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    /** The attribute names of the start tag being read (a handful: a list beats a set). */
    private final List<String> names = new ArrayList<>();
    /** How many open elements have the class {@code prose}. */
    private int proseOpen;
    private Heading heading;
    private int pos;

    private PageScanner(String html) {
        this.in = html;
        this.out = new StringBuilder(html.length() + 256);
    }

    /** The page as jsoup would write it after the pass, or empty where only jsoup can tell. */
    static Optional<Scanned> scan(String html) {
        PageScanner s = new PageScanner(html);
        return s.run() ? Optional.of(s.result()) : Optional.empty();
    }

    private boolean run() {
        int n = in.length();
        while (pos < n) {
            int lt = in.indexOf('<', pos);
            int end = lt < 0 ? n : lt;
            if (end > pos) {
                if (heading == null && !contains(in, '&', pos, end)) {
                    escape(in, pos, end, false);
                } else {
                    text(in.substring(pos, end));
                }
                pos = end;
            }
            if (lt < 0) {
                break;
            }
            if (in.startsWith("<!--", lt)) {
                int close = in.indexOf("-->", lt + 4);
                if (close < 0) {
                    return fail();
                }
                out.append(in, lt, close + 3);
                pos = close + 3;
            } else if (in.regionMatches(true, lt, "<!doctype html>", 0, 15)) {
                out.append("<!doctype html>");
                pos = lt + 15;
            } else if (in.startsWith("</", lt)) {
                if (!endTag(lt)) {
                    return false;
                }
            } else if (lt + 1 < n && in.charAt(lt + 1) >= 'a' && in.charAt(lt + 1) <= 'z') {
                if (!startTag(lt)) {
                    return false;
                }
            } else {
                return fail();
            }
        }
        return stack.isEmpty() || stack.stream().allMatch(o -> o.tag().equals("html") || o.tag().equals("body"));
    }

    private boolean endTag(int lt) {
        int close = in.indexOf('>', lt);
        if (close < 0) {
            return fail();
        }
        String tag = in.substring(lt + 2, close);
        if (stack.isEmpty() || !stack.get(stack.size() - 1).tag().equals(tag)) {
            return fail();
        }
        if (stack.remove(stack.size() - 1).prose()) {
            proseOpen--;
        }
        if (heading != null && stack.size() < heading.depth) {
            headings.add(heading);
            heading = null;
        }
        out.append("</").append(tag).append('>');
        pos = close + 1;
        return true;
    }

    private boolean startTag(int lt) {
        int i = lt + 1;
        while (i < in.length() && isNameChar(in.charAt(i))) {
            i++;
        }
        String tag = in.substring(lt + 1, i);
        boolean inSvg = !stack.isEmpty() && stack.get(stack.size() - 1).svg() || tag.equals("svg");
        if (!inSvg && hasUpperCase(tag)) {
            return fail();
        }
        if (CLOSES_P.contains(tag) && isOpen("p") || tag.equals("a") && isOpen("a")
                || LIST_ITEMS.contains(tag) && !stack.isEmpty() && LIST_ITEMS.contains(stack.get(stack.size() - 1).tag())) {
            return fail();
        }
        if (tag.equals("tr") && !stack.isEmpty() && stack.get(stack.size() - 1).tag().equals("table")) {
            return fail();
        }
        out.append('<').append(tag);
        names.clear();
        String id = null;
        String href = null;
        String src = null;
        String action = null;
        boolean prose = false;
        boolean selfClosed = false;
        while (true) {
            while (i < in.length() && Character.isWhitespace(in.charAt(i))) {
                i++;
            }
            if (i >= in.length()) {
                return fail();
            }
            char c = in.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/' && i + 1 < in.length() && in.charAt(i + 1) == '>') {
                selfClosed = true;
                i += 2;
                break;
            }
            int nameStart = i;
            while (i < in.length() && isAttributeNameChar(in.charAt(i))) {
                i++;
            }
            String name = in.substring(nameStart, i);
            if (name.isEmpty() || names.contains(name) || !inSvg && hasUpperCase(name)) {
                return fail();
            }
            names.add(name);
            String value = "";
            boolean hasValue = i < in.length() && in.charAt(i) == '=';
            if (hasValue) {
                char quote = i + 1 < in.length() ? in.charAt(i + 1) : 0;
                if (quote != '"' && quote != '\'') {
                    return fail();
                }
                int endQuote = in.indexOf(quote, i + 2);
                if (endQuote < 0) {
                    return fail();
                }
                value = HtmlText.unescape(in.substring(i + 2, endQuote), true);
                i = endQuote + 1;
            }
            out.append(' ').append(name);
            // jsoup writes an attribute bare when the source gave it no value, or a boolean one its empty or own name
            if (hasValue && !(BOOLEAN.contains(name) && (value.isEmpty() || value.equalsIgnoreCase(name)))) {
                out.append("=\"");
                escape(value, 0, value.length(), true);
                out.append('"');
            }
            switch (name) {
                case "id" -> id = value;
                case "href" -> href = value;
                case "src" -> src = value;
                case "action" -> action = value;
                case "class" -> prose = java.util.Arrays.stream(value.split("\\s+")).anyMatch("prose"::equalsIgnoreCase);
                default -> {
                }
            }
        }
        boolean isVoid = VOID.contains(tag);
        if (selfClosed && !isVoid && !inSvg && !tag.equals("svg")) {
            return fail();
        }
        if (id != null) {
            ids.add(id);
        }
        String linkAttr = switch (tag) {
            case "a", "link" -> href;
            case "img", "script" -> src;
            case "form" -> action;
            default -> null;
        };
        if (linkAttr != null) {
            links.add(href != null ? href : src != null ? src : action);
        }
        boolean parentProse = proseOpen > 0;
        boolean proseHeading = PROSE_HEADINGS.contains(tag) && parentProse && (id == null || id.isEmpty());
        if (proseHeading && id != null) {
            return fail(); // an empty id: jsoup would set it in place
        }
        if (isVoid || selfClosed && (inSvg || tag.equals("svg"))) {
            out.append(isVoid ? ">" : " />");
            if (tag.equals("br") && heading != null) {
                heading.text.append(' ');
            }
            pos = i;
            return true;
        }
        if (proseHeading) {
            if (heading != null) {
                return fail();
            }
            heading = new Heading(out.length(), stack.size() + 1);
        }
        out.append('>');
        stack.add(new Open(tag, prose, inSvg || tag.equals("svg")));
        if (prose) {
            proseOpen++;
        }
        pos = i;
        if (RAW_TEXT.contains(tag)) {
            return rawText(tag, false);
        }
        if (ESCAPABLE_RAW_TEXT.contains(tag) || tag.equals("pre")) {
            if (in.startsWith("\n", pos) || in.startsWith("\r", pos)) {
                return fail();
            }
            if (ESCAPABLE_RAW_TEXT.contains(tag)) {
                return rawText(tag, true);
            }
        }
        return true;
    }

    /** The content of a script or style (as it is) or of a title or textarea (entities read, escaped again). */
    private boolean rawText(String tag, boolean escapable) {
        int close = in.indexOf("</" + tag + ">", pos);
        if (close < 0) {
            return fail();
        }
        if (escapable) {
            text(in.substring(pos, close));
        } else {
            out.append(in, pos, close);
        }
        pos = close;
        return true;
    }

    private void text(String raw) {
        String text = HtmlText.unescape(raw, false);
        if (heading != null) {
            heading.text.append(text);
        }
        escape(text, 0, text.length(), false);
    }

    private void escape(String s, int from, int to, boolean attribute) {
        HtmlText.escape(s, from, to, attribute, out);
    }

    private Scanned result() {
        if (heading != null) {
            headings.add(heading);
        }
        if (headings.isEmpty()) {
            return new Scanned(out.toString(), Set.copyOf(ids), List.copyOf(links));
        }
        // Anchors are given in document order, so each goes in as its heading is reached.
        StringBuilder html = new StringBuilder(out.length() + headings.size() * 24);
        int from = 0;
        for (Heading h : headings) {
            String base = HtmlPostProcessor.slug(h.text.toString().replaceAll("[\\s\u00a0]+", " ").strip());
            String id = base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
            html.append(out, from, h.insertAt).append(" id=\"").append(id).append('"');
            from = h.insertAt;
        }
        html.append(out, from, out.length());
        return new Scanned(html.toString(), Set.copyOf(ids), List.copyOf(links));
    }

    /** Where the pass gave up, for {@link #whyNot}: a line of this file and the position in the page. */
    private String reason = "";

    private boolean fail() {
        int line = new Throwable().getStackTrace()[1].getLineNumber();
        reason = "PageScanner.java:" + line + " at " + pos + ": " + in.substring(pos, Math.min(in.length(), pos + 60));
        return false;
    }

    /** Why {@link #scan} leaves {@code html} to jsoup ("" when it does not), for tests and measurements. */
    static String whyNot(String html) {
        PageScanner s = new PageScanner(html);
        return s.run() ? "" : s.reason.isEmpty() ? "elements left open" : s.reason;
    }

    private boolean isOpen(String tag) {
        for (Open o : stack) {
            if (o.tag().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 'A' && name.charAt(i) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isAttributeNameChar(char c) {
        return !Character.isWhitespace(c) && c != '=' && c != '>' && c != '/' && c != '"' && c != '\'' && c != '<';
    }
}
