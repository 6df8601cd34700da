package org.casefile.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log: a file in the cache folder, rotated ({@value #FILES} files of about 1 MB). {@code System.Logger}
 * writes through java.util.logging, and so do PDFBox (through commons-logging) and the SQLite driver, so one
 * root handler catches all three. The window keeps its log here; a failure nobody expected names this file.
 */
public final class AppLog {
    static final int FILE_LIMIT = 1_000_000;
    static final int FILES = 5;

    private static Path file;
    private static Handler handler;
    private static final List<Handler> replaced = new ArrayList<>();

    private AppLog() {
    }

    /** Asked for when a line is written: starting the JDK's logging costs a CLI command, which logs nothing, 40 ms. */
    private static System.Logger log() {
        return System.getLogger("org.casefile");
    }

    /** Starts the log in the user's cache folder; a folder that cannot be written leaves the log off, not the app. */
    public static Path startInCacheFolder() {
        try {
            return start(org.casefile.library.LibraryLocation.cacheFolder());
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }

    /** Sends every log record to {@code cacheFolder/logs/casefile.0.log} (older ones .1 … .4); returns that file. */
    public static synchronized Path start(Path cacheFolder) {
        stop();
        routeLibraryLogging();
        Path folder = cacheFolder.resolve("logs");
        try {
            Files.createDirectories(folder);
            // java.util.logging reads % as a pattern; %g numbers the rotated files.
            String pattern = folder.resolve("casefile.").toString().replace("%", "%%") + "%g.log";
            FileHandler fileHandler = new FileHandler(pattern, FILE_LIMIT, FILES, true);
            fileHandler.setEncoding("UTF-8");
            fileHandler.setFormatter(new LineFormatter());
            fileHandler.setLevel(Level.INFO);
            handler = fileHandler;
        } catch (IOException e) {
            throw new UncheckedIOException("Casefile cannot write its log in " + folder + ": " + e.getMessage(), e);
        }
        Logger root = Logger.getLogger("");
        // The console handler goes: the window has no console, and PDFBox's warnings are not the user's business.
        for (Handler existing : root.getHandlers()) {
            root.removeHandler(existing);
            replaced.add(existing);
        }
        root.addHandler(handler);
        file = folder.resolve("casefile.0.log");
        log().log(System.Logger.Level.INFO, "Casefile " + AppVersion.get() + " on Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return file;
    }

    /**
     * PDFBox logs through commons-logging, which would pick the Log4j API that Apache POI (Outlook emails) brings
     * along; with no Log4j implementation that API prints "could not find a logging provider" on every command.
     * Named here, commons-logging writes through java.util.logging like the rest, and POI's own Log4j messages
     * (none a buyer needs) are dropped. Call before either library logs.
     */
    public static void routeLibraryLogging() {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    /** Closes the file and gives the root logger back its handlers (for tests, and at exit). */
    public static synchronized void stop() {
        if (handler == null) {
            return;
        }
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        handler.close();
        replaced.forEach(root::addHandler);
        replaced.clear();
        handler = null;
        file = null;
    }

    /** The log file in use, or null when the log was not started (the command line, tests). */
    public static synchronized Path file() {
        return file;
    }

    /** Records a failure nobody caught, with its stack trace. */
    public static void unexpected(String where, Throwable failure) {
        log().log(System.Logger.Level.ERROR, "Unexpected failure in " + where, failure);
    }

    /** Records something worth knowing in a bug report that is not a failure. */
    public static void note(String line) {
        log().log(System.Logger.Level.INFO, line);
    }

    /** A failure as a person reads it in a bug report: its type, message and stack trace. */
    public static String details(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** One line a record: time, level, logger, message; then the stack trace if there is one. */
    private static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(details(record.getThrown()));
            }
            return line.toString();
        }
    }
}
