package org.clausebook.deploy;

import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Serves the built fixture site with nginx and deploy/nginx.conf, on a free port of 127.0.0.1, and checks what a
 * browser gets: the headers of deploy/hosting.yaml, the language redirect of /, the 404 page of each language and
 * the media types of the open data. Skipped, saying so, where nginx is not installed (apt-get install nginx-light).
 */
@Tag("nginx")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxRecipeTest {
    static final Path NGINX = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);

    private Path tmp;
    private Process nginx;
    private int port;
    private Path site;
    private HostingRules rules;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void serve(@TempDir Path dir) throws Exception {
        tmp = dir;
        assumeTrue(NGINX != null, "nginx is not installed, so deploy/nginx.conf is not served in a test: apt-get install nginx-light");
        rules = HostingRules.read(TestSites.REPO);
        Path project = TestSites.project("basic", tmp);
        site = tmp.resolve("public");
        var build = Cli.run("build", "--source", Cli.path(project), "--out", Cli.path(site));
        assertEquals(0, build.exit(), build.err());
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = NginxConf.write(tmp, port, site, TestSites.REPO.resolve("deploy/nginx.conf"));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", tmp.toString(), "-e", tmp.resolve("logs/error.log").toString(),
                        "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("nginx did not start: " + Files.readString(tmp.resolve("logs/stdout.log"))
                            + Files.readString(tmp.resolve("logs/error.log")));
                }
                Thread.sleep(100);
            }
        }
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

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertHeaders(String path, HttpResponse<String> response) {
        for (Map.Entry<String, String> e : rules.headersFor(path).entrySet()) {
            assertEquals(e.getValue(), response.headers().firstValue(e.getKey()).orElse(null), path + ": " + e.getKey());
        }
    }

    @Test
    void pagesGetTheSecurityHeadersAndAreRevalidated() throws Exception {
        var page = get("/en/", null);
        assertEquals(200, page.statusCode());
        assertHeaders("/en/", page);
        assertEquals(rules.revalidate(), page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void assetsAndSearchFilesAreImmutable() throws Exception {
        for (String folder : List.of("assets", "search")) {
            Path file;
            try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
                file = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            String path = "/" + site.relativize(file).toString().replace('\\', '/');
            var response = get(path, null);
            assertEquals(200, response.statusCode(), path);
            assertHeaders(path, response);
            assertTrue(response.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"), path);
        }
    }

    @Test
    void theRootRedirectsByLanguageAndElseToTheDefault() throws Exception {
        var dutch = get("/", "nl-BE,nl;q=0.9,en;q=0.5");
        assertEquals(302, dutch.statusCode());
        assertEquals("/nl/", dutch.headers().firstValue("Location").orElseThrow());
        assertTrue(dutch.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertHeaders("/", dutch);
        var german = get("/", "de");
        assertEquals("/de/", german.headers().firstValue("Location").orElseThrow());
        var unknown = get("/", "pt-BR,pt;q=0.9");
        assertEquals("/" + rules.defaultLanguage() + "/", unknown.headers().firstValue("Location").orElseThrow());
        var none = get("/", null);
        assertEquals(302, none.statusCode());
        assertEquals("/" + rules.defaultLanguage() + "/", none.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPageOfItsLanguage() throws Exception {
        for (String lang : List.of("nl", "de", "en")) {
            var response = get("/" + lang + "/no-such-page/", null);
            assertEquals(404, response.statusCode(), lang);
            assertEquals(Files.readString(site.resolve(lang + "/404.html")), response.body(), lang + "/404.html");
            assertHeaders("/" + lang + "/no-such-page/", response);
        }
        var elsewhere = get("/no-such-folder/x", null);
        assertEquals(404, elsewhere.statusCode());
        assertEquals(Files.readString(site.resolve("404.html")), elsewhere.body());
    }

    @Test
    void theOpenDataIsServedWithItsMediaTypesAndCors() throws Exception {
        for (String ext : rules.mediaTypes().types().keySet()) {
            Path file;
            try (Stream<Path> walk = Files.walk(site.resolve("api"))) {
                file = walk.filter(p -> p.toString().endsWith("." + ext)).findFirst().orElse(null);
            }
            if (file == null) {
                continue;
            }
            String path = "/" + site.relativize(file).toString().replace('\\', '/');
            var response = get(path, null);
            assertEquals(200, response.statusCode(), path);
            assertHeaders(path, response);
            assertEquals(rules.mediaTypes().types().get(ext) + "; charset=" + rules.mediaTypes().charset(),
                    response.headers().firstValue("Content-Type").orElseThrow(), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(), path);
        }
        var schema = get("/schema/front-matter.schema.json", null);
        if (schema.statusCode() == 200) {
            assertEquals("*", schema.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        }
    }
}
