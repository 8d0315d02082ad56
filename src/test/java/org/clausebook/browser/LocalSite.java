package org.clausebook.browser;

/**
 * The repository's site, built once ({@link BuiltSite#get()}) and served once per JVM by a {@link StaticServer}
 * that sends the headers of netlify.toml, Content-Security-Policy included.
 */
public final class LocalSite {
    private static StaticServer server;

    private LocalSite() {
    }

    public static BuiltSite site() {
        return BuiltSite.get();
    }

    public static synchronized StaticServer server() {
        if (server == null) {
            server = StaticServer.withNetlifyHeaders(site().root());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
