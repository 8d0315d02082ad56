package org.clausebook.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny static host for a built site on 127.0.0.1 and a random port, answering as the production host does:
 * the site's CSP (no inline script or style), immutable caching for /assets/ and /search/, revalidation (ETag)
 * for everything else, and optionally gzip for text types. Logs what it sends (path, bytes) for the benchmark.
 */
final class StaticSite implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "wasm", "application/wasm", "txt", "text/plain; charset=utf-8");

    /** One response: the path asked for and the body bytes sent. */
    record Sent(String path, long bytes) {
    }

    private final Path root;
    private final boolean gzip;
    private final String csp;
    private final java.util.Queue<Sent> sent = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final HttpServer server;

    StaticSite(Path root, boolean gzip) throws IOException {
        this(root, gzip, CSP);
    }

    /** @param csp the Content-Security-Policy to send (Pagefind, in the benchmark, needs 'wasm-unsafe-eval') */
    StaticSite(Path root, boolean gzip, String csp) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.gzip = gzip;
        this.csp = csp;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The responses since the last call, with their paths. */
    List<Sent> takeSent() {
        List<Sent> out = new ArrayList<>();
        for (Sent s = sent.poll(); s != null; s = sent.poll()) {
            out.add(s);
        }
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Security-Policy", csp);
            headers.set("X-Content-Type-Options", "nosniff");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, path, 404, "not found".getBytes(), "text/plain");
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            boolean immutable = path.startsWith("/assets/") || path.startsWith("/search/");
            headers.set("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
            CRC32 crc = new CRC32();
            crc.update(body);
            String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + body.length + "\"";
            headers.set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (gzip && !type.equals("application/octet-stream") && accept != null && accept.contains("gzip")) {
                headers.set("Content-Encoding", "gzip");
                headers.set("Vary", "Accept-Encoding");
                body = compress(body);
            }
            send(exchange, path, 200, body, type);
        }
    }

    private void send(HttpExchange exchange, String path, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        sent.add(new Sent(path, body.length));
    }

    private static byte[] compress(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
