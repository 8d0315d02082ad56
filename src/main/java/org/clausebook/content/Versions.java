package org.clausebook.content;

import java.util.Comparator;

/** Item versions are {@code MAJOR.MINOR}; they sort numerically, so 1.10 comes after 1.9. */
public final class Versions {
    public static final Comparator<String> ORDER = Comparator.comparingInt((String v) -> part(v, 0))
            .thenComparingInt(v -> part(v, 1));

    private Versions() {
    }

    private static int part(String version, int index) {
        String[] parts = version.split("\\.");
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
