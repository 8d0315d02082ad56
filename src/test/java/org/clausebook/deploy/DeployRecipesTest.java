package org.clausebook.deploy;

import org.clausebook.browser.NetlifyConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The deploy recipes are generated from deploy/hosting.yaml: the committed files must be exactly what the generator
 * gives (run with -Ddeploy.update=true to rewrite them), and read back, every recipe must send the same headers with
 * the same values for the same paths, redirect / by language and serve each language's 404 page.
 */
class DeployRecipesTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final List<String> PATHS = List.of("/", "/index.html", "/en/", "/nl/criteria/extended-warranty/", "/404.html",
            "/assets/v-0123456789/site.css", "/search/en/0123456789/0.json", "/search.json",
            "/schema/front-matter.schema.json", "/api/v1/en/items.json", "/api/v1/en/criteria.csv", "/api/translations.json");

    @Test
    void theCommittedRecipesAreWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("deploy.update")) {
            List<String> changed = DeployRecipes.write(REPO);
            System.out.println("[deploy] rewrote " + (changed.isEmpty() ? "nothing (all up to date)" : changed));
            return;
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : DeployRecipes.render(REPO).entrySet()) {
            Path file = REPO.resolve(e.getKey());
            String committed = Files.exists(file) ? Files.readString(file) : null;
            if (!e.getValue().equals(committed)) {
                stale.add(e.getKey() + (committed == null ? " (missing)" : " (first difference at line " + firstDifference(committed, e.getValue()) + ")"));
            }
        }
        if (!stale.isEmpty()) {
            fail("These files differ from what deploy/hosting.yaml gives: " + stale + ". Edit deploy/hosting.yaml (or the build "
                    + "section at the top of netlify.toml), never the generated part, then regenerate them with:\n  " + DeployRecipes.REGENERATE);
        }
    }

    @Test
    void everyRecipeSendsTheSameHeadersForEveryPath() throws IOException {
        HostingRules rules = HostingRules.read(REPO);
        NetlifyConfig netlify = NetlifyConfig.read(REPO.resolve("netlify.toml"));
        Nginx nginx = Nginx.parse(Files.readString(REPO.resolve("deploy/nginx.conf")));
        Apache apache = Apache.parse(Files.readString(REPO.resolve("deploy/apache.htaccess")));
        for (String path : PATHS) {
            Map<String, String> expected = rules.headersFor(path);
            Map<String, String> fromNetlify = new LinkedHashMap<>(netlify.headersFor(path));
            fromNetlify.putIfAbsent("Cache-Control", rules.revalidate()); // Netlify's own default
            assertEquals(expected, fromNetlify, "netlify.toml, " + path);
            assertEquals(expected, nginx.headersFor(rules.at(path)), "deploy/nginx.conf, " + path); // under base_url's path
            assertEquals(expected, apache.headersFor(rules.at(path)), "deploy/apache.htaccess, " + path);
        }
        String csp = rules.headersFor("/").get("Content-Security-Policy");
        assertEquals(csp, netlify.contentSecurityPolicy(), "the browser tests read this policy from netlify.toml");
        for (String notes : List.of("deploy/github-pages.yml", "deploy/gitlab-pages.md")) {
            String text = Files.readString(REPO.resolve(notes));
            rules.headersFor("/").forEach((k, v) -> assertTrue(text.contains(k + ": " + v), notes + " must list the header it cannot send: " + k));
        }
    }

    @Test
    void everyRecipeRedirectsTheRootAndServesEachLanguagesNotFoundPage() throws IOException {
        HostingRules rules = HostingRules.read(REPO);
        NetlifyConfig netlify = NetlifyConfig.read(REPO.resolve("netlify.toml"));
        String netlifyText = Files.readString(REPO.resolve("netlify.toml"));
        String nginx = Files.readString(REPO.resolve("deploy/nginx.conf"));
        String apache = Files.readString(REPO.resolve("deploy/apache.htaccess"));
        assertEquals(rules.languages().size(), netlify.notFound().size(), "netlify.toml: one 404 rule per language");
        for (String lang : rules.languages()) {
            assertTrue(netlify.notFound().contains(new NetlifyConfig.Fallback("/" + lang + "/*", "/" + lang + "/404.html")), "netlify.toml 404 " + lang);
            assertTrue(netlifyText.contains("to = \"/" + lang + "/\"\n  status = 302\n  force = true\n  conditions = {Language = [\"" + lang + "\"]}"), "netlify.toml redirect " + lang);
            String at = rules.at("/" + lang + "/"); // nginx and Apache put every path under base_url's path
            assertTrue(nginx.contains("location " + at + " {") && nginx.contains("error_page 404 " + at + "404.html;"), "nginx 404 " + lang);
            assertTrue(nginx.contains("~* \"^\\s*" + lang + "\\b\") {\n        return 302 " + at + ";"), "nginx redirect " + lang);
            assertTrue(apache.contains("m#^" + at + "#\">\n    ErrorDocument 404 " + at + "404.html"), "apache 404 " + lang);
            assertTrue(apache.contains("^\\s*" + lang + "\\b [NC]\nRewriteRule ^$ " + at + " [R=302,L]"), "apache redirect " + lang);
        }
        String fallback = rules.defaultLanguage();
        assertTrue(netlifyText.contains("from = \"/\"\n  to = \"/" + fallback + "/\"\n  status = 302\n  force = true\n\n")
                || netlifyText.contains("from = \"/\"\n  to = \"/" + fallback + "/\"\n  status = 302\n  force = true\n#"), "netlify.toml default redirect");
        assertTrue(nginx.contains("    return 302 " + rules.at("/" + fallback + "/") + ";\n}"), "nginx default redirect");
        assertTrue(apache.contains("RewriteRule ^$ " + rules.at("/" + fallback + "/") + " [R=302,L]\n<If"), "apache default redirect");
    }

    @Test
    void theNetlifyBuildSectionIsKept() throws IOException {
        String text = Files.readString(REPO.resolve("netlify.toml"));
        assertTrue(text.startsWith("#") && text.contains("[build]\n  command = \"bash netlify/build.sh\"\n  publish = \"public\""), "netlify.toml lost its build section");
        assertTrue(text.indexOf("[build]") < text.indexOf(DeployRecipes.NETLIFY_MARKER));
    }

    private static int firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }

    /** The add_header lines of each location of deploy/nginx.conf; a path gets its longest matching location's. */
    record Nginx(Map<String, Map<String, String>> locations) {
        private static final Pattern LOCATION = Pattern.compile("(?m)^location (= )?(\\S+) \\{\\n(.*?)^\\}", Pattern.DOTALL);
        private static final Pattern ADD = Pattern.compile("(?m)^\\s*add_header (\\S+) \"((?:[^\"\\\\]|\\\\.)*)\" always;");

        static Nginx parse(String text) {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            Matcher m = LOCATION.matcher(text);
            while (m.find()) {
                Map<String, String> headers = new LinkedHashMap<>();
                Matcher a = ADD.matcher(m.group(3));
                while (a.find()) {
                    if (!a.group(1).equals("Vary")) {
                        headers.put(a.group(1), a.group(2).replace("\\\"", "\""));
                    }
                }
                out.put((m.group(1) == null ? "" : "=") + m.group(2), headers);
            }
            return new Nginx(out);
        }

        Map<String, String> headersFor(String path) {
            if (locations.containsKey("=" + path)) {
                return locations.get("=" + path);
            }
            String best = null;
            for (String prefix : locations.keySet()) {
                if (!prefix.startsWith("=") && path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            return best == null ? Map.of() : locations.get(best);
        }
    }

    /** The Header lines of deploy/apache.htaccess: the top-level ones, then those of each matching {@code <If>}. */
    record Apache(Map<String, String> global, Map<String, Map<String, String>> byPrefix) {
        private static final Pattern IF = Pattern.compile("(?m)^<If \"%\\{REQUEST_URI\\} =~ m#\\^(\\S+)#\">\\n(.*?)^</If>", Pattern.DOTALL);
        private static final Pattern SET = Pattern.compile("(?m)^\\s*Header always set (\\S+) \"((?:[^\"\\\\]|\\\\.)*)\"");

        static Apache parse(String text) {
            Map<String, Map<String, String>> byPrefix = new LinkedHashMap<>();
            Matcher m = IF.matcher(text);
            while (m.find()) {
                byPrefix.put(m.group(1), sets(m.group(2)));
            }
            String outside = IF.matcher(text).replaceAll("");
            return new Apache(sets(outside), byPrefix);
        }

        private static Map<String, String> sets(String text) {
            Map<String, String> out = new LinkedHashMap<>();
            Matcher s = SET.matcher(text);
            while (s.find()) {
                out.put(s.group(1), s.group(2).replace("\\\"", "\""));
            }
            return out;
        }

        Map<String, String> headersFor(String path) {
            Map<String, String> out = new LinkedHashMap<>(global);
            byPrefix.forEach((prefix, headers) -> {
                if (path.startsWith(prefix)) {
                    out.putAll(headers);
                }
            });
            return out;
        }
    }
}
