package org.casefile.app;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.library.Library;
import org.casefile.library.LibraryLocation;
import org.casefile.library.LibraryLock;

/**
 * A library opened for a window: locked (a second window on the same library is refused), opened, and its services
 * built. The window reaches the library only through this, so the UI needs nothing below {@code app}.
 */
public final class OpenLibrary implements AutoCloseable {
    private final LibraryLock lock;
    private final Library library;
    private final Services services;

    private OpenLibrary(LibraryLock lock, Library library, Clock clock) {
        this.lock = lock;
        this.library = library;
        this.services = Services.of(library, clock);
    }

    /** The library folder named on the command line, else by the environment, else the system's data folder. */
    public static Path locate(String option) {
        return LibraryLocation.resolve(option);
    }

    public static OpenLibrary open(Path root, Clock clock) {
        LibraryLock lock = LibraryLock.acquire(root);
        try {
            return new OpenLibrary(lock, Library.open(root), clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Services services() {
        return services;
    }

    public Path root() {
        return library.root();
    }

    /** Where the library keeps its thumbnails (made again when missing). */
    public Path thumbnails() {
        return library.thumbnails();
    }

    @Override
    public void close() {
        try {
            library.close();
        } finally {
            lock.close();
        }
    }
}
