package org.clausebook.render;

/**
 * One rendered HTML page.
 *
 * @param url        root-relative URL
 * @param sourceFile the content file it was made from (for error messages), or the template for generated pages
 * @param html       the page
 */
public record RenderedPage(String url, String sourceFile, String html) {
}
