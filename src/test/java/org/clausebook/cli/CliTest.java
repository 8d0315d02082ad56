package org.clausebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, output formats, scaffolding. */
class CliTest {

    @Test
    void buildSucceedsWithExitZeroAndASummaryLine(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        var run = Cli.run("build", "--source", Cli.path(project), "--out", Cli.path(tmp.resolve("out")));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("Built \\d+ pages in 3 languages .* in [0-9.]+ s into .*")), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("out/en/index.html")));
    }

    @Test
    void contentErrorsExitWithOneAndUsageErrorsWithTwo(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Files.writeString(project.resolve("content/clauses/sample-clause/en.md"), "---\ntitle: x\n---\n");
        var build = Cli.run("build", "--source", Cli.path(project));
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("content/clauses/sample-clause/en.md:2: "), build.err());
        assertEquals(2, Cli.run("build", "--no-such-option").exit());
        assertEquals(2, Cli.run("validate", "--source", Cli.path(project), "--format", "xml").exit());
    }

    @Test
    void aTemplateErrorExitsWithThreeAndNamesTheTemplateAndLine(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path template = project.resolve("templates/page.ftlh");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(template));
        int h1 = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("${page.title}")).findFirst().orElseThrow();
        lines.set(h1, lines.get(h1).replace("${page.title}", "${page.noSuchField}"));
        Files.write(template, lines);
        var missing = Cli.run("build", "--source", Cli.path(project), "--out", Cli.path(tmp.resolve("out")));
        assertEquals(3, missing.exit(), missing.err());
        String expected = "error: templates/page.ftlh:" + (h1 + 1) + ":";
        assertTrue(missing.err().lines().anyMatch(l -> l.startsWith(expected) && l.contains("page.noSuchField")
                && l.contains("while rendering /")), missing.err());
        assertTrue(!missing.err().contains("FTL stack trace") && !missing.err().contains("Tip:"), "one clear line, not Freemarker's: " + missing.err());

        lines.set(h1, lines.get(h1) + "<#if page.title>");
        Files.write(template, lines);
        var syntax = Cli.run("build", "--source", Cli.path(project), "--out", Cli.path(tmp.resolve("out")));
        assertEquals(3, syntax.exit(), syntax.err());
        assertTrue(syntax.err().lines().anyMatch(l -> l.startsWith("error: templates/page.ftlh:") && l.contains("syntax error")
                && !l.contains("Was expecting")), syntax.err());
    }

    @Test
    void validatePrintsJsonAndGithubAnnotations(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        TestSites.copyTree(TestSites.FIXTURES.resolve("invalid/dangling-related/overlay"), project);

        var json = Cli.run("validate", "--source", Cli.path(project), "--format", "json");
        assertEquals(1, json.exit());
        JsonNode all = new ObjectMapper().readTree(json.out());
        List<JsonNode> problems = new java.util.ArrayList<>();
        all.forEach(p -> {
            if (p.get("severity").asText().equals("error")) {
                problems.add(p);
            }
        });
        assertEquals(1, problems.size());
        assertEquals("content/practices/sample-practice/en.md", problems.get(0).get("file").asText());
        assertEquals(7, problems.get(0).get("line").asInt());
        assertEquals("related[1]", problems.get(0).get("field").asText());

        var github = Cli.run("validate", "--source", Cli.path(project), "--format", "github");
        assertTrue(github.out().startsWith("::error file=content/practices/sample-practice/en.md,line=7,title=related[1]::"), github.out());
    }

    @Test
    void anOutdatedTranslationIsAWarningAndAnErrorWithStrict(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        var plain = Cli.run("validate", "--source", Cli.path(project));
        assertEquals(0, plain.exit(), plain.out());
        assertTrue(plain.out().contains("warning: content/criteria/sample-warranty/de.md:2: translation_of: this translation follows "
                + "version 1.0; content/criteria/sample-warranty/en.md is at version 2.0."), plain.out());
        assertTrue(plain.out().contains("OK: 6 items in 3 languages, no problems, 1 warning(s) (--strict makes them errors)."), plain.out());
        var strict = Cli.run("validate", "--strict", "--source", Cli.path(project));
        assertEquals(1, strict.exit(), strict.out());
        assertTrue(strict.out().startsWith("content/criteria/sample-warranty/de.md:2: translation_of:"), strict.out());
        var github = Cli.run("validate", "--source", Cli.path(project), "--format", "github");
        assertTrue(github.out().startsWith("::warning file=content/criteria/sample-warranty/de.md,line=2,title=translation_of::"), github.out());
    }

    @Test
    void newScaffoldsADraftThatPassesValidate(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        for (String section : new String[] {"criteria", "clauses", "portraits", "practices", "initiatives", "pages"}) {
            var created = Cli.run("new", section, "new-" + section, "--source", Cli.path(project));
            assertEquals(0, created.exit(), created.err());
            assertTrue(Files.isRegularFile(project.resolve("content/" + section + "/new-" + section + "/en.md")));
        }
        var validate = Cli.run("validate", "--source", Cli.path(project));
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertEquals(2, Cli.run("new", "criteria", "new-criteria", "--source", Cli.path(project)).exit(), "an existing id is refused");
        assertEquals(2, Cli.run("new", "criteria", "../escape", "--source", Cli.path(project)).exit(), "a path is not an id");
    }

    @Test
    void newWithLangScaffoldsADraftTranslationOfAnExistingItem(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        var created = Cli.run("new", "clauses", "sample-clause", "--lang", "de", "--source", Cli.path(project));
        assertEquals(0, created.exit(), created.err());
        String text = Files.readString(project.resolve("content/clauses/sample-clause/de.md"));
        assertTrue(text.contains("\ntranslation_of: \"1.0\"\n"), text);
        assertTrue(text.contains("\nstatus: draft\n"), text);
        assertTrue(text.contains("\ntitle: Sample labour clause\n"), text);
        assertTrue(text.contains("The contractor shall respect the ILO fundamental conventions."), text);
        assertTrue(text.endsWith("## Notes\n\nA model text.\n"), text);
        assertTrue(!text.contains("\nstages:") && !text.contains("\nsources:"), "language-neutral fields stay in the source: " + text);

        var validate = Cli.run("validate", "--source", Cli.path(project));
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertTrue(org.clausebook.site.SiteBuilder.check(project, false, "check").model().item("sample-clause").orElseThrow()
                .in("de").isEmpty(), "a draft translation is not published");
        assertTrue(org.clausebook.site.SiteBuilder.check(project, true, "check").model().item("sample-clause").orElseThrow()
                .in("de").isPresent(), "--drafts shows it");

        var again = Cli.run("new", "clauses", "sample-clause", "--lang", "de", "--source", Cli.path(project));
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("content/clauses/sample-clause/de.md already exists"), again.err());
        var noLang = Cli.run("new", "clauses", "sample-clause", "--source", Cli.path(project));
        assertTrue(noLang.err().contains("--lang <language>"), noLang.err());
    }
}
