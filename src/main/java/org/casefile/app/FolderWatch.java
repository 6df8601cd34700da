package org.casefile.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches one case folder (and the folders inside it) for files a person puts there with their file manager, and
 * says so once things have been quiet for a moment: a copy of ten photos is one call, not thirty. Runs on its own
 * daemon threads; {@code onChange} must hand real work to the app's executor.
 */
public final class FolderWatch implements AutoCloseable {
    /** How long the folder must be quiet after an event before {@code onChange} is called. */
    public static final Duration QUIET = Duration.ofMillis(600);

    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "casefile-folder-watch-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final List<WatchKey> keys = new ArrayList<>();
    private WatchService service;
    private Thread watcher;
    private Path watched;
    private ScheduledFuture<?> pending;

    public FolderWatch(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Watches {@code folder} from now on instead of the one watched before (null: none). */
    public synchronized void watch(Path folder) {
        if (folder != null && folder.equals(watched)) {
            return;
        }
        keys.forEach(WatchKey::cancel);
        keys.clear();
        watched = folder;
        if (folder == null) {
            return;
        }
        try {
            if (service == null) {
                service = FileSystems.getDefault().newWatchService();
                watcher = new Thread(this::run, "casefile-folder-watch");
                watcher.setDaemon(true);
                watcher.start();
            }
            if (Files.isDirectory(folder)) {
                register(folder);
            }
        } catch (IOException | ClosedWatchServiceException e) {
            // Without a watch the folder is still looked at whenever the case is opened.
        }
    }

    public synchronized Path watched() {
        return watched;
    }

    /** Calls {@code onChange} again after {@code delay} (for files that were still being written). */
    public synchronized void recheckIn(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(onChange, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                keys.add(each.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            }
        }
    }

    private void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException stopped) {
                return;
            }
            synchronized (this) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent
                            && event.context() instanceof Path name && keys.contains(key)) {
                        Path created = parent.resolve(name);
                        if (Files.isDirectory(created)) {
                            try {
                                register(created); // a new kind folder made by the user
                            } catch (IOException | ClosedWatchServiceException ignored) {
                                // looked at when the case is next opened
                            }
                        }
                    }
                }
                key.reset();
                if (keys.contains(key)) {
                    recheckIn(QUIET);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        keys.clear();
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
