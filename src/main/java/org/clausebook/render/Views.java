package org.clausebook.render;

import java.util.List;
import java.util.Map;

/**
 * What templates receive: plain, immutable records of strings, booleans and lists. Templates never see the
 * content model or a service; everything is resolved for one page in one language before rendering.
 */
public final class Views {
    private Views() {
    }

    public record Link(String label, String url) {
    }

    /** A link to the same page in another language. */
    public record LangLink(String lang, String name, String url, String absoluteUrl, boolean current) {
    }

    /** A taxonomy term shown as a text tag that links to its listing. */
    public record Tag(String taxonomy, String taxonomyLabel, String term, String label, String url) {
    }

    public record Layout(String lang, String siteTitle, String siteDescription, String pageTitle, String description,
                         String canonical, List<LangLink> languages, List<Link> nav, String currentNav,
                         List<Link> breadcrumbs, Map<String, String> t, String homeUrl, String searchUrl,
                         String feedUrl, String schemaUrl, String css, String js, String pageType) {
    }

    /** One line in a listing. */
    public record Entry(String id, String kind, String title, String url, String summary, String version,
                        String textLang, boolean fallback, List<Tag> tags) {
    }

    public record FilterLink(String label, String url, int count, boolean current) {
    }

    public record FilterGroup(String label, List<FilterLink> links) {
    }

    public record Listing(Layout layout, String heading, String countText, List<FilterGroup> filters, List<Entry> entries) {
    }

    public record Home(Layout layout, String lead, List<FilterLink> productGroups, List<FilterLink> stages,
                       List<Change> newest, List<Entry> portraits, List<FilterLink> sections) {
    }

    public record Change(String title, String url, String version, String date, String dateIso, String note, String noteLang, String kind) {
    }

    public record Source(String title, String publisher, String date, String url, String language, String note) {
    }

    public record VersionLink(String version, String date, String dateIso, String note, String noteLang, String url, boolean current, boolean viewing) {
    }

    public record Use(String title, String url, String version, String versionUrl, String note, String noteLang, String kind) {
    }

    public record Figure(String label, String value, int year, String source) {
    }

    public record Organisation(String name, String country, String type, String website, List<Figure> figures) {
    }

    /** An item page (current or frozen version), whatever its section. */
    public record Item(Layout layout, String id, String section, String kind, String title, String textLang,
                       boolean fallback, String fallbackLanguageName, String outdatedNotice, String frozenNotice,
                       String currentUrl, boolean withdrawn, boolean draft, String summary, List<Tag> tags,
                       String tenderHtml, String verificationHtml, String bodyHtml, String version, String date,
                       String dateIso, String permalink, List<VersionLink> versions, List<Source> sources,
                       List<Use> usedBy, List<Link> mentionedBy, List<Link> related, List<Use> uses,
                       List<Link> initiatives, Organisation organisation, String website, String citation,
                       String licence, String licenceUrl, List<Legal> legalBasis, String beyondLawHtml,
                       String beyondLawLang) {
    }

    /** A provision of law the item builds on, in the page's language where the translation gives it. */
    public record Legal(String act, String provision, String requiresHtml, String scope, String appliesFrom,
                        String appliesFromIso, String url, String wordsLang) {
    }

    public record Search(Layout layout, List<FilterLink> sections) {
    }

    public record NotFound(Layout layout) {
    }

    public record Root(String siteTitle, List<LangLink> languages, String css, Map<String, String> descriptions) {
    }
}
