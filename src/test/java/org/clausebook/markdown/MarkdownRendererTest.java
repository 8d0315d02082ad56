package org.clausebook.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What contributed Markdown becomes, and what it is not allowed to do. */
class MarkdownRendererTest {
    private final MarkdownRenderer md = new MarkdownRenderer();
    private final LinkTarget target = new LinkTarget() {
        @Override
        public Optional<String> item(String id) {
            return id.equals("known") ? Optional.of("/nl/criteria/known/") : Optional.empty();
        }

        @Override
        public Optional<String> attachment(String name) {
            return name.equals("annex.pdf") ? Optional.of("/files/criteria/x/annex.pdf") : Optional.empty();
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[a](item:known)|<p><a href=\"/nl/criteria/known/\">a</a></p>",
            "[a](item:known#why)|<p><a href=\"/nl/criteria/known/#why\">a</a></p>",
            "[annex](annex.pdf)|<p><a href=\"/files/criteria/x/annex.pdf\">annex</a></p>",
            "at least [3] years|<p>at least [3] years</p>",
            "<b>bold</b>|<p>&lt;b&gt;bold&lt;/b&gt;</p>",
            "[x](data:text/html;base64,PHNjcmlwdD4=)|<p><a href=\"#\">x</a></p>",
            "[x](JAVASCRIPT:void)|<p><a href=\"#\">x</a></p>",
            "![x](https://tracker.example/p.png)|<p><img src=\"#\" alt=\"x\" /></p>",
            "a < b & c|<p>a &lt; b &amp; c</p>",
    })
    void rendersSafely(String markdown, String html) {
        assertEquals(html, md.render(markdown, target).strip());
    }

    @Test
    void tablesNeedThreeDashesPerColumn() {
        String html = md.render("| a | b |\n|---|---|\n| 1 | 2 |\n", target);
        assertTrue(html.contains("<table"), html);
    }

    @Test
    void checkListsEveryProblemWithItsLine() {
        String text = "fine\n\n<div>raw</div>\n\n[a](item:missing) [b](vbscript:x) [c](other.pdf)\n";
        List<MarkdownProblem> problems = md.check(text, 10, target);
        assertEquals(List.of(12, 14, 14, 14), problems.stream().map(MarkdownProblem::line).toList());
        assertTrue(problems.get(0).message().startsWith("raw HTML is not allowed"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("'missing'"), problems.get(1).message());
    }

    @Test
    void deeplyNestedListsAreRefusedNotCrashed() {
        String nested = "- ".repeat(2_000) + "x\n";
        List<MarkdownProblem> problems = md.check(nested, 1, target);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("nested"), problems.get(0).message());
    }
}
