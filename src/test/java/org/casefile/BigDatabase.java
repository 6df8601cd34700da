package org.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/** A library whose database is large enough that copying it takes a while (the daily backup of a big library). */
public final class BigDatabase {
    private BigDatabase() {
    }

    /** Adds {@code megabytes} of incompressible rows to the (closed) library's database. */
    public static void grow(Path libraryRoot, int megabytes) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + libraryRoot.resolve("casefile.db"));
             Statement s = c.createStatement()) {
            // Rows of 20 KB, as many as a big library's messages and evidence make: the copy goes row by row.
            s.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + megabytes * 50
                    + ") INSERT INTO meta (key, value) SELECT 'ballast-' || i, randomblob(20000) FROM n");
        }
    }

    /** Waits (without sleeping: the copy may be quick) until the daily copy writes its temporary file or ends. */
    public static void awaitDailyCopy(Path libraryRoot, java.util.function.BooleanSupplier ended) {
        while (!dailyCopyUnderWay(libraryRoot) && !ended.getAsBoolean()) {
            Thread.onSpinWait();
        }
    }

    /** True once the daily copy has begun writing its temporary file. */
    public static boolean dailyCopyUnderWay(Path libraryRoot) {
        try (Stream<Path> files = Files.list(libraryRoot.resolve("tmp"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("daily") && f.toFile().length() > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The files the daily copy left in {@code tmp/}: none, once it ended or stopped. */
    public static long dailyFilesInTmp(Path libraryRoot) throws IOException {
        try (Stream<Path> files = Files.list(libraryRoot.resolve("tmp"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("daily")).count();
        }
    }
}
