package org.casefile.cli;

import org.casefile.app.StartupClasses;
import org.casefile.app.SystemZoneClock;
import org.casefile.evidence.Hashing;
import org.casefile.evidence.Probe;
import org.casefile.library.LibraryLocation;
import org.casefile.packet.pdf.PacketFonts;
import org.casefile.store.NativeSqlite;

/**
 * A command line's start on the second core (issue 19): while the main thread reads the line (picocli's model for
 * the command, a fifth of a second cold), a helper readies what the command meets next: the SQLite driver (its
 * native library and the date format its first connection builds), the time zone's rules; for the commands that
 * hash photos (export, import) the hash, compiled before the first photo comes; for an import the photos' metadata
 * reader; for an export the packet's fonts, parsed once and lent to each document it writes; and for both the
 * classes of a list made by {@code src/bench/startup-classes}. What the main thread needs while the helper is at it,
 * it waits for rather than making twice. The helper prints nothing and its failures are dropped: whatever it could
 * not ready, the command meets and reports as it always did.
 */
public final class CommandWarmUp {
    private CommandWarmUp() {
    }

    /** The class list of the commands that have one, as a resource name; null for the others. */
    static String classList(String command) {
        return command != null && (command.equals("export") || command.equals("import"))
                ? "/org/casefile/cli/" + command + "-classes.txt" : null;
    }

    /** Starts the helper for {@code args} as a daemon thread, which the end of the command does not wait for. */
    public static void start(String[] args) {
        String command = Cli.commandWord(args);
        if (command == null || !StartupClasses.wanted()) {
            return; // the version or the help: no library to open
        }
        String list = StartupClasses.fromCache() ? null : classList(command);
        Thread thread = new Thread(() -> warmUp(command, list), "casefile-warm-up");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((helper, failure) -> {
            // Only an early start is lost; the default handler would print on the command's stderr.
        });
        thread.start();
    }

    /** What {@code command} meets next, and the classes {@code list} names (null: none). */
    static void warmUp(String command, String list) {
        NativeSqlite.makeDateFormat(); // first: the main thread needs it soonest
        NativeSqlite.loadCachedLibrary(LibraryLocation.cacheFolder());
        SystemZoneClock.readZone();
        boolean importing = command.equals("import");
        boolean exporting = command.equals("export");
        if (importing || exporting) {
            Hashing.warmUp(); // both hash every photo
        }
        if (importing) {
            Probe.warmUp(); // each photo's metadata is read as it comes in
        }
        if (exporting) {
            // Before the class list: the packet's first page needs them while the photos are being checked.
            try {
                PacketFonts.parseAhead();
            } catch (java.io.IOException | RuntimeException e) {
                // the packet parses them itself and says what is wrong
            }
        }
        if (list != null) {
            StartupClasses.loadAll(list);
        }
    }
}
