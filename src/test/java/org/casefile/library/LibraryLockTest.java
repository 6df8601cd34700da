package org.casefile.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casefile.ChildJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLockTest {
    @TempDir Path library;

    @Test
    void aSecondHolderInTheSameProcessIsRefused() {
        try (LibraryLock first = LibraryLock.acquire(library)) {
            assertThatThrownBy(() -> LibraryLock.acquire(library)).isInstanceOf(LibraryInUseException.class)
                    .hasMessageContaining("already open in another Casefile window");
        }
        try (LibraryLock again = LibraryLock.acquire(library)) {
            assertThat(again.recoveredFrom()).as("closed cleanly, nothing to recover").isEmpty();
        }
        assertThat(library.resolve(LibraryLock.FILE_NAME)).doesNotExist();
    }

    @Test
    void anotherProcessHoldingTheLibraryIsNamedAndItsCrashLeavesNoStaleLock() throws Exception {
        Process holder = ChildJava.java(List.of(), LockHolder.class.getName(), library.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> LibraryLock.acquire(library)).isInstanceOf(LibraryInUseException.class)
                    .hasMessageContaining("process " + holder.pid());

            holder.destroyForcibly(); // kill -9: the lock file stays behind with the dead process's id
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(library.resolve(LibraryLock.FILE_NAME))).isEqualTo(
                    String.valueOf(holder.pid()));

            try (LibraryLock recovered = LibraryLock.acquire(library)) {
                assertThat(recovered.recoveredFrom()).isEqualTo(String.valueOf(holder.pid()));
                assertThat(Files.readString(library.resolve(LibraryLock.FILE_NAME)))
                        .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
