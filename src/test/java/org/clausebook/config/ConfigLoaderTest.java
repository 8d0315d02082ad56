package org.clausebook.config;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @Test
    void theShippedConfigurationLoadsWithTermsFromTheSchema() throws ContentException {
        SiteConfig config = ConfigLoader.load(TestSites.REPO);
        assertEquals("en", config.defaultLanguage());
        assertEquals(8, config.languages().size());
        assertEquals(java.util.List.of("core", "advanced", "spearhead"), config.taxonomy("ambition").orElseThrow().terms());
        assertTrue(config.taxonomy("ambition").orElseThrow().single());
    }

    @Test
    void anUnknownKeyNamesItsLine(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file) + "colour: blue\n");
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        String problem = e.problems().get(0).format();
        assertTrue(problem.matches("content/site\\.yaml:\\d+: colour: unknown key\\. Fix: known keys: .*"), problem);
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsItsName(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file).replace("default_licence: CC-BY-4.0", "default_licence: &l CC-BY-4.0\nbase: *l"));
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        String problem = e.problems().get(0).format();
        assertTrue(problem.matches("content/site\\.yaml:\\d+: YAML aliases are not supported \\(\\*l\\).*"), problem);
    }

    @Test
    void aTaxonomyWithoutTermsInTheSchemaIsAnError(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file) + "  - id: colours\n    path: colours\n");
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        assertEquals("taxonomies.colours", e.problems().get(0).field());
    }

    @Test
    void everyProductGroupOfTheShippedConfigurationHasCpvCodesWithAnEnglishLabel() throws ContentException {
        SiteConfig config = ConfigLoader.load(TestSites.REPO);
        for (String group : config.taxonomy("product_groups").orElseThrow().terms()) {
            assertTrue(!config.cpv(group).isEmpty(), group + " has no CPV code");
            config.cpv(group).forEach(c -> assertTrue(c.labelIn("en").isPresent(), c.code()));
        }
        assertEquals("30213100-6", config.cpv("laptops").get(0).code());
    }

    @Test
    void aCpvCodeWithoutItsCheckDigitOrForAnUnknownGroupIsAnError(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file).replace("30213100-6", "30213200")
                .replace("  smartphones:\n", "  phones:\n"));
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        assertEquals(java.util.List.of("cpv.laptops", "cpv.phones"), e.problems().stream().map(p -> p.field()).sorted().toList());
    }

    @Test
    void anUnknownKeyInACpvEntryIsAnError(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file).replace("      label: {en: Portable computers}",
                "      label: {en: Portable computers}\n      level: 4"));
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        assertTrue(e.problems().get(0).format().contains("level: unknown key"), e.problems().get(0).format());
    }

    @Test
    void theRepositoryIsOptionalAndItsBranchDefaultsToMain(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        assertTrue(ConfigLoader.load(project).repository().isEmpty());
        Path file = project.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file) + "repository:\n  url: https://github.com/example-org/clausebook\n");
        Repository repo = ConfigLoader.load(project).repository().orElseThrow();
        assertEquals("https://github.com/example-org/clausebook/new/main", repo.newFileUrl());
        assertEquals("https://github.com/example-org/clausebook/blob/main/CONTRIBUTING.md", repo.fileUrl("CONTRIBUTING.md"));
    }

    @Test
    void aRepositoryThatIsNotOnGitHubOrHasUnknownKeysIsAnError(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path file = project.resolve("content/site.yaml");
        String base = Files.readString(file);
        Files.writeString(file, base + "repository:\n  url: https://gitlab.com/example/clausebook.git\n  branch: main\n");
        ContentException e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        assertEquals("repository.url", e.problems().get(0).field());
        assertTrue(e.problems().get(0).format().contains("https://github.com/OWNER/REPO"), e.problems().get(0).format());
        Files.writeString(file, base + "repository:\n  url: https://github.com/example/clausebook\n  owner: me\n");
        e = assertThrows(ContentException.class, () -> ConfigLoader.load(project));
        assertTrue(e.problems().get(0).format().contains("owner: unknown key"), e.problems().get(0).format());
    }
}
