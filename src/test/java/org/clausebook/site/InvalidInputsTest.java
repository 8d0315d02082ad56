package org.clausebook.site;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each folder under src/test/resources/sites/invalid lays an {@code overlay/} over the basic fixture and names,
 * in {@code expected.txt}, exactly the problems the build must report. The build must write nothing: the previous
 * output stays as it was. {@code -Dgolden.update=true} rewrites expected.txt (review the diff).
 */
class InvalidInputsTest {
    static final Path CASES = TestSites.FIXTURES.resolve("invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedExactlyAndNothingIsWritten(String name, @TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        TestSites.copyTree(CASES.resolve(name).resolve("overlay"), project);
        Path out = tmp.resolve("public");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "previous build");

        ContentException build = assertThrows(ContentException.class,
                () -> SiteBuilder.build(new BuildOptions(project, out, false), line -> { }));
        String actual = format(build.problems());

        Path expectedFile = CASES.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
        assertEquals(List.of("previous.html"), TestSites.readTree(out).keySet().stream().toList(),
                "the previous output must stay untouched");

        ContentException validate = assertThrows(ContentException.class, () -> SiteBuilder.check(project, true, "check"));
        assertEquals(actual, format(validate.problems()), "validate reports what build reports");
    }

    private static String format(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.format()).append('\n'));
        return out.toString();
    }
}
