package org.clausebook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real static HTTP server for a built site, on 127.0.0.1 and a free port, answering as the host would: the
 * headers of {@code netlify.toml} (including its Content-Security-Policy) on every response, folders served by
 * their index.html, and the per-language 404 pages with status 404. Without a config it sends no headers at all,
 * so that a page's own markup has to be safe without the policy's help.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final NetlifyConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, byte[]> extraPages = new ConcurrentHashMap<>();

    private StaticServer(Path root, NetlifyConfig config) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} with the headers and 404 pages of the repository's netlify.toml. */
    public static StaticServer withNetlifyHeaders(Path root) {
        return start(root, NetlifyConfig.ofRepository());
    }

    /** Serves {@code root} with no security headers at all. */
    public static StaticServer bare(Path root) {
        return start(root, null);
    }

    private static StaticServer start(Path root, NetlifyConfig config) {
        try {
            return new StaticServer(root, config);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local server: " + e, e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return origin() + path;
    }

    /** Adds a page that is not part of the build, e.g. a probe that must trip the CSP. */
    public void addPage(String path, String html) {
        extraPages.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, path, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] extra = extraPages.get(path);
            if (extra != null) {
                send(exchange, path, 200, TYPES.get("html"), extra);
                return;
            }
            Optional<Path> file = resolve(path);
            if (file.isPresent() && Files.isDirectory(file.get())) {
                exchange.getResponseHeaders().add("Location", path + "/");
                send(exchange, path, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                send(exchange, path, 200, type(file.get()), Files.readAllBytes(file.get()));
                return;
            }
            send(exchange, path, 404, TYPES.get("html"), notFoundPage(path));
        }
    }

    private Optional<Path> resolve(String path) {
        if (!path.startsWith("/") || path.contains("\0")) {
            return Optional.empty();
        }
        Path p = root.resolve(path.substring(1)).normalize();
        if (!p.startsWith(root)) {
            return Optional.empty();
        }
        if (path.endsWith("/")) {
            p = p.resolve("index.html");
        }
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    private byte[] notFoundPage(String path) throws IOException {
        String target = "/404.html";
        if (config != null) {
            for (NetlifyConfig.Fallback f : config.notFound()) {
                if (f.matches(path)) {
                    target = f.to();
                    break;
                }
            }
        }
        Path file = root.resolve(target.substring(1));
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
    }

    private void send(HttpExchange exchange, String path, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (config != null) {
            config.headersFor(path).forEach(headers::add);
        }
        headers.set("Content-Type", type);
        if (!headers.containsKey("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
