package org.casefile.library;

import java.nio.file.Path;

/** A separate JVM that takes the library lock and keeps it until killed: how a running GUI looks to another. */
public final class LockHolder {
    public static void main(String[] args) throws Exception {
        LibraryLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
