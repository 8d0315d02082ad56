package org.clausebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve answers on "localhost" whichever loopback address the browser resolves it to. */
class DevServerTest {

    @Test
    void servesOnIpv4LoopbackAndOnIpv6LoopbackWhereAvailable(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("index.html"), "<html><body>hello</body></html>");
        try (DevServer server = DevServer.start(out, 0)) {
            int port = server.addresses().get(0).getPort();
            HttpClient client = HttpClient.newHttpClient();
            var v4 = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, v4.statusCode());
            assertTrue(v4.body().contains("hello"), v4.body());
            if (ipv6LoopbackWorks()) {
                assertEquals(2, server.addresses().size(), "this machine has ::1, so serve listens there too: " + server.addresses());
                assertTrue(server.addresses().get(1).getAddress() instanceof Inet6Address);
                var v6 = client.send(HttpRequest.newBuilder(URI.create("http://[::1]:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, v6.statusCode());
                assertTrue(v6.body().contains("hello"), v6.body());
            }
        }
    }

    @Test
    void aSiteWhoseBaseUrlHasAPathIsServedUnderThatPath(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("en"));
        Files.writeString(out.resolve("en/index.html"), "<html><body>english</body></html>");
        Files.writeString(out.resolve("en/404.html"), "<html><body>english 404</body></html>");
        try (DevServer server = DevServer.start(out, 0, java.util.Map.of(), "/some/sub/path/")) {
            String base = "http://127.0.0.1:" + server.addresses().get(0).getPort();
            assertTrue(server.url().endsWith("/some/sub/path/"), server.url());
            HttpClient client = HttpClient.newHttpClient();
            var page = client.send(HttpRequest.newBuilder(URI.create(base + "/some/sub/path/en/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("english"), page.body());
            var missing = client.send(HttpRequest.newBuilder(URI.create(base + "/some/sub/path/en/nothing/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("english 404"), "the language's own 404 page under the path: " + missing.body());
            var outside = client.send(HttpRequest.newBuilder(URI.create(base + "/en/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, outside.statusCode(), "outside the path nothing is served, as when hosted");
            var root = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, root.statusCode());
            assertEquals("/some/sub/path/", root.headers().firstValue("Location").orElseThrow());
            var script = client.send(HttpRequest.newBuilder(URI.create(base + DevServer.SCRIPT_PATH)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, script.statusCode(), "serve's own script stays at the root");
        }
    }

    @Test
    void pagesGetTheServeScriptUnderTheSitePolicyAndAFailedBuildIsSentToEveryPageOpenedLater(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("index.html"), "<html><body><p>&lt;/body&gt;</p></body></html>");
        try (DevServer server = DevServer.start(out, 0)) {
            String base = "http://127.0.0.1:" + server.addresses().get(0).getPort();
            HttpClient client = HttpClient.newHttpClient();
            var page = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("<html><body><p>&lt;/body&gt;</p><script src=\"/__serve/serve.js\"></script></body></html>", page.body());
            assertEquals(DevServer.DEFAULT_CSP, page.headers().firstValue("Content-Security-Policy").orElseThrow());
            var script = client.send(HttpRequest.newBuilder(URI.create(base + DevServer.SCRIPT_PATH)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, script.statusCode());
            assertTrue(script.body().contains("textContent") && !script.body().contains("innerHTML"), "problem text is never parsed as HTML");
            var style = client.send(HttpRequest.newBuilder(URI.create(base + DevServer.STYLE_PATH)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("text/css; charset=utf-8", style.headers().firstValue("Content-Type").orElseThrow());

            server.showProblems(BuildReport.of(new org.clausebook.diagnostics.ContentException(org.clausebook.diagnostics.Problem.of(
                    "content/clauses/x/en.md", 7, "ambition", "'<img src=x onerror=alert(1)>' is not allowed\nhere", "use core."))));
            var events = client.send(HttpRequest.newBuilder(URI.create(base + DevServer.EVENTS_PATH)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            String[] first = events.body().limit(2).toArray(String[]::new);
            assertEquals("event: problems", first[0]);
            assertTrue(first[1].startsWith("data: {\"title\":\"The build failed: 1 problem in the content\""), first[1]);
            assertTrue(first[1].contains("\"file\":\"content/clauses/x/en.md\"") && first[1].contains("\"line\":7")
                    && first[1].contains("\\nhere"), "one data line, the line break escaped: " + first[1]);
        }
    }

    @Test
    void aTemplateErrorIsReportedWithItsTemplateAndLine() throws Exception {
        var cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_34);
        var template = new freemarker.template.Template("item.ftlh", "<p>\n${missing.value}</p>", cfg);
        try {
            template.process(java.util.Map.of(), new java.io.StringWriter());
        } catch (freemarker.template.TemplateException e) {
            BuildReport report = BuildReport.of(new IllegalStateException("template item.ftlh failed", e));
            assertEquals("templates/item.ftlh", report.problems().get(0).file());
            assertEquals(2, report.problems().get(0).line());
            assertTrue(report.problems().get(0).message().contains("missing"), report.problems().get(0).message());
            return;
        }
        throw new AssertionError("the template should have failed");
    }

    private static boolean ipv6LoopbackWorks() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("::1", 0));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
