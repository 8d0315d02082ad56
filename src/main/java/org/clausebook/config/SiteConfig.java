package org.clausebook.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated site configuration, read from {@code content/site.yaml}. Immutable.
 *
 * @param title           site title per language
 * @param description     one-sentence description per language
 * @param baseUrl         absolute URL without trailing slash
 * @param languages       site languages, the first is the default
 * @param defaultLicence  SPDX id used when an item names none
 * @param sections        content sections, in navigation order
 * @param taxonomies      taxonomies with their terms (terms come from the schema)
 * @param cpv             CPV 2008 codes per product_groups term; a term without codes is absent
 * @param repository      the GitHub repository contributions go to, if the site names one
 */
public record SiteConfig(
        Map<String, String> title,
        Map<String, String> description,
        String baseUrl,
        List<String> languages,
        String defaultLicence,
        List<SectionConfig> sections,
        List<TaxonomyConfig> taxonomies,
        Map<String, List<CpvCode>> cpv,
        Optional<Repository> repository) {

    public SiteConfig {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        taxonomies = List.copyOf(taxonomies);
        cpv = Map.copyOf(cpv);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public Optional<SectionConfig> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The CPV codes of a product group, in the order of the configuration; empty when it has none. */
    public List<CpvCode> cpv(String productGroup) {
        return cpv.getOrDefault(productGroup, List.of());
    }

    public Optional<TaxonomyConfig> taxonomy(String id) {
        return taxonomies.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
