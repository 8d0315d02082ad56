package org.clausebook.markdown;

import java.util.Optional;

/**
 * Resolves the link forms content may use into URLs for one page. Implemented by the render stage, which knows
 * the URL scheme; the Markdown stage only asks.
 */
public interface LinkTarget {
    /** URL of item {@code id} in the page's language, or empty if no such item is built. */
    Optional<String> item(String id);

    /** URL of attachment {@code name} in the current item's folder, or empty if it does not exist. */
    Optional<String> attachment(String name);

    /**
     * What the answers of this target depend on (e.g. language and item), so that HTML rendered for one page can be
     * reused for another page with an equal key; {@code null} (the default) when unknown: then only HTML that
     * resolved no item or attachment link is reused.
     */
    default Object cacheKey() {
        return null;
    }
}
