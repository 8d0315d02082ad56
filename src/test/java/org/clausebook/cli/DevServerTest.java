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

    private static boolean ipv6LoopbackWorks() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("::1", 0));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
