package org.casefile.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casefile.domain.CasefileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir Path dir;

    @Test
    void namesCaseFoldersForPeopleAndSafelyForEveryFileSystem() {
        assertThat(CaseFolders.name(LocalDate.of(2026, 10, 1), "AliExpress", "8123456789012"))
                .isEqualTo("2026-10-01 AliExpress 8123456789012");
        assertThat(CaseFolders.name(LocalDate.of(2026, 10, 1), "Other", "../a/b:c*?\"<>|\n.."))
                .isEqualTo("2026-10-01 Other ..-a-b-c-------").doesNotContain("/").doesNotEndWith(".");
        assertThat(CaseFolders.name(LocalDate.of(2026, 10, 1), "Other", "x".repeat(300))).hasSize(80);
        assertThat(CaseFolders.candidate("n", 1)).isEqualTo("n");
        assertThat(CaseFolders.candidate("n", 3)).isEqualTo("n (3)");
    }

    @Test
    void temporaryNamesCarryTheProcessAndNeverRepeat() {
        try (Library library = Library.open(dir.resolve("lib"))) {
            java.util.Set<Path> names = new java.util.HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                Path name = library.tmpFile("import", ".part");
                assertThat(name.getParent()).isEqualTo(library.tmp());
                assertThat(name.getFileName().toString()).startsWith("import-" + ProcessHandle.current().pid() + "-")
                        .endsWith(".part");
                assertThat(names.add(name)).as("unique: %s", name).isTrue();
            }
        }
    }

    @Test
    void createsTheLayoutAndClashingFoldersGetASuffix() {
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertThat(dir.resolve("lib/casefile.db")).isRegularFile();
            assertThat(dir.resolve("lib/cases")).isDirectory();
            String first = library.createCaseFolder(LocalDate.of(2026, 10, 1), "eBay", "12-345");
            String second = library.createCaseFolder(LocalDate.of(2026, 10, 1), "eBay", "12-345");
            assertThat(first).isEqualTo("cases/2026-10-01 eBay 12-345");
            assertThat(second).isEqualTo("cases/2026-10-01 eBay 12-345 (2)");
            assertThat(library.resolve(second)).isDirectory();
        }
    }

    @Test
    void aFolderTrashedTwiceInOneSecondKeepsBothCopies() throws Exception {
        try (Library library = Library.open(dir)) {
            java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 11, 26, 10, 0);
            String folder = library.createCaseFolder(LocalDate.of(2026, 10, 1), "Temu", "PO-1");
            java.nio.file.Files.writeString(library.resolve(folder).resolve("first.txt"), "1");
            Path first = library.trash(folder, now);
            String again = library.createCaseFolder(LocalDate.of(2026, 10, 1), "Temu", "PO-1");
            assertThat(again).isEqualTo(folder);
            java.nio.file.Files.writeString(library.resolve(again).resolve("second.txt"), "2");
            Path second = library.trash(again, now);
            assertThat(second).isNotEqualTo(first);
            assertThat(first.resolve("first.txt")).hasContent("1");
            assertThat(second.resolve("second.txt")).hasContent("2");
            assertThat(second.getFileName().toString()).endsWith("PO-1 (2)");
        }
    }

    @Test
    void trashKeepsTheFilesOfADeletedCase() throws Exception {
        try (Library library = Library.open(dir)) {
            String folder = library.createCaseFolder(LocalDate.of(2026, 10, 1), "Temu", "PO-1");
            Files.writeString(library.resolve(folder).resolve("photo.jpg"), "pixels");
            Path trashed = library.trash(folder, LocalDateTime.parse("2026-11-26T10:00:00"));
            assertThat(library.resolve(folder)).doesNotExist();
            assertThat(trashed).isEqualTo(dir.resolve("trash/2026-11-26 100000 2026-10-01 Temu PO-1"));
            assertThat(trashed.resolve("photo.jpg")).hasContent("pixels");
        }
    }

    @Test
    void refusesPathsOutsideTheLibraryAndAFileAsLibrary() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertThatThrownBy(() -> library.resolve("../elsewhere")).isInstanceOf(CasefileException.class);
        }
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> Library.open(file)).hasMessageContaining("is a file, not a library folder");
    }
}
