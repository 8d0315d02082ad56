package org.clausebook.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contribution form, as a Swedish contributor uses it on the basic fixture site (with Swedish added and a
 * repository configured): a wrong country code is caught inline and in the error summary, which takes focus; the
 * corrected portrait is downloaded, written into a copy of the fixture's content, and accepted by the same checks
 * as {@code validate}; the "Propose on GitHub" link opens GitHub's new-file page with the right path and the same
 * text. A translation of a clause goes the same way.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionFormTest {
    private static final String REPOSITORY = "https://github.com/example-org/clausebook";
    private Path project;
    private StaticServer server;
    private WatchedPage tab;

    @BeforeAll
    void buildAndServe(@TempDir Path tmp) throws Exception {
        project = TestSites.project("basic", tmp);
        Path config = project.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config)
                .replace("  de: Clausebook\n", "  de: Clausebook\n  sv: Clausebook\n")
                .replace("languages: [en, nl, de]", "languages: [en, nl, de, sv]")
                .replaceFirst("(\n  de: Eine gemeinsame[^\n]*\n)", "$1  sv: Ett gemensamt bibliotek med upphandlingskriterier.\n")
                + "\nrepository:\n  url: " + REPOSITORY + "\n  branch: main\n");
        server = StaticServer.withNetlifyHeaders(BuiltSite.build(project).root());
        tab = new WatchedPage(server);
    }

    @AfterAll
    void close() {
        if (tab != null) {
            tab.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSwedishPortraitIsCheckedDownloadedAcceptedByValidateAndProposedOnGitHub(@TempDir Path tmp) throws Exception {
        Page p = open();
        p.fill("#cf-fields input[name='id']", "goteborgs-stad");
        p.fill("#cf-fields [name='title']", "Göteborgs stad");
        p.fill("#cf-fields [name='summary']", "Göteborgs stad kräver tre års garanti i alla ramavtal för bärbara datorer.");
        p.fill("#cf-fields [name='organisation.name']", "Göteborgs stad");
        p.fill("#cf-fields [name='organisation.country']", "Sverige");
        p.selectOption("#cf-fields select[name='organisation.type']", "municipality");
        p.selectOption("#cf-fields select[name='uses.id']", "sample-warranty");
        p.fill("#cf-fields [name='uses.note']", "Tre års garanti i ramavtalet för bärbara datorer: 2025.");
        p.fill("#cf-fields [name='sources.title']", "Upphandlingsstrategi 2025");
        p.fill("#cf-fields [name='sources.publisher']", "Göteborgs stad");
        p.fill("#cf-fields [name='body.heading_who']", "Göteborg är Sveriges näst största stad.");
        p.fill("#cf-fields [name='body.heading_approach']", "Staden använder [garantikriteriet](item:sample-warranty).");

        p.click("#cf-submit");
        assertEquals("cf-summary", p.evaluate("document.activeElement.id"), "the error summary does not take focus");
        Locator country = p.locator("#cf-fields [name='organisation.country']");
        assertEquals("true", country.getAttribute("aria-invalid"));
        String errorId = country.getAttribute("aria-describedby").replaceAll(".*?(\\S+-error).*", "$1");
        String inline = p.locator("#" + errorId).textContent();
        assertTrue(inline.contains("två versaler") && inline.contains("SE"), "the inline error gives no plain hint: " + inline);
        List<String> summary = p.locator("#cf-summary-list a").allTextContents();
        assertEquals(1, summary.size(), "only the country is wrong: " + summary);
        assertNoAxeViolations(p, "with an error shown");
        p.locator("#cf-summary-list a").first().click();
        assertEquals(country.getAttribute("id"), p.evaluate("document.activeElement.id"), "the summary link does not move focus to the field");
        country.fill("SE");
        assertEquals(null, country.getAttribute("aria-invalid"), "the error stays after the fix");

        p.click("#cf-submit");
        p.waitForSelector("#cf-result:not([hidden])");
        assertTrue(p.locator("#cf-path").textContent().contains("content/portraits/goteborgs-stad/sv.md"));
        String shown = p.inputValue("#cf-output");
        assertNoAxeViolations(p, "with the file shown");
        Download download = p.waitForDownload(() -> p.click("#cf-download"));
        assertEquals("sv.md", download.suggestedFilename());
        Path saved = tmp.resolve("sv.md");
        download.saveAs(saved);
        String file = Files.readString(saved);
        assertEquals(shown, file, "the download differs from the text shown");
        assertTrue(file.contains("country: SE") && file.contains("## Vilka de är") && file.contains("note: Första versionen."), file);

        assertAccepted(tmp, "content/portraits/goteborgs-stad/sv.md", file);
        Map<String, String> query = gitHubQuery(p.getAttribute("#cf-github", "href"));
        assertEquals("content/portraits/goteborgs-stad/sv.md", query.get("filename"));
        assertEquals(file, query.get("value"));
        assertEquals(List.of(), tab.misbehaviour(), "errors on the form page");
    }

    @Test
    void aTranslationOfAClauseIntoSwedishIsAcceptedByValidate(@TempDir Path tmp) throws Exception {
        Page p = open();
        p.check("#cf-kind-translation");
        p.selectOption("#cf-fields select[name='item']", "sample-clause");
        List<String> offered = p.locator("#cf-fields select[name='into'] option").all().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertFalse(offered.contains("en"), "the clause's own language is offered: " + offered);
        p.selectOption("#cf-fields select[name='into']", "sv");
        p.fill("#cf-fields [name='title']", "Exempelklausul");
        p.fill("#cf-fields [name='summary']", "TODO: skriv en sammanfattning.");
        p.fill("#cf-fields [name='tender_text']", "Leverantören ska redovisa sin leveranskedja.");
        p.fill("#cf-fields [name='body']", "# Varför\n\nText.");
        p.click("#cf-submit");
        List<String> summary = p.locator("#cf-summary-list a").allTextContents();
        assertEquals(2, summary.size(), "the placeholder and the level-one heading are not both refused: " + summary);
        p.fill("#cf-fields [name='summary']", "En klausul om insyn i leveranskedjan, på svenska.");
        p.fill("#cf-fields [name='body']", "## Varför\n\nText.");
        p.click("#cf-submit");
        p.waitForSelector("#cf-result:not([hidden])");
        String file = p.inputValue("#cf-output");
        assertTrue(file.startsWith("---\ntranslation_of: \"1.0\"\n"), file);
        assertAccepted(tmp, "content/clauses/sample-clause/sv.md", file);
        Map<String, String> query = gitHubQuery(p.getAttribute("#cf-github", "href"));
        assertEquals("content/clauses/sample-clause/sv.md", query.get("filename"));
        assertEquals(List.of(), tab.misbehaviour(), "errors on the form page");
    }

    private static void assertNoAxeViolations(Page p, String state) {
        List<String> violations = Axe.describe("contribution form " + state, Axe.run(p).violations());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private Page open() {
        tab.open("/sv/contribute/new/");
        Page p = tab.page();
        p.waitForSelector("#cf-form:not([hidden]) #cf-fields input");
        return p;
    }

    /** Writes {@code text} to {@code relPath} in a copy of the fixture and runs the checks of {@code validate}. */
    private void assertAccepted(Path tmp, String relPath, String text) throws Exception {
        Path copy = tmp.resolve("check");
        TestSites.copyTree(project, copy);
        Files.createDirectories(copy.resolve(relPath).getParent());
        Files.writeString(copy.resolve(relPath), text);
        try {
            SiteBuilder.check(copy, false, "check");
        } catch (ContentException e) {
            fail("validate refuses the form's file:\n" + e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"))
                    + "\n\n" + text);
        }
    }

    /** The query of the "Propose on GitHub" link, decoded, after checking it goes to the repository's new-file page. */
    private static Map<String, String> gitHubQuery(String href) {
        URI uri = URI.create(href);
        assertEquals("https", uri.getScheme());
        assertEquals("github.com", uri.getHost());
        assertEquals("/example-org/clausebook/new/main", uri.getPath());
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertEquals(List.of("filename", "value"), List.copyOf(out.keySet()));
        return out;
    }
}
