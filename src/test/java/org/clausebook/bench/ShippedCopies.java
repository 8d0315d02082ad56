package org.clausebook.bench;

import org.clausebook.testing.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a project whose content is the shipped items copied {@code copies} times: copy 1 keeps the ids, copy
 * <i>k</i> appends {@code -copy<k>} to each item folder (its links and related items still point at the
 * originals). The plain pages ({@code content/pages}) are written once.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/clausebook.jar org.clausebook.bench.ShippedCopies REPO DIR COPIES}
 */
public final class ShippedCopies {
    private ShippedCopies() {
    }

    public static void main(String[] args) throws IOException {
        Path repo = Paths.get(args[0]).toAbsolutePath();
        Path dir = Paths.get(args[1]).toAbsolutePath();
        int copies = Integer.parseInt(args[2]);
        TestSites.copyProjectFrame(dir);
        Path content = repo.resolve("content");
        List<Path> sections;
        try (Stream<Path> s = Files.list(content)) {
            sections = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("schema")).sorted().toList();
        }
        for (Path section : sections) {
            String name = section.getFileName().toString();
            if (name.equals("pages")) {
                TestSites.copyTree(section, dir.resolve("content").resolve(name));
                continue;
            }
            List<Path> items;
            try (Stream<Path> s = Files.list(section)) {
                items = s.filter(Files::isDirectory).sorted().toList();
            }
            for (Path item : items) {
                for (int k = 1; k <= copies; k++) {
                    String id = item.getFileName() + (k == 1 ? "" : "-copy" + k);
                    TestSites.copyTree(item, dir.resolve("content").resolve(name).resolve(id));
                }
            }
        }
        try (Stream<Path> s = Files.walk(dir.resolve("content"))) {
            System.out.println("Wrote " + s.filter(p -> p.toString().endsWith(".md")).count() + " content files to " + dir);
        }
    }
}
