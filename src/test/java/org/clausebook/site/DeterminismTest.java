package org.clausebook.site;

import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same input builds byte-identical output, whatever the time zone or locale of the machine. */
class DeterminismTest {

    @Test
    void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        var first = Cli.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=UTF-8"), "build", "--source", Cli.path(project), "--out", Cli.path(a));
        var second = Cli.run(List.of("-Duser.timezone=America/Adak", "-Duser.language=ar", "-Duser.country=SA"),
                "build", "--source", Cli.path(project), "--out", Cli.path(b));
        assertEquals(0, first.exit(), first.err());
        assertEquals(0, second.exit(), second.err());

        SortedMap<String, byte[]> left = TestSites.readTree(a);
        SortedMap<String, byte[]> right = TestSites.readTree(b);
        assertEquals(left.keySet(), right.keySet());
        assertTrue(left.size() > 50);
        for (String file : left.keySet()) {
            assertTrue(Arrays.equals(left.get(file), right.get(file)), file + " differs between the two builds");
        }
    }
}
