package org.casefile.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.app.AgendaService;
import org.casefile.app.CaseService;
import org.casefile.app.ClaimService;
import org.casefile.app.SampleCases;
import org.casefile.app.SearchService;
import org.casefile.app.OpenLibrary;
import org.casefile.app.Services;
import org.casefile.ui.common.BackgroundExecutor;
import org.casefile.ui.common.FileDialogs;

/** Everything one open window works with, wired in one place; closing it releases the library. */
public final class AppContext implements AutoCloseable {
    private final OpenLibrary library;
    private final Clock clock;
    private final BackgroundExecutor executor;
    private final BackgroundExecutor previews;
    private final Services services;
    private final org.casefile.app.PairImages pairImages;
    private FileDialogs fileDialogs = FileDialogs.system();
    private java.util.function.Consumer<java.nio.file.Path> opener = file -> { };

    private AppContext(OpenLibrary library, Clock clock, BackgroundExecutor executor) {
        this.library = library;
        this.clock = clock;
        this.executor = executor;
        this.previews = executor.lane("casefile-preview");
        this.services = library.services();
        this.pairImages = new org.casefile.app.PairImages(services.claims(), services.evidence(), services.exports());
    }

    /** Locks and opens the library; a second window on the same library is refused here. */
    public static AppContext open(Path root, Clock clock, BackgroundExecutor executor) {
        return new AppContext(OpenLibrary.open(root, clock), clock, executor);
    }

    /** The library's folder, as the status bar shows it. */
    public Path libraryRoot() {
        return library.root();
    }

    /** Where the library keeps its thumbnails (made again when missing). */
    public Path thumbnailFolder() {
        return library.thumbnails();
    }

    public Clock clock() {
        return clock;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** The export's page preview: rendering a packet never makes an import or a save wait, nor waits for them. */
    public BackgroundExecutor previews() {
        return previews;
    }

    public CaseService cases() {
        return services.cases();
    }

    public ClaimService claims() {
        return services.claims();
    }

    public AgendaService agenda() {
        return services.agenda();
    }

    public org.casefile.app.MessageService messages() {
        return services.messages();
    }

    public org.casefile.app.EvidenceService evidence() {
        return services.evidence();
    }

    public org.casefile.app.EmailService emails() {
        return services.emails();
    }

    public org.casefile.app.PhoneService phone() {
        return services.phone();
    }

    public org.casefile.app.RedactionService redactions() {
        return services.redactions();
    }

    public org.casefile.app.KitService kits() {
        return services.kits();
    }

    public org.casefile.app.ExportService exports() {
        return services.exports();
    }

    /** Pairs saved as one picture, for dispute forms that take pictures only. */
    public org.casefile.app.PairImages pairImages() {
        return pairImages;
    }

    public SearchService search() {
        return services.search();
    }

    public SampleCases samples() {
        return services.samples();
    }

    public org.casefile.app.BackupService backups() {
        return services.backups();
    }

    public org.casefile.app.CaseBundleService bundles() {
        return services.bundles();
    }

    /** Opens a file with the system's viewer (set by the app from its host services). */
    public java.util.function.Consumer<java.nio.file.Path> opener() {
        return opener;
    }

    public void useOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.opener = opener;
    }

    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    /** The window tests answer "save as" with a fixed path instead of the system dialog. */
    public void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    @Override
    public void close() {
        previews.shutdown();
        executor.shutdown();
        library.close();
    }
}
