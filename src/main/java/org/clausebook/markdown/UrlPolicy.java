package org.clausebook.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which link and image URLs contributed Markdown may use. */
final class UrlPolicy {
    static final String ITEM_SCHEME = "item:";
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ATTACHMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*\\.[a-z0-9]+");

    enum Kind { ITEM, ATTACHMENT, EXTERNAL, ANCHOR, FORBIDDEN }

    private UrlPolicy() {
    }

    static Kind classify(String rawUrl, boolean image) {
        String url = rawUrl.strip();
        // Browsers ignore control characters and whitespace inside a scheme; so must we.
        String compact = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        if (compact.startsWith(ITEM_SCHEME)) {
            return image ? Kind.FORBIDDEN : Kind.ITEM;
        }
        if (url.startsWith("#")) {
            return image ? Kind.FORBIDDEN : Kind.ANCHOR;
        }
        var m = SCHEME.matcher(compact);
        if (m.find()) {
            String scheme = m.group(1);
            if (image) {
                return Kind.FORBIDDEN; // images load at view time: only the item's own attachments, never another origin
            }
            return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto") ? Kind.EXTERNAL : Kind.FORBIDDEN;
        }
        if (compact.startsWith("//")) {
            return Kind.FORBIDDEN;
        }
        return ATTACHMENT.matcher(url).matches() ? Kind.ATTACHMENT : Kind.FORBIDDEN;
    }
}
