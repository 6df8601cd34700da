package org.casefile;

import java.nio.file.Path;
import org.casefile.app.CaseService;
import org.casefile.library.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real library in a temporary folder, opened before each test and closed after it. */
public abstract class LibraryTestBase {
    @TempDir protected Path dir;
    protected Library library;
    protected CaseService cases;

    @BeforeEach
    void openLibrary() {
        library = Library.open(dir);
        cases = new CaseService(library, TestCases.CLOCK);
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }
}
