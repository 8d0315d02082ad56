package org.clausebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve never loses an edit: a file saved while a rebuild runs leads to another rebuild that sees it. */
class FileWatcherTest {

    @Test
    void anEditSavedDuringARebuildTriggersAnotherRebuildThatSeesIt(@TempDir Path project) throws Exception {
        Path file = project.resolve("content/pages/about/en.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "first");
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch twoBuilds = new CountDownLatch(2);
        Runnable rebuild = () -> {
            seen.add(read(file));
            if (seen.size() == 1) {
                // The contributor saves again while this rebuild is still running.
                write(file, "second");
                sleep(600);
            }
            twoBuilds.countDown();
        };
        Thread watching = new Thread(() -> {
            try {
                new FileWatcher(project, rebuild).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "watcher");
        watching.setDaemon(true);
        watching.start();
        try {
            sleep(500); // let the watcher register
            Files.writeString(file, "edited");
            assertTrue(twoBuilds.await(20, TimeUnit.SECONDS), "a second rebuild ran; saw " + seen);
            assertEquals("edited", seen.get(0));
            assertEquals("second", seen.get(1), "the second rebuild sees the edit made during the first");
        } finally {
            watching.interrupt();
            watching.join(5000);
        }
    }

    @Test
    void aFolderCreatedWhileServingIsWatched(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        CountDownLatch built = new CountDownLatch(2);
        Thread watching = new Thread(() -> {
            try {
                new FileWatcher(project, built::countDown).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "watcher");
        watching.setDaemon(true);
        watching.start();
        try {
            sleep(500);
            Path item = project.resolve("content/criteria/new-item");
            Files.createDirectories(item);
            sleep(1000); // the first rebuild (for the new folders) runs
            Files.writeString(item.resolve("en.md"), "text");
            assertTrue(built.await(20, TimeUnit.SECONDS), "a file in a new folder triggers a rebuild");
        } finally {
            watching.interrupt();
            watching.join(5000);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
