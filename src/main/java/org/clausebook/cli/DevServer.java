package org.clausebook.cli;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small static server on localhost for {@code serve}. HTML responses get one script, {@code /__serve/serve.js},
 * that listens on {@code /__serve/events} (server-sent events): {@code reload} after a successful rebuild,
 * {@code problems} (JSON) when a rebuild failed, which the script shows over the page until the next build succeeds.
 * The script and its stylesheet are resources of this class, never files of the built site. Every response carries
 * the site's security headers (its Content-Security-Policy included), so what works here works when hosted. Only
 * files inside the output folder are served.
 */
final class DevServer implements AutoCloseable {
    static final String EVENTS_PATH = "/__serve/events";
    static final String SCRIPT_PATH = "/__serve/serve.js";
    static final String STYLE_PATH = "/__serve/serve.css";
    /** The policy of deploy/hosting.yaml, for projects that have none of their own. */
    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final byte[] SCRIPT = resource("serve.js");
    private static final byte[] STYLE = resource("serve.css");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"), Map.entry("pdf", "application/pdf"), Map.entry("gz", "application/gzip"),
            Map.entry("bin", "application/octet-stream"), Map.entry("ico", "image/x-icon"));

    private final List<HttpServer> servers;
    private final Path root;
    private final Map<String, String> headers;
    /** The path of base_url with a slash at each end: the site lives under it, as when hosted in a sub-folder. */
    private final String basePath;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The last failed build's report as an SSE {@code problems} event, or null while the last build succeeded. */
    private volatile byte[] problems;

    private DevServer(List<HttpServer> servers, Path root, Map<String, String> headers, String basePath) {
        this.servers = List.copyOf(servers);
        this.root = root;
        this.headers = Map.copyOf(headers);
        this.basePath = basePath;
    }

    static DevServer start(Path root, int port) throws IOException {
        return start(root, port, Map.of("Content-Security-Policy", DEFAULT_CSP));
    }

    /**
     * Listens on the port on both loopback addresses, 127.0.0.1 and ::1: the printed address is "localhost", which
     * browsers may resolve to either. Where IPv6 is not available, IPv4 alone is used.
     */
    static DevServer start(Path root, int port, Map<String, String> headers) throws IOException {
        return start(root, port, headers, "/");
    }

    /** @param basePath where the site lives, e.g. {@code /clausebook/} for a base_url in a sub-folder; {@code /} otherwise */
    static DevServer start(Path root, int port, Map<String, String> headers, String basePath) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
        }
        var executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "serve");
            t.setDaemon(true);
            return t;
        });
        List<HttpServer> servers = new java.util.ArrayList<>();
        HttpServer first = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port), 0);
        servers.add(first);
        try {
            InetAddress ipv6 = InetAddress.getByAddress("localhost", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
            servers.add(HttpServer.create(new InetSocketAddress(ipv6, first.getAddress().getPort()), 0));
        } catch (IOException e) {
            // No IPv6 loopback here (or the port is taken on it): IPv4 only.
        }
        DevServer dev = new DevServer(servers, root.toAbsolutePath().normalize(), headers, basePath);
        for (HttpServer http : servers) {
            http.createContext("/", dev::handle);
            http.setExecutor(executor);
            http.start();
        }
        return dev;
    }

    /** The loopback addresses listened on, e.g. [/127.0.0.1:8080, /[0:0:0:0:0:0:0:1]:8080]. */
    List<InetSocketAddress> addresses() {
        return servers.stream().map(HttpServer::getAddress).toList();
    }

    String url() {
        return "http://localhost:" + servers.get(0).getAddress().getPort() + basePath;
    }

    /** A build succeeded: open pages reload (which also clears a problem overlay). */
    void reload() {
        problems = null;
        broadcast("event: reload\ndata: \n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A build failed: open pages show the report over the previous build, and so does every page opened until a build succeeds. */
    void showProblems(BuildReport report) {
        byte[] event = ("event: problems\ndata: " + report.json() + "\n\n").getBytes(StandardCharsets.UTF_8);
        problems = event;
        broadcast(event);
    }

    private synchronized void broadcast(byte[] event) {
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (path.equals(EVENTS_PATH)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            synchronized (this) {
                byte[] pending = problems;
                if (pending != null) {
                    out.write(pending);
                }
                out.flush();
                listeners.add(out);
            }
            return;
        }
        if (path.equals(SCRIPT_PATH)) {
            send(ex, 200, "js", SCRIPT);
            return;
        }
        if (path.equals(STYLE_PATH)) {
            send(ex, 200, "css", STYLE);
            return;
        }
        if (!path.startsWith(basePath)) {
            // The site lives in a sub-folder (the path of base_url), as it will when hosted: its links all start there.
            if (path.equals("/")) {
                ex.getResponseHeaders().set("Location", basePath);
                ex.sendResponseHeaders(302, -1);
                ex.close();
            } else {
                send(ex, 404, "txt", ("not found: this site is served under " + basePath).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String inSite = path.substring(basePath.length() - 1); // from the site's root, starting with '/'
        Path file = root.resolve(inSite.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(ex, 404, "txt", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                ex.getResponseHeaders().set("Location", path + "/");
                ex.sendResponseHeaders(301, -1);
                ex.close();
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            status = 404;
            String[] parts = inSite.split("/");
            Path langNotFound = parts.length > 1 ? root.resolve(parts[1]).resolve("404.html") : root.resolve("404.html");
            file = Files.isRegularFile(langNotFound) ? langNotFound : root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                // Nothing built yet (the first build failed): a bare page, so the problem overlay has somewhere to show.
                send(ex, 404, "html", withScript(NOTHING_BUILT));
                return;
            }
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            body = withScript(new String(body, StandardCharsets.UTF_8));
        }
        send(ex, status, ext, body);
    }

    private static final String NOTHING_BUILT = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Not built yet</title></head>"
            + "<body><main><h1>Not built yet</h1><p>The site has not been built yet. This page reloads when a build succeeds.</p>"
            + "</main></body></html>";

    /** The page with the serve script before its closing body tag (the last one: earlier ones can only be in text). */
    static byte[] withScript(String html) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\"></script>";
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (var in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside DevServer");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String ext, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
