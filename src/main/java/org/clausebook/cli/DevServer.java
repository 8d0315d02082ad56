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
 * A small static server on localhost for {@code serve}. HTML responses get a tiny script that listens on
 * {@code /__reload} (server-sent events) and reloads the page after a rebuild. Only files inside the output
 * folder are served.
 */
final class DevServer implements AutoCloseable {
    private static final String RELOAD_PATH = "/__reload";
    private static final String RELOAD_SCRIPT_PATH = "/__reload.js";
    private static final String RELOAD_SCRIPT = "new EventSource('" + RELOAD_PATH + "').onmessage = () => location.reload();\n";
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
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    private DevServer(List<HttpServer> servers, Path root) {
        this.servers = List.copyOf(servers);
        this.root = root;
    }

    /**
     * Listens on the port on both loopback addresses, 127.0.0.1 and ::1: the printed address is "localhost", which
     * browsers may resolve to either. Where IPv6 is not available, IPv4 alone is used.
     */
    static DevServer start(Path root, int port) throws IOException {
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
        DevServer dev = new DevServer(servers, root);
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
        return "http://localhost:" + servers.get(0).getAddress().getPort() + "/";
    }

    void reload() {
        for (OutputStream out : listeners) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
        if (path.equals(RELOAD_PATH)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            listeners.add(ex.getResponseBody());
            return;
        }
        if (path.equals(RELOAD_SCRIPT_PATH)) {
            send(ex, 200, "js", RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
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
            String[] parts = path.split("/");
            Path langNotFound = parts.length > 1 ? root.resolve(parts[1]).resolve("404.html") : root.resolve("404.html");
            file = Files.isRegularFile(langNotFound) ? langNotFound : root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(ex, 404, "txt", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8)
                    .replace("</body>", "<script src=\"" + RELOAD_SCRIPT_PATH + "\"></script></body>");
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, ext, body);
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
