package org.clausebook.render;

/** Where the text of a licence named by its SPDX id can be read. */
public final class Licences {
    private Licences() {
    }

    public static String url(String spdx) {
        return switch (spdx) {
            case "CC-BY-4.0" -> "https://creativecommons.org/licenses/by/4.0/";
            case "CC0-1.0" -> "https://creativecommons.org/publicdomain/zero/1.0/";
            case "Apache-2.0" -> "https://www.apache.org/licenses/LICENSE-2.0";
            default -> "https://spdx.org/licenses/" + spdx + ".html";
        };
    }
}
