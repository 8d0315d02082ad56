package org.clausebook.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core, read from the test classpath (no npm), run inside a loaded page with only the WCAG 2.1 A and AA rules.
 * The script is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern,
 * so the page is checked exactly as it is served.
 */
public final class Axe {
    /** WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 asks of web pages. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One element that breaks one rule. */
    public record Node(String target, String html, String summary) {
    }

    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    /** @param passed ids of the rules that ran on the page and found nothing wrong */
    public record Result(String version, List<Violation> violations, List<String> passed, List<String> incomplete,
                         List<String> inapplicable) {
    }

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (pom.xml: com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the WCAG 2.1 A/AA rules on the whole document as it is now. */
    public static Result run(Page page) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        String json = (String) page.evaluate("async tags => JSON.stringify(await axe.run(document, "
                + "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}))", TAGS);
        try {
            JsonNode root = JSON.readTree(json);
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : root.path("violations")) {
                List<Node> nodes = new ArrayList<>();
                for (JsonNode n : v.path("nodes")) {
                    nodes.add(new Node(n.path("target").toString(), n.path("html").asText(), n.path("failureSummary").asText()));
                }
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        v.path("helpUrl").asText(), nodes));
            }
            return new Result(root.path("testEngine").path("version").asText(), violations, ids(root.path("passes")),
                    ids(root.path("incomplete")), ids(root.path("inapplicable")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.path("id").asText()));
        return out;
    }

    /** One line per failing element: rule, impact, page, selector, what to fix. */
    public static List<String> describe(String page, List<Violation> violations) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations) {
            for (Node n : v.nodes()) {
                out.add(v.rule() + " (" + v.impact() + ") on " + page + " at " + n.target() + ": " + v.help()
                        + " | " + n.summary().replace('\n', ' ') + " | " + abbreviate(n.html()));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
