package org.clausebook.deploy;

import org.clausebook.browser.StaticServer;
import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fixture site built at the root of its domain and in a sub-folder (base_url with a path), then served and
 * crawled over HTTP by {@link SiteCrawler}: every internal link, asset, search index file, feed entry and download
 * must answer 200 and none may leave the base path. Served twice: by the tests' own static server (always), and by
 * nginx with the configuration {@link DeployRecipes} generates for that base_url (skipped, saying so, where nginx is
 * not installed), which also redirects the base path by language and sends each language's 404 page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubPathHostingTest {
    /** Not example.org: the fixture's sources link there, and those links are another site's. */
    private static final String HOST = "https://clausebook.test";
    private static final List<String> ENTRIES = List.of("", "index.html", "404.html", "sitemap.xml", "robots.txt",
            "search.json", "api/v1/index.json", "api/translations.json");

    private Path tmp;
    private final Map<String, Path> builds = new HashMap<>();
    private final Map<String, HostingRules> rules = new HashMap<>();
    private Process nginx;

    /** One folder for the whole class (a @TempDir field would be a new one for each test, losing the builds). */
    @BeforeAll
    void folder(@TempDir Path dir) {
        tmp = dir;
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    /** The fixture site built with base_url at {@code basePath}, into {@code <www>/<basePath>}; returns {@code <www>}. */
    private synchronized Path build(String basePath) throws Exception {
        if (builds.containsKey(basePath)) {
            return builds.get(basePath);
        }
        Path dir = tmp.resolve("b" + builds.size());
        Path project = TestSites.project("basic", dir);
        Path siteYaml = project.resolve("content/site.yaml");
        String yaml = Files.readString(siteYaml);
        String edited = yaml.replaceFirst("(?m)^base_url: .*$", "base_url: " + HOST + basePath.replaceAll("/$", ""));
        assertTrue(!edited.equals(yaml) || basePath.equals("/"), "the fixture's site.yaml has no base_url line");
        Files.writeString(siteYaml, edited);
        TestSites.copyTree(TestSites.REPO.resolve("deploy"), project.resolve("deploy"));
        Path www = dir.resolve("www");
        Path out = www.resolve(basePath.substring(1));
        var run = Cli.run("build", "--source", Cli.path(project), "--out", Cli.path(out));
        assertEquals(0, run.exit(), run.err());
        builds.put(basePath, www);
        rules.put(basePath, HostingRules.read(project));
        assertEquals(basePath, rules.get(basePath).basePath());
        return www;
    }

    private static void assertClean(String server, String basePath, SiteCrawler.Result result) {
        System.out.printf("[hosting] %s at %s: %d addresses fetched, %d links checked, %d problems%n",
                server, basePath, result.fetched(), result.links(), result.problems().size());
        assertTrue(result.problems().isEmpty(), result.problems().size() + " problem(s) with the site at " + basePath
                + " served by " + server + ":\n" + String.join("\n", result.problems()));
        assertTrue(result.fetched() > 100, "suspiciously few addresses crawled: " + result.fetched());
    }

    @ParameterizedTest(name = "base path {0}")
    @ValueSource(strings = {"/", "/some/sub/path/"})
    void everyInternalLinkResolvesThroughTheStaticServer(String basePath) throws Exception {
        Path www = build(basePath);
        try (StaticServer server = StaticServer.bare(www)) {
            var crawler = new SiteCrawler(server.origin(), basePath, HOST + basePath);
            assertClean("the static server", basePath, crawler.crawl(ENTRIES));
        }
    }

    @Test
    void theBasePathComesFromBaseUrlAndTheApacheRecipeFollowsItToo() {
        assertEquals("/", HostingRules.basePath("https://example.org"));
        assertEquals("/clausebook/", HostingRules.basePath("https://example.org/clausebook/"));
        assertThrows(IllegalArgumentException.class, () -> HostingRules.basePath("https://example.org/a b"));
        HostingRules root = HostingRules.read(TestSites.REPO);
        HostingRules sub = new HostingRules(root.headers(), root.revalidate(), root.mediaTypes(), root.languageRedirect(),
                root.notFoundPerLanguage(), root.languages(), "/some/sub/path/");
        assertTrue(DeployRecipes.nginx(sub).contains("\n#\n# base_url in content/site.yaml has the path /some/sub/path/, so every"
                + " location below is under it"), DeployRecipes.nginx(sub));
        assertTrue(DeployRecipes.nginx(sub).contains("/srv/www/some/sub/path/).\n#\n# nginx sends"), DeployRecipes.nginx(sub));
        String apache = DeployRecipes.apache(sub);
        for (String line : List.of("ErrorDocument 404 /some/sub/path/404.html", "RewriteRule ^$ /some/sub/path/en/ [R=302,L]",
                "<If \"%{REQUEST_URI} =~ m#^/some/sub/path/assets/#\">", "    ErrorDocument 404 /some/sub/path/nl/404.html",
                "<If \"%{REQUEST_URI} == '/some/sub/path/'\">")) {
            assertTrue(apache.lines().anyMatch(line::equals), "deploy/apache.htaccess for /some/sub/path/ lacks: " + line + "\n" + apache);
        }
        assertTrue(apache.lines().noneMatch(l -> l.matches(".*[ ^]/(en|nl|404\\.html|assets)\\b.*")), apache);
    }

    @Test
    void theCrawlCatchesEscapesAndBrokenLinks(@TempDir Path www) throws Exception {
        Path page = www.resolve("some/sub/path/en/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!doctype html><title>t</title><main id=main><a href=\"/en/\">root</a>"
                + "<a href=\"" + HOST + "/nl/\">host</a><a href=\"../missing/\">gone</a><a href=\"#nowhere\">anchor</a>"
                + "<a href=\"#main\">ok</a><img src=\"./\" alt=\"\"></main>");
        try (StaticServer server = StaticServer.bare(www)) {
            List<String> problems = new SiteCrawler(server.origin(), "/some/sub/path/", HOST + "/some/sub/path/")
                    .crawl(List.of("en/")).problems();
            assertEquals(4, problems.size(), String.join("\n", problems));
            assertTrue(problems.get(0).contains("outside the base path"), problems.get(0));
            assertTrue(problems.get(1).contains("outside base_url"), problems.get(1));
            assertTrue(problems.get(2).contains("answers 404"), problems.get(2));
            assertTrue(problems.get(3).contains("#nowhere"), problems.get(3));
        }
    }

    @Tag("nginx")
    @ParameterizedTest(name = "base path {0}")
    @ValueSource(strings = {"/", "/some/sub/path/"})
    void everyInternalLinkResolvesThroughTheGeneratedNginxConfiguration(String basePath) throws Exception {
        assumeTrue(NginxRecipeTest.NGINX != null, "nginx is not installed, so the site is not served with the generated "
                + "nginx configuration (the static server's crawl still ran): apt-get install nginx-light");
        Path www = build(basePath);
        HostingRules hosting = rules.get(basePath);
        String origin = startNginx(www, DeployRecipes.nginx(hosting), basePath);
        var crawler = new SiteCrawler(origin, basePath, HOST + basePath);
        assertClean("nginx", basePath, crawler.crawl(ENTRIES));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var dutch = http.send(HttpRequest.newBuilder(URI.create(origin + basePath)).header("Accept-Language", "nl-BE,nl;q=0.9")
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, dutch.statusCode(), "the language redirect of " + basePath);
        assertEquals(basePath + "nl/", dutch.headers().firstValue("Location").orElseThrow());
        for (String missing : List.of("en/no/such/page/", "nl/no-such-page", "no-such-folder/x")) {
            String path = basePath + missing;
            var response = http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path);
            String lang = missing.startsWith("en/") ? "en/" : missing.startsWith("nl/") ? "nl/" : "";
            assertEquals(Files.readString(www.resolve(basePath.substring(1) + lang + "404.html")), response.body(),
                    path + " must get the 404 page of " + (lang.isEmpty() ? "the root" : lang));
            crawler.checkPage(path, response.body()); // its links must work from the deep address too
        }
        assertTrue(crawler.crawl(List.of()).problems().isEmpty(), "the 404 pages' links at a deep address:\n"
                + String.join("\n", crawler.problems()));
        if (!basePath.equals("/")) {
            var outside = http.send(HttpRequest.newBuilder(URI.create(origin + "/en/")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(404, outside.statusCode(), "nothing of the site is served outside " + basePath);
        }
    }

    /** Starts nginx (stopping one started before) on a free port with {@code www} as its root; returns its origin. */
    private String startNginx(Path www, String recipe, String basePath) throws Exception {
        stop();
        Path dir = Files.createTempDirectory(tmp, "nginx");
        Files.writeString(dir.resolve("clausebook.conf"), recipe);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = NginxConf.write(dir, port, www, dir.resolve("clausebook.conf"));
        nginx = new ProcessBuilder(NginxRecipeTest.NGINX.toString(), "-p", dir.toString(), "-e", dir.resolve("logs/error.log").toString(),
                "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return "http://127.0.0.1:" + port;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("nginx did not start for " + basePath + ": " + Files.readString(dir.resolve("logs/stdout.log"))
                            + Files.readString(dir.resolve("logs/error.log")));
                }
                Thread.sleep(100);
            }
        }
    }
}
