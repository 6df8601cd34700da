package org.casefile.app;

import java.util.List;

/**
 * {@code manifest.json} of a library backup: what wrote it, the database's schema version, and every file with its
 * size and SHA-256, so a restore checks each byte before anything is placed; {@code missing} names the evidence files
 * the library recorded but did not have when the backup was taken (absent in backups of older versions).
 */
public record BackupManifest(String format, int schema, String app, String createdAt, List<FileEntry> files,
                             List<String> missing) {
    public static final String FORMAT = "casefile-backup-1";
    public static final String NAME = "manifest.json";

    public record FileEntry(String path, long size, String sha256) {
    }
}
