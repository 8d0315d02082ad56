package org.clausebook.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code content/site.yaml} and the taxonomy terms of the schema into a validated {@link SiteConfig}. */
public final class ConfigLoader {
    public static final String CONFIG_FILE = "content/site.yaml";
    public static final String SCHEMA_FILE = "content/schema/front-matter.schema.json";
    /** Languages the site's UI is translated into; a site may use any subset. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A CPV 2008 code: eight digits, a hyphen and the check digit. */
    private static final Pattern CPV = Pattern.compile("^[0-9]{8}-[0-9]$");
    /** A GitHub repository address: owner and name, nothing after them. */
    private static final Pattern GITHUB = Pattern.compile("https://github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100})");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    /** The taxonomy whose terms the {@code cpv} map is keyed by. */
    private static final String PRODUCT_GROUPS = "product_groups";

    record RawSection(@JsonProperty(required = true) String id, @JsonProperty(required = true) String template,
                      @JsonProperty(required = true) String path, Boolean listed, Boolean searchable) {
    }

    record RawTaxonomy(@JsonProperty(required = true) String id, @JsonProperty(required = true) String path,
                       Boolean single) {
    }

    record RawCpv(@JsonProperty(required = true) String code, @JsonProperty(required = true) Map<String, String> label) {
    }

    record RawRepository(@JsonProperty(required = true) String url, String branch) {
    }

    record RawConfig(@JsonProperty(required = true) Map<String, String> title,
                     @JsonProperty(required = true) Map<String, String> description,
                     @JsonProperty(value = "base_url", required = true) String baseUrl,
                     @JsonProperty(required = true) List<String> languages,
                     @JsonProperty("default_licence") String defaultLicence,
                     @JsonProperty(required = true) List<RawSection> sections,
                     @JsonProperty(required = true) List<RawTaxonomy> taxonomies,
                     Map<String, List<RawCpv>> cpv,
                     RawRepository repository) {
    }

    private ConfigLoader() {
    }

    public static SiteConfig load(Path sourceDir) throws ContentException {
        Path file = sourceDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(Problem.of(CONFIG_FILE, 0, "", "the site configuration is missing.",
                    "run the command from the project folder or pass --source DIR."));
        }
        RawConfig raw;
        try {
            var yaml = YamlMappers.yaml();
            String text = Files.readString(file);
            YamlMappers.rejectAliases(yaml, text);
            raw = yaml.readValue(text, RawConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ContentException(Problem.of(CONFIG_FILE, line(e), e.getPropertyName(),
                    "unknown key.", "known keys: " + e.getKnownPropertyIds() + "."));
        } catch (JsonProcessingException e) {
            throw new ContentException(Problem.of(CONFIG_FILE, line(e), path(e), e.getOriginalMessage(),
                    "see docs/configuration.md."));
        } catch (IOException e) {
            throw new ContentException(Problem.of(CONFIG_FILE, 0, "", "cannot read: " + e.getMessage(), ""));
        }
        Map<String, List<String>> terms = readTerms(sourceDir);
        return validate(raw, terms);
    }

    private static SiteConfig validate(RawConfig raw, Map<String, List<String>> schemaTerms) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        if (raw.languages().isEmpty()) {
            problems.add(Problem.of(CONFIG_FILE, 0, "languages", "at least one language is needed.", ""));
        }
        for (String lang : raw.languages()) {
            if (!LANGUAGE.matcher(lang).matches()) {
                problems.add(Problem.of(CONFIG_FILE, 0, "languages", "'" + lang + "' is not a two-letter language code.", ""));
            }
            if (!raw.title().containsKey(lang)) {
                problems.add(Problem.of(CONFIG_FILE, 0, "title." + lang, "missing title for language " + lang + ".", ""));
            }
            if (!raw.description().containsKey(lang)) {
                problems.add(Problem.of(CONFIG_FILE, 0, "description." + lang, "missing description for language " + lang + ".", ""));
            }
        }
        if (!raw.baseUrl().matches("https?://[^\\s]+[^/]")) {
            problems.add(Problem.of(CONFIG_FILE, 0, "base_url", "must be an absolute URL without a trailing slash.", ""));
        }
        List<SectionConfig> sections = raw.sections().stream()
                .map(s -> new SectionConfig(s.id(), s.template(), s.path(), Boolean.TRUE.equals(s.listed()), Boolean.TRUE.equals(s.searchable()))).toList();
        for (SectionConfig s : sections) {
            if (!SLUG.matcher(s.id()).matches()) {
                problems.add(Problem.of(CONFIG_FILE, 0, "sections", "section id '" + s.id() + "' must be a lower-case slug.", ""));
            }
            if (!s.path().isEmpty() && !SLUG.matcher(s.path()).matches()) {
                problems.add(Problem.of(CONFIG_FILE, 0, "sections." + s.id() + ".path", "must be empty or a lower-case slug.", ""));
            }
            if (!schemaTerms.containsKey("$section:" + s.id())) {
                problems.add(Problem.of(CONFIG_FILE, 0, "sections." + s.id(), "the schema has no $defs/" + s.id() + ".",
                        "add a definition for the section to " + SCHEMA_FILE + "."));
            }
        }
        List<TaxonomyConfig> taxonomies = new ArrayList<>();
        for (RawTaxonomy t : raw.taxonomies()) {
            List<String> terms = schemaTerms.get(t.id());
            if (terms == null) {
                problems.add(Problem.of(CONFIG_FILE, 0, "taxonomies." + t.id(), "the schema defines no terms for this field.",
                        "add an enum for '" + t.id() + "' under $defs/common/properties in " + SCHEMA_FILE + "."));
                continue;
            }
            taxonomies.add(new TaxonomyConfig(t.id(), t.path(), Boolean.TRUE.equals(t.single()), terms));
        }
        Map<String, List<CpvCode>> cpv = cpv(raw, schemaTerms.getOrDefault(PRODUCT_GROUPS, List.of()), problems);
        java.util.Optional<Repository> repository = repository(raw.repository(), problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new SiteConfig(raw.title(), raw.description(), raw.baseUrl(), raw.languages(),
                raw.defaultLicence() == null ? "CC-BY-4.0" : raw.defaultLicence(), sections, taxonomies, cpv, repository);
    }

    /** The {@code cpv} map: keys are product_groups terms, codes match {@link #CPV}, labels are in site languages, English required. */
    private static Map<String, List<CpvCode>> cpv(RawConfig raw, List<String> groups, List<Problem> problems) {
        Map<String, List<CpvCode>> out = new java.util.LinkedHashMap<>();
        if (raw.cpv() == null) {
            return out;
        }
        raw.cpv().forEach((group, codes) -> {
            String field = "cpv." + group;
            if (!groups.contains(group)) {
                problems.add(Problem.of(CONFIG_FILE, 0, field, "'" + group + "' is not a product_groups term.",
                        "known terms: " + groups + "."));
                return;
            }
            List<CpvCode> list = new ArrayList<>();
            for (RawCpv c : codes == null ? List.<RawCpv>of() : codes) {
                if (!CPV.matcher(c.code()).matches()) {
                    problems.add(Problem.of(CONFIG_FILE, 0, field, "'" + c.code() + "' is not a CPV code.",
                            "write eight digits, a hyphen and the check digit, e.g. 30213100-6."));
                }
                if (!c.label().containsKey("en")) {
                    problems.add(Problem.of(CONFIG_FILE, 0, field + "." + c.code(), "the English label is missing.",
                            "give the official English label of the code under label.en."));
                }
                c.label().keySet().stream().filter(l -> !l.equals("en") && !raw.languages().contains(l)).forEach(l -> problems.add(
                        Problem.of(CONFIG_FILE, 0, field + "." + c.code(), "label in '" + l + "', which is not a site language.", "")));
                list.add(new CpvCode(c.code(), c.label()));
            }
            if (list.stream().map(CpvCode::code).distinct().count() < list.size()) {
                problems.add(Problem.of(CONFIG_FILE, 0, field, "a code is listed twice.", ""));
            }
            out.put(group, List.copyOf(list));
        });
        return out;
    }

    /** The optional {@code repository}: a GitHub repository address and a branch ({@code main} when not given). */
    private static java.util.Optional<Repository> repository(RawRepository raw, List<Problem> problems) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        var m = GITHUB.matcher(raw.url());
        String branch = raw.branch() == null ? "main" : raw.branch();
        boolean ok = true;
        if (!m.matches() || m.group(2).endsWith(".git")) {
            problems.add(Problem.of(CONFIG_FILE, 0, "repository.url", "'" + raw.url() + "' is not the address of a GitHub repository.",
                    "write it as https://github.com/OWNER/REPO, without .git or a trailing slash."));
            ok = false;
        }
        if (!BRANCH.matcher(branch).matches()) {
            problems.add(Problem.of(CONFIG_FILE, 0, "repository.branch", "'" + branch + "' is not a branch name.",
                    "write the name of the branch pull requests go to, e.g. main."));
            ok = false;
        }
        return ok ? java.util.Optional.of(new Repository(m.group(1), m.group(2), branch)) : java.util.Optional.empty();
    }

    /** Terms per field from {@code $defs/common/properties/<field>} (enum, or items.enum), plus a marker per section def. */
    private static Map<String, List<String>> readTerms(Path sourceDir) throws ContentException {
        Path schema = sourceDir.resolve(SCHEMA_FILE);
        JsonNode root;
        try {
            root = YamlMappers.json().readTree(schema.toFile());
        } catch (IOException e) {
            throw new ContentException(Problem.of(SCHEMA_FILE, 0, "", "cannot read the schema: " + e.getMessage(), ""));
        }
        Map<String, List<String>> out = new java.util.HashMap<>();
        root.path("$defs").fieldNames().forEachRemaining(name -> out.put("$section:" + name, List.of()));
        root.path("$defs").path("common").path("properties").fields().forEachRemaining(field -> {
            JsonNode values = field.getValue().has("enum") ? field.getValue().get("enum")
                    : field.getValue().path("items").path("enum");
            if (values.isArray()) {
                List<String> terms = new ArrayList<>();
                values.forEach(v -> terms.add(v.asText()));
                out.put(field.getKey(), List.copyOf(terms));
            }
        });
        return out;
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
        }
        return "";
    }
}
