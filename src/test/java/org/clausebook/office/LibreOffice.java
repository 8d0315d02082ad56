package org.clausebook.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * LibreOffice ({@code soffice --headless}) and poppler's {@code pdftotext}, to read office files the way a buyer's
 * word processor does. When either is missing the tests fail with the install command; they never skip. Exclude
 * them with {@code -DexcludedTestGroups=office}.
 */
final class LibreOffice {
    static final String INSTALL = "apt-get install -y libreoffice-writer-nogui poppler-utils";

    private LibreOffice() {
    }

    static void requireInstalled() {
        for (String tool : List.of("soffice", "pdftotext")) {
            if (which(tool) == null) {
                fail("The office tests need LibreOffice and pdftotext; '" + tool + "' is missing. Install them: "
                        + INSTALL + " (.ci/run does this), or leave these tests out with -DexcludedTestGroups=office.");
            }
        }
    }

    /** Converts every file to PDF in one soffice run with a fresh profile; returns the PDFs, in the same order. */
    static List<Path> toPdf(List<Path> files, Path workDir) throws IOException, InterruptedException {
        requireInstalled();
        Path out = Files.createDirectories(workDir.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + workDir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(workDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("soffice took more than 10 minutes");
        }
        assertEquals(0, p.exitValue(), () -> "soffice failed: " + read(workDir.resolve("soffice.log")));
        List<Path> pdfs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                fail("soffice made no PDF of " + name + ": " + read(workDir.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }

    /** The text of a PDF, whitespace collapsed to single spaces and ligatures unfolded (NFKC). */
    static String text(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        return normalise(text);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /**
     * Text to compare: without spaces and hyphens, because pdftotext joins a word broken at a hyphen at the end of
     * a line and drops the hyphen ("Hardware-as-a-|Service" comes out "Hardware-as-aService").
     */
    static String squash(String text) {
        return normalise(text).replaceAll("[\\s\\-\u00ad]", "");
    }

    private static String which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return dir;
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
