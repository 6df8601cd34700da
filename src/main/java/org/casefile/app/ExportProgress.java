package org.casefile.app;

/** Told as an export goes: what it is doing ("Preparing photos") and how far, for a progress bar. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (stage, done, total) -> { };

    void update(String stage, int done, int total);
}
