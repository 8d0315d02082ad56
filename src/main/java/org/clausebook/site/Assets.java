package org.clausebook.site;

import org.clausebook.util.ContentHash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under {@code assets/}, published under {@code /assets/v-<hash>/}: the folder name changes whenever
 * any asset changes, so hosts can cache assets forever and relative imports between scripts keep working.
 *
 * @param dir   versioned folder name
 * @param files asset bytes by path relative to {@code assets/}
 */
public record Assets(String dir, SortedMap<String, byte[]> files) {

    public static Assets read(Path assetsDir) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(assetsDir)) {
            try (Stream<Path> walk = Files.walk(assetsDir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(assetsDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        byte[] searchBundle = org.clausebook.search.ScriptBundle.of(files);
        if (searchBundle != null) {
            files.put(org.clausebook.search.ScriptBundle.BUNDLE, searchBundle);
        }
        return new Assets("v-" + ContentHash.of(files), files);
    }

    void addTo(OutputSet output) {
        files.forEach((name, bytes) -> output.put("assets/" + dir + "/" + name, bytes));
    }
}
