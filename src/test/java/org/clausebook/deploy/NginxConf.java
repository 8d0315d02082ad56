package org.clausebook.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The main configuration of a test nginx: one unprivileged server on loopback that includes a generated recipe. */
final class NginxConf {
    private NginxConf() {
    }

    /**
     * Writes {@code dir/nginx.conf} (with its logs folder): nginx listens on 127.0.0.1:{@code port}, serves
     * {@code root} and includes {@code recipe}, with every temporary and pid file inside {@code dir}.
     */
    static Path write(Path dir, int port, Path root, Path recipe) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, (asRoot ? "user root;\n" : "") + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                        include %4$s;
                    }
                }
                """.formatted(dir, port, root, recipe));
        return conf;
    }
}
