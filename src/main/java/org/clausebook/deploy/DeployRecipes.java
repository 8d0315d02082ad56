package org.clausebook.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the hosting rules of {@link HostingRules} for each host: Netlify ({@code netlify.toml}, whose hand-written
 * build section above the marker line is kept), nginx, Apache, GitHub Pages and GitLab Pages (the last two cannot
 * set headers, so their files say what is lost). Pure functions of the rules: no clock, no environment.
 * {@code DeployRecipesTest} compares the committed files with these and rewrites them with {@code -Ddeploy.update=true}.
 */
public final class DeployRecipes {
    public static final String REGENERATE = "./mvnw -B -q verify -DexcludedTestGroups=browser -Dtest=DeployRecipesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Ddeploy.update=true";
    /** The line in netlify.toml below which everything is generated. */
    public static final String NETLIFY_MARKER = "# ---- Generated from deploy/hosting.yaml: edit that file, not the lines below. ----";

    private DeployRecipes() {
    }

    /** Every generated file, by path relative to the repository, for the project in {@code repo}. */
    public static Map<String, String> render(Path repo) {
        HostingRules rules = HostingRules.read(repo);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("netlify.toml", netlify(rules, netlifyBuildSection(repo)));
        out.put("deploy/nginx.conf", nginx(rules));
        out.put("deploy/apache.htaccess", apache(rules));
        out.put("deploy/github-pages.yml", githubPages(rules));
        out.put("deploy/gitlab-pages.md", gitlabPages(rules));
        return out;
    }

    static String netlifyBuildSection(Path repo) {
        try {
            String text = Files.readString(repo.resolve("netlify.toml"));
            int marker = text.indexOf(NETLIFY_MARKER);
            if (marker < 0) {
                throw new IllegalStateException("netlify.toml has no line '" + NETLIFY_MARKER + "' after its build section");
            }
            return text.substring(0, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String comment, String generatedFrom) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.strip().split("\n")) {
            b.append(generatedFrom).append(line.isEmpty() ? "" : " " + line).append('\n');
        }
        return b.toString().replace(generatedFrom + "\n", generatedFrom.strip() + "\n");
    }

    private static String generatedNotice(String commentPrefix, String intro) {
        return header("Generated from deploy/hosting.yaml by org.clausebook.deploy.DeployRecipes: edit that file, then run\n  "
                + REGENERATE + "\n" + intro, commentPrefix);
    }

    private static String wrapComment(String prefix, String text) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > 112 && line.length() > prefix.length()) {
                out.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            line.append(' ').append(word);
        }
        return out.append(line).append('\n').toString();
    }

    // ---- Netlify ------------------------------------------------------------------------------------------------

    static String netlify(HostingRules rules, String buildSection) {
        StringBuilder b = new StringBuilder(buildSection).append(NETLIFY_MARKER).append('\n');
        b.append("# Regenerate: ").append(REGENERATE).append('\n');
        b.append("# Pages keep Netlify's default Cache-Control (").append(rules.revalidate()).append("). Netlify joins the values of\n")
                .append("# a header set by two matching rules, so Cache-Control is set only on the paths below, never on \"/*\".\n")
                .append("# Netlify sends the media types of /api/ (.json, .csv) by itself.\n");
        for (HostingRules.HeaderRule rule : rules.headers()) {
            b.append('\n').append(wrapComment("#", rule.comment()));
            b.append("[[headers]]\n  for = \"").append(rule.path()).append("\"\n  [headers.values]\n");
            rule.values().forEach((k, v) -> b.append("    ").append(k).append(" = ").append(tomlString(v)).append('\n'));
        }
        if (rules.languageRedirect()) {
            b.append("\n# / sends visitors to their browser's language, and everyone else to ").append(rules.defaultLanguage())
                    .append(". force = true: / has a file (index.html),\n# which would otherwise shadow the rule.\n");
            for (String lang : rules.languages()) {
                b.append("[[redirects]]\n  from = \"/\"\n  to = \"/").append(lang).append("/\"\n  status = 302\n  force = true\n")
                        .append("  conditions = {Language = [\"").append(lang).append("\"]}\n\n");
            }
            b.append("[[redirects]]\n  from = \"/\"\n  to = \"/").append(rules.defaultLanguage()).append("/\"\n  status = 302\n  force = true\n");
        }
        if (rules.notFoundPerLanguage()) {
            b.append("\n# Unknown addresses get the 404 page of their language (the root 404.html covers the rest).\n");
            for (String lang : rules.languages()) {
                b.append("[[redirects]]\n  from = \"/").append(lang).append("/*\"\n  to = \"/").append(lang)
                        .append("/404.html\"\n  status = 404\n\n");
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String tomlString(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- nginx --------------------------------------------------------------------------------------------------

    static String nginx(HostingRules rules) {
        StringBuilder b = new StringBuilder();
        b.append(generatedNotice("#", """
                nginx: the hosting rules of the built site. Include this file inside the server block that serves public/:

                  server {
                      listen 443 ssl;
                      server_name clausebook.example.org;
                      root /srv/clausebook/public;
                      include /srv/clausebook/deploy/nginx.conf;
                  }
                """ + subFolderNote(rules, """

                base_url in content/site.yaml has the path %1$s, so every location below is under it: give the server
                a root whose folder %1$s holds the content of public/ (e.g. root /srv/www; with public/ copied to
                /srv/www%1$s).
                """) + """

                nginx sends a location's add_header lines only, never those of the server, so every location repeats
                every header."""));
        b.append("\nabsolute_redirect off;\nerror_page 404 ").append(rules.at("/404.html")).append(";\n");
        for (String prefix : rules.prefixes()) {
            b.append("\nlocation ").append(rules.at(prefix)).append(" {\n");
            nginxHeaders(b, rules.headersFor(prefix));
            if (rules.mediaTypes() != null && prefix.equals(rules.mediaTypes().prefix())) {
                b.append("    types {\n");
                rules.mediaTypes().types().forEach((ext, type) -> b.append("        ").append(type).append(' ').append(ext).append(";\n"));
                b.append("    }\n    charset ").append(rules.mediaTypes().charset()).append(";\n    charset_types");
                rules.mediaTypes().types().values().forEach(t -> b.append(' ').append(t));
                b.append(";\n");
            }
            b.append("}\n");
        }
        if (rules.notFoundPerLanguage()) {
            for (String lang : rules.languages()) {
                b.append("\nlocation ").append(rules.at("/" + lang + "/")).append(" {\n");
                nginxHeaders(b, rules.headersFor("/" + lang + "/"));
                b.append("    error_page 404 ").append(rules.at("/" + lang + "/404.html")).append(";\n}\n");
            }
        }
        if (rules.languageRedirect()) {
            b.append("\n# ").append(rules.basePath()).append(" sends visitors to the first language their browser asks for, else to ")
                    .append(rules.defaultLanguage()).append(".\n");
            b.append("location = ").append(rules.basePath()).append(" {\n");
            nginxHeaders(b, rules.headersFor("/"));
            b.append("    add_header Vary \"Accept-Language\" always;\n");
            for (String lang : rules.languages()) {
                b.append("    if ($http_accept_language ~* \"^\\s*").append(lang).append("\\b\") {\n        return 302 ")
                        .append(rules.at("/" + lang + "/")).append(";\n    }\n");
            }
            b.append("    return 302 ").append(rules.at("/" + rules.defaultLanguage() + "/")).append(";\n}\n");
        }
        return b.toString();
    }

    /** {@code note} (formatted with the base path) when the site lives in a sub-folder, else nothing. */
    private static String subFolderNote(HostingRules rules, String note) {
        return rules.basePath().equals("/") ? "" : note.formatted(rules.basePath());
    }

    private static void nginxHeaders(StringBuilder b, Map<String, String> headers) {
        headers.forEach((k, v) -> b.append("    add_header ").append(k).append(" \"").append(v.replace("\"", "\\\"")).append("\" always;\n"));
    }

    // ---- Apache -------------------------------------------------------------------------------------------------

    static String apache(HostingRules rules) {
        StringBuilder b = new StringBuilder();
        b.append(generatedNotice("#", """
                Apache httpd 2.4: the hosting rules of the built site. Copy this file to public/.htaccess (or into the
                <Directory> of public/ in the server configuration). It needs mod_headers, mod_rewrite and mod_mime,
                and AllowOverride FileInfo Indexes for .htaccess.""" + subFolderNote(rules, """

                base_url in content/site.yaml has the path %1$s, so the addresses below are under it: public/ must be
                served at %1$s.""")));
        b.append('\n');
        apacheHeaders(b, "", rules.headersFor("/"));
        for (String prefix : rules.prefixes()) {
            if (prefix.equals("/")) {
                continue;
            }
            Map<String, String> own = new LinkedHashMap<>(rules.headersFor(prefix));
            rules.headersFor("/").forEach((k, v) -> own.remove(k, v));
            if (!own.isEmpty()) {
                b.append("<If \"%{REQUEST_URI} =~ m#^").append(rules.at(prefix)).append("#\">\n");
                apacheHeaders(b, "    ", own);
                b.append("</If>\n");
            }
        }
        if (rules.mediaTypes() != null) {
            b.append('\n');
            rules.mediaTypes().types().forEach((ext, type) -> b.append("AddType ").append(type).append(" .").append(ext).append('\n'));
            b.append("AddCharset ").append(rules.mediaTypes().charset());
            rules.mediaTypes().types().keySet().forEach(ext -> b.append(" .").append(ext));
            b.append('\n');
        }
        b.append("\nErrorDocument 404 ").append(rules.at("/404.html")).append('\n');
        if (rules.notFoundPerLanguage()) {
            for (String lang : rules.languages()) {
                b.append("<If \"%{REQUEST_URI} =~ m#^").append(rules.at("/" + lang + "/")).append("#\">\n    ErrorDocument 404 ")
                        .append(rules.at("/" + lang + "/404.html")).append("\n</If>\n");
            }
        }
        if (rules.languageRedirect()) {
            b.append("\n# / sends visitors to the first language their browser asks for, else to ").append(rules.defaultLanguage()).append(".\n");
            b.append("RewriteEngine On\n");
            for (String lang : rules.languages()) {
                b.append("RewriteCond %{HTTP:Accept-Language} ^\\s*").append(lang).append("\\b [NC]\nRewriteRule ^$ ")
                        .append(rules.at("/" + lang + "/")).append(" [R=302,L]\n");
            }
            b.append("RewriteRule ^$ ").append(rules.at("/" + rules.defaultLanguage() + "/")).append(" [R=302,L]\n");
            b.append("<If \"%{REQUEST_URI} == '").append(rules.basePath()).append("'\">\n    Header always append Vary \"Accept-Language\"\n</If>\n");
        }
        return b.toString();
    }

    private static void apacheHeaders(StringBuilder b, String indent, Map<String, String> headers) {
        headers.forEach((k, v) -> b.append(indent).append("Header always set ").append(k).append(" \"")
                .append(v.replace("\"", "\\\"")).append("\"\n"));
    }

    // ---- GitHub Pages and GitLab Pages ---------------------------------------------------------------------------

    private static String lost(HostingRules rules, String prefix) {
        StringBuilder b = new StringBuilder();
        for (String path : rules.prefixes()) {
            rules.headersFor(path).forEach((k, v) -> {
                if (path.equals("/") || !rules.headersFor("/").containsKey(k) || !rules.headersFor("/").get(k).equals(v)) {
                    b.append(prefix).append(path).append("*  ").append(k).append(": ").append(v).append('\n');
                }
            });
        }
        return b.toString();
    }

    static String githubPages(HostingRules rules) {
        return generatedNotice("#", """
                GitHub Pages: copy this file to .github/workflows/github-pages.yml, then in the repository's
                Settings → Pages choose "Source: GitHub Actions". It builds the site and deploys public/ on every push
                to main. If the site is not at the root of its domain (https://<owner>.github.io/<repo>/), put that
                address in base_url in content/site.yaml.

                GitHub Pages lets a site set no headers and no redirects: it sends neither the Content-Security-Policy
                nor the other headers below, serves / as the plain list of languages (no language redirect), and
                answers every unknown address with the root /404.html. For those, put a CDN that can set headers in
                front of it, or use another host. The headers it cannot send:
                """).replaceAll("\n$", "\n") + lost(rules, "#   ") + """

                name: Deploy to GitHub Pages

                on:
                  push:
                    branches: [main]
                  workflow_dispatch:

                permissions:
                  contents: read
                  pages: write
                  id-token: write

                concurrency:
                  group: pages
                  cancel-in-progress: false

                jobs:
                  build:
                    runs-on: ubuntu-24.04
                    steps:
                      - uses: actions/checkout@v4.2.2
                      - uses: actions/setup-java@v4.7.1
                        with:
                          distribution: temurin
                          java-version: "17"
                          cache: maven
                      - run: ./mvnw -B -q -DskipTests package
                      - run: ./clausebook validate
                      - run: ./clausebook build --out public
                      - uses: actions/configure-pages@v5.0.0
                      - uses: actions/upload-pages-artifact@v3.0.1
                        with:
                          path: public/

                  deploy:
                    needs: build
                    runs-on: ubuntu-24.04
                    environment:
                      name: github-pages
                      url: ${{ steps.deployment.outputs.page_url }}
                    steps:
                      - id: deployment
                        uses: actions/deploy-pages@v4.0.5
                """;
    }

    static String gitlabPages(HostingRules rules) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from deploy/hosting.yaml by org.clausebook.deploy.DeployRecipes: edit that file, then run\n     ")
                .append(REGENERATE).append(" -->\n\n");
        b.append("""
                # GitLab Pages

                The job `pages` of [`.gitlab-ci.yml`](../.gitlab-ci.yml) publishes the site on every commit to the default
                branch: the job `site` builds it into `public/`, which GitLab Pages serves. Nothing else to set up: in the
                project's **Deploy → Pages** you find its address. If that address has a path
                (`https://<group>.gitlab.io/<project>/`), put it in `base_url` in `content/site.yaml`.

                What GitLab Pages does not do that the other hosts do:

                - **Headers.** A project cannot set response headers on GitLab.com; on a self-managed GitLab an
                  administrator can add headers for every Pages site (`gitlab_pages['headers']` in `gitlab.rb`). Ask for
                  these:

                ```
                """);
        b.append(lost(rules, ""));
        b.append("""
                ```

                - **Language redirect.** `/` shows the plain list of languages (the site's `index.html`). GitLab Pages
                  reads a `_redirects` file in `public/` but has no condition on the browser's language.
                - **404 per language.** GitLab Pages looks for a `404.html` in the folder of the missing address before
                  the one at the root (GitLab's documentation: "Custom error codes pages"), so an address directly under
                  `/<lang>/` may get that language's page and deeper ones the root `/404.html`. Check it on your instance.
                - **Media types.** `.json` and `.csv` get GitLab's standard types.

                For the full rules, serve `public/` with nginx (`deploy/nginx.conf`), Apache (`deploy/apache.htaccess`) or
                Netlify (`netlify.toml`).
                """);
        return b.toString();
    }

    /** Writes every recipe into {@code repo}; returns the paths that changed. */
    public static List<String> write(Path repo) {
        Map<String, String> files = render(repo);
        return files.entrySet().stream().filter(e -> {
            Path p = repo.resolve(e.getKey());
            try {
                if (Files.exists(p) && Files.readString(p).equals(e.getValue())) {
                    return false;
                }
                Files.createDirectories(p.getParent() == null ? repo : p.getParent());
                Files.writeString(p, e.getValue());
                return true;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }).map(Map.Entry::getKey).toList();
    }
}
