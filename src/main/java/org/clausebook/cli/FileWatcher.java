package org.clausebook.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches content/, templates/ and assets/ (recursively) and runs an action once per burst of changes. */
final class FileWatcher {
    private static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final long QUIET_MILLIS = 250;
    private final Path sourceDir;
    private final Runnable onChange;

    FileWatcher(Path sourceDir, Runnable onChange) {
        this.sourceDir = sourceDir;
        this.onChange = onChange;
    }

    void run() throws IOException, InterruptedException {
        while (true) {
            try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
                register(watcher);
                watcher.take();
                // Let an editor finish writing (and catch the rest of a burst) before rebuilding.
                while (watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
                    Thread.onSpinWait();
                }
            }
            onChange.run();
        }
    }

    private void register(WatchService watcher) throws IOException {
        for (String name : WATCHED) {
            Path dir = sourceDir.resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path d : walk.filter(Files::isDirectory).toList()) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }
}
