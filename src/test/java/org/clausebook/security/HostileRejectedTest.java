package org.clausebook.security;

import org.clausebook.diagnostics.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each folder of src/test/resources/hostile with an {@code expected.txt} is a malicious contribution that
 * {@code validate} must reject: added to a valid fixture site, it yields exactly the problems listed there, no more
 * and no fewer, each with its file, line, field and a message that says what is wrong.
 *
 * <p>expected.txt has one problem a line, {@code file:line: field: message}, where {@code field} is {@code -} for
 * none and {@code message} is a substring of the reported message. Lines starting with {@code #} are comments.
 */
class HostileRejectedTest {
    @org.junit.jupiter.api.AfterAll
    static void report() {
        HostileCases.print("hostile contributions rejected by validate");
    }

    private static final Pattern LINE = Pattern.compile("^(?<file>[^:]+):(?<line>\\d+): (?<field>\\S+): (?<message>.+)$");

    record Expected(String file, int line, String field, String message) {
        boolean matches(Problem p) {
            return p.file().equals(file) && p.line() == line && p.field().equals(field.equals("-") ? "" : field)
                    && p.message().contains(message);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + field + ": " + message;
        }
    }

    static Stream<String> cases() throws IOException {
        return HostileCases.withFile("expected.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRejectsTheContribution(String name, @TempDir Path dir) throws IOException {
        Path caseDir = FixtureProject.HOSTILE.resolve(name);
        List<Problem> problems = FixtureProject.create(dir).overlay(caseDir).validate();
        List<String> actual = problems.stream().map(HostileRejectedTest::format).toList();
        List<Expected> expected = read(caseDir.resolve("expected.txt"));

        List<String> missing = new ArrayList<>();
        List<Problem> unmatched = new ArrayList<>(problems);
        for (Expected e : expected) {
            Problem hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                missing.add(e.toString());
            } else {
                unmatched.remove(hit);
            }
        }
        String report = "\nreported by validate:\n" + String.join("\n", actual);
        assertTrue(missing.isEmpty(), name + ": expected problems not reported:\n" + String.join("\n", missing) + report);
        assertTrue(unmatched.isEmpty(), name + ": problems not in expected.txt:\n"
                + String.join("\n", unmatched.stream().map(HostileRejectedTest::format).toList()) + report);
        for (Problem p : problems) {
            if (p.message().isBlank()) {
                fail(name + ": a problem without a message: " + format(p));
            }
        }
        HostileCases.record(name, expected.size(), "rejected by validate (" + expected.size() + " problems)");
    }

    static String format(Problem p) {
        return p.file() + ":" + p.line() + ": " + (p.field().isEmpty() ? "-" : p.field()) + ": " + p.message()
                + (p.hint().isEmpty() ? "" : " [Fix: " + p.hint() + "]");
    }

    static List<Expected> read(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ": not 'file:line: field: message': " + line);
            }
            out.add(new Expected(m.group("file"), Integer.parseInt(m.group("line")), m.group("field"), m.group("message")));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no problem");
        }
        return out;
    }
}
