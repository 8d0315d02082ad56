package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;

import java.net.URI;

/**
 * Every URL of the site, in one place. URLs are root-relative and start with the path of {@code base_url}, so a
 * site can live in a sub-folder (e.g. a GitHub Pages project site). Pages are folders with an index.html.
 */
public final class UrlScheme {
    private final String prefix;
    /** Scheme and host of {@code base_url}, what {@link #absolute} puts before a root-relative URL. */
    private final String origin;

    public UrlScheme(SiteConfig config) {
        String path = URI.create(config.baseUrl()).getPath();
        this.prefix = path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
        String base = config.baseUrl();
        this.origin = base.substring(0, base.length() - URI.create(base).getRawPath().length());
    }

    public String root() {
        return prefix + "/";
    }

    public String home(String lang) {
        return prefix + "/" + lang + "/";
    }

    public String section(String lang, SectionConfig section) {
        return section.path().isEmpty() ? home(lang) : home(lang) + section.path() + "/";
    }

    public String item(String lang, SectionConfig section, String id) {
        return section(lang, section) + id + "/";
    }

    public String version(String lang, SectionConfig section, String id, String version) {
        return item(lang, section, id) + version + "/";
    }

    /** Every version of an item, with its change note and comparisons. */
    public String history(String lang, SectionConfig section, String id) {
        return item(lang, section, id) + "history/";
    }

    /** The word-level comparison of two versions of an item. */
    public String diff(String lang, SectionConfig section, String id, String from, String to) {
        return item(lang, section, id) + "diff/" + from + "/" + to + "/";
    }

    /** The Atom feed of one item's versions. */
    public String itemFeed(String lang, SectionConfig section, String id) {
        return item(lang, section, id) + "feed.xml";
    }

    /** The translation status of every item in one language. */
    public String translations(String lang) {
        return home(lang) + "translations/";
    }

    /** A file of the site's open data, e.g. {@code translations.json}. */
    public String api(String name) {
        return prefix + "/api/" + name;
    }

    public String taxonomy(String lang, TaxonomyConfig taxonomy) {
        return home(lang) + taxonomy.path() + "/";
    }

    public String term(String lang, TaxonomyConfig taxonomy, String term) {
        return taxonomy(lang, taxonomy) + term + "/";
    }

    /** The Clausebook items that correspond to the criteria of one external scheme (eForms/crosswalk pages). */
    public String scheme(String lang, String scheme) {
        return home(lang) + "compare/" + scheme + "/";
    }

    public String search(String lang) {
        return home(lang) + "search/";
    }

    public String feed(String lang) {
        return home(lang) + "feed.xml";
    }

    public String notFound(String lang) {
        return home(lang) + "404.html";
    }

    public String asset(String versionedDir, String name) {
        return prefix + "/assets/" + versionedDir + "/" + name;
    }

    public String attachment(SectionConfig section, String id, String name) {
        return prefix + "/files/" + section.id() + "/" + id + "/" + name;
    }

    /** Absolute URL for canonical links, the sitemap and feeds. */
    public String absolute(String url) {
        return origin + url;
    }

    /** The output file of a URL, relative to the output folder. */
    public String file(String url) {
        String path = url.substring(prefix.length());
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    }
}
