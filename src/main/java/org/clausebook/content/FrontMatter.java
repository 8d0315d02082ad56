package org.clausebook.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The metadata of one file, read with Jackson after the schema has accepted it.
 * Translations leave the language-neutral fields empty; {@link Item} supplies them from the source file.
 */
public record FrontMatter(
        String title,
        String summary,
        String version,
        LocalDate date,
        String status,
        List<Change> changes,
        List<Source> sources,
        String licence,
        List<String> related,
        String type,
        List<String> tags,
        @JsonProperty("translation_of") String translationOf,
        @JsonProperty("tender_text") String tenderText,
        String verification,
        Organisation organisation,
        List<Use> uses,
        List<String> initiatives,
        String website,
        Map<String, List<String>> taxonomies,
        @JsonProperty("legal_basis") List<LegalBasis> legalBasis,
        @JsonProperty("beyond_law") String beyondLaw,
        Eforms eforms,
        List<Equivalent> equivalents) {

    public FrontMatter {
        changes = changes == null ? List.of() : List.copyOf(changes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        related = related == null ? List.of() : List.copyOf(related);
        tags = tags == null ? List.of() : List.copyOf(tags);
        uses = uses == null ? List.of() : List.copyOf(uses);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        taxonomies = taxonomies == null ? Map.of() : Map.copyOf(taxonomies);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        equivalents = equivalents == null ? List.of() : List.copyOf(equivalents);
        status = status == null ? "published" : status;
    }

    public boolean isTranslation() {
        return translationOf != null;
    }

    FrontMatter withTaxonomies(Map<String, List<String>> terms) {
        return new FrontMatter(title, summary, version, date, status, changes, sources, licence, related, type, tags,
                translationOf, tenderText, verification, organisation, uses, initiatives, website, terms, legalBasis, beyondLaw,
                eforms, equivalents);
    }

    /** A version's entry in {@code changes}; in a translation only version and note, in its language. */
    public record Change(String version, LocalDate date, String note, String hash) {
    }

    public record Source(String title, String publisher, String date, String url, String language, String note) {
    }

    public record Organisation(String name, String country, String type, String website, List<Figure> figures) {
        public Organisation {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    public record Figure(String label, String value, int year, String source) {
    }

    public record Use(String id, String version, String note) {
    }

    /**
     * A provision of law that already sets a floor for the item. In a translation only {@code requires} and
     * {@code scope} are given, in the order of the source file.
     */
    public record LegalBasis(String act, String provision, String requires, String scope,
                             @JsonProperty("applies_from") LocalDate appliesFrom, String url) {
    }

    /**
     * The eForms notice fields a buyer fills in with the item (codes of the eForms SDK code lists); null when the
     * item gives none.
     *
     * @param strategicProcurement BT-06
     * @param green                BT-774
     * @param social               BT-775
     * @param gppCriteria          BT-805
     * @param awardCriterionType   BT-539, award criteria only
     * @param suggestedWeight      BT-541 weight in per cent that the library suggests, or null
     */
    public record Eforms(@JsonProperty("strategic_procurement") List<String> strategicProcurement, List<String> green,
                         List<String> social, @JsonProperty("gpp_criteria") List<String> gppCriteria,
                         @JsonProperty("award_criterion_type") String awardCriterionType,
                         @JsonProperty("suggested_weight") Double suggestedWeight) {
        public Eforms {
            strategicProcurement = strategicProcurement == null ? List.of() : List.copyOf(strategicProcurement);
            green = green == null ? List.of() : List.copyOf(green);
            social = social == null ? List.of() : List.copyOf(social);
            gppCriteria = gppCriteria == null ? List.of() : List.copyOf(gppCriteria);
        }
    }

    /** A criterion of an external scheme that corresponds to the item; identifier, url and note may be null. */
    public record Equivalent(String scheme, String name, String identifier, String url, String note) {
    }
}
