package org.clausebook.site;

import org.clausebook.config.SiteConfig;
import org.clausebook.render.UrlScheme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code sitemap.xml} with an hreflang alternate per language for every page, and {@code robots.txt}. */
final class Sitemap {
    private Sitemap() {
    }

    static String sitemap(List<String> pageUrls, SiteConfig config, UrlScheme urls) {
        Map<String, String> rests = new TreeMap<>();
        for (String url : pageUrls) {
            for (String lang : config.languages()) {
                String home = urls.home(lang);
                if (url.startsWith(home) && url.endsWith("/")) {
                    rests.put(url.substring(home.length()), "");
                }
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String rest : rests.keySet()) {
            for (String lang : config.languages()) {
                xml.append("  <url>\n    <loc>").append(Xml.escape(urls.absolute(urls.home(lang) + rest))).append("</loc>\n");
                for (String alt : config.languages()) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alt).append("\" href=\"")
                            .append(Xml.escape(urls.absolute(urls.home(alt) + rest))).append("\"/>\n");
                }
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .append(Xml.escape(urls.absolute(urls.home(config.defaultLanguage()) + rest))).append("\"/>\n");
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    static String robots(UrlScheme urls) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.root() + "sitemap.xml") + "\n";
    }
}
