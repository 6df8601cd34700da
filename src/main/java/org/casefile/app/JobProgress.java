package org.casefile.app;

/** Told as a backup, restore or bundle job goes: what it is doing and how far (bytes or files), for a progress bar. */
@FunctionalInterface
public interface JobProgress {
    JobProgress NONE = (stage, done, total) -> { };

    void update(String stage, long done, long total);
}
