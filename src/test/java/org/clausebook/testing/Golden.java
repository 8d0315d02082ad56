package org.clausebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files: whole rendered pages under src/test/resources/golden. Run with {@code -Dgolden.update=true} to
 * rewrite them after an intended change, then review the diff in git. The versioned asset folder
 * ({@code /assets/v-<hash>/}) is replaced by {@code /assets/v-HASH/}, so a change to CSS or JavaScript does not
 * touch every golden page.
 */
public final class Golden {
    private static final Path DIR = TestSites.REPO.resolve("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String page) {
        String actual = page.replaceAll("/assets/v-[0-9a-f]{10}/", "/assets/v-HASH/");
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden file " + DIR.relativize(file) + "; run the tests with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "page differs from golden file " + DIR.relativize(file) + " (-Dgolden.update=true rewrites it)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
