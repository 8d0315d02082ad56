package org.clausebook.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The GitHub repository a site's contributions go to ({@code repository:} in {@code content/site.yaml}).
 *
 * @param owner  the user or organisation
 * @param name   the repository
 * @param branch the branch pull requests are opened against
 */
public record Repository(String owner, String name, String branch) {

    public String url() {
        return "https://github.com/" + owner + "/" + name;
    }

    /** GitHub's "new file" page on the branch; {@code ?filename=…&value=…} prefill it (forking for people without write access). */
    public String newFileUrl() {
        return url() + "/new/" + branch;
    }

    /** A file of the repository as GitHub shows it, e.g. {@code CONTRIBUTING.md}. */
    public String fileUrl(String path) {
        return url() + "/blob/" + URLEncoder.encode(branch, StandardCharsets.UTF_8).replace("%2F", "/") + "/" + path;
    }
}
