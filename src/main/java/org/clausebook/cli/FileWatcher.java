package org.clausebook.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches content/, templates/ and assets/ (recursively) and runs an action once per burst of changes.
 *
 * <p>One watch service stays open for the whole session, so a file saved while the action (a rebuild) runs is
 * queued, not lost: the next wait returns at once and the action runs again and sees it. Folders created later are
 * watched from then on.
 */
final class FileWatcher {
    private static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final long QUIET_MILLIS = 40;
    private final Path sourceDir;
    private final Runnable onChange;

    FileWatcher(Path sourceDir, Runnable onChange) {
        this.sourceDir = sourceDir;
        this.onChange = onChange;
    }

    /** Runs until interrupted. */
    void run() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String name : WATCHED) {
                register(watcher, sourceDir.resolve(name));
            }
            while (true) {
                drain(watcher, watcher.take());
                // Let an editor finish writing (and catch the rest of a burst) before rebuilding; short, since it
                // adds to every edit's wait. A write that lands after it simply causes one more (incremental) rebuild.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(watcher, more);
                }
                onChange.run();
            }
        }
    }

    /** Takes a key's events, watches any folder they created, and re-arms the key. */
    private static void drain(WatchService watcher, WatchKey key) throws IOException {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                register(watcher, dir.resolve(name));
            }
        }
        key.reset();
    }

    private static void register(WatchService watcher, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
