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
                         String feedUrl, String schemaUrl, String css, String js, String pageType, List<FooterLink> footer) {
    }

    /** A link in every page's footer; {@code lang} is the language of its label. */
    public record FooterLink(String label, String url, String lang) {
    }

    /** One line in a listing. */
    public record Entry(String id, String kind, String title, String url, String summary, String version,
                        String textLang, boolean fallback, List<Tag> tags) {
    }

    public record FilterLink(String label, String url, int count, boolean current) {
    }

    public record FilterGroup(String label, List<FilterLink> links) {
    }

    /** @param chain the coverage of a product group (on its term page), or null */
    public record Listing(Layout layout, String heading, String countText, List<FilterGroup> filters, List<Entry> entries,
                          ChainViews.Chain chain) {
    }

    public record Home(Layout layout, String lead, List<FilterLink> productGroups, List<FilterLink> stages,
                       List<Change> newest, List<Entry> portraits, List<FilterLink> sections, ChainViews.Chain chain) {
    }

    public record Change(String title, String url, String version, String date, String dateIso, String note, String noteLang, String kind) {
    }

    public record Source(String title, String publisher, String date, String url, String language, String note) {
    }

    public record VersionLink(String version, String date, String dateIso, String note, String noteLang, String noteLanguageName,
                              String url, boolean current, boolean viewing) {
    }

    public record Use(String title, String url, String version, String versionUrl, String note, String noteLang,
                      String noteLanguageName, String kind) {
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
                       List<Link> initiatives, Organisation organisation, String website, Citation citation,
                       String licence, String licenceUrl, List<Legal> legalBasis, String beyondLawHtml,
                       String beyondLawLang, String historyUrl, String feedUrl, String outdatedDiffUrl, Notice notice) {
    }

    /** The "For your notice (eForms)" table and the "Compare with" list of a criterion or clause. */
    public record Notice(List<NoticeRow> rows, List<Equivalent> equivalents) {
    }

    /**
     * One row of the eForms table.
     *
     * @param field  the business term, e.g. {@code BT-06}, or {@code CPV}
     * @param values codes to choose, each with its label
     * @param text   what to enter when the field takes text or a number rather than codes, or a hint
     */
    public record NoticeRow(String field, String label, List<Code> values, String text) {
    }

    /** A code with its label; {@code labelLang} is set when the label is not in the page's language. */
    public record Code(String code, String label, String labelLang) {
    }

    /** A corresponding criterion of an external scheme; name, identifier and note are in {@code noteLang}, the item's source language. */
    public record Equivalent(String scheme, String schemeLabel, String schemeUrl, String name, String identifier,
                             String url, String note, String noteLang) {
    }

    /** The page of one external scheme: the Clausebook items that correspond to its criteria. */
    public record Scheme(Layout layout, String heading, String lead, List<SchemeEntry> entries) {
    }

    public record SchemeEntry(String title, String titleLang, String url, String kind, String version,
                              List<Equivalent> matches) {
    }

    /**
     * How to cite one version in one language.
     *
     * @param shortForm what to type into a tender system: {@code id@version#hash}
     * @param text      the whole citation as one line
     * @param jsonLd    the same as schema.org JSON-LD, safe to put inside a script element
     */
    public record Citation(String library, String id, String version, String hash, String date, String dateIso,
                           String languageName, String permalink, String shortForm, String text, String jsonLd) {
    }

    /** The history page of an item: every version, newest first. */
    public record History(Layout layout, String kind, String title, String textLang, String id, String itemUrl,
                          String feedUrl, List<HistoryEntry> versions, String translationState) {
    }

    /** One version on the history page, with links to compare it with the one before and with the current one. */
    public record HistoryEntry(String version, String date, String dateIso, String note, String noteLang, String noteLanguageName,
                               String url, boolean current, String hash, String previous, String previousDiffUrl,
                               String currentDiffUrl) {
    }

    /** The word-level comparison of two versions of an item. */
    public record Diff(Layout layout, String kind, String title, String titleLang, String id, String from, String to, String fromUrl,
                       String toUrl, String historyUrl, String textLang, boolean fallback, String fallbackLanguageName,
                       List<DiffPart> parts, int inserted, int deleted) {
    }

    /** One compared part: the tender text, the verification or the body. */
    public record DiffPart(String heading, String anchor, List<org.clausebook.versions.TextDiff.Block> blocks,
                           int inserted, int deleted) {
    }

    /** The translation status page of one language. */
    public record Translations(Layout layout, List<StateCount> counts, List<TranslationGroup> groups, String apiUrl) {
    }

    public record StateCount(String state, String label, int count) {
    }

    public record TranslationGroup(String heading, List<TranslationRow> rows) {
    }

    public record TranslationRow(String id, String title, String titleLang, String url, String state, String stateLabel, String follows,
                                 String version, String diffUrl, String historyUrl) {
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

    /**
     * The contribution form (/&lt;lang&gt;/contribute/new/), filled in by assets/contribute/form.js from {@code dataUrl}.
     *
     * @param contributeUrl the "How to contribute" page, or null when the site has none
     * @param guideUrl      CONTRIBUTING.md on GitHub, or null when the site names no repository
     */
    public record ContributeForm(Layout layout, String dataUrl, String contributeUrl, String guideUrl, boolean repository) {
    }
}
