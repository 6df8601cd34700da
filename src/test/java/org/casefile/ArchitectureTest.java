package org.casefile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN.md: a pure domain, SQL only in store, nothing depends on the UI. */
@AnalyzeClasses(packages = "org.casefile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.casefile.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.pdfbox..",
                    "org.sqlite..", "com.fasterxml..", "picocli..", "org.casefile.store..", "org.casefile.library..",
                    "org.casefile.app..", "org.casefile.ui..", "org.casefile.cli..", "org.casefile.packet..",
                    "org.casefile.evidence..");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage("org.casefile.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule nothingDependsOnTheUi = noClasses().that().resideOutsideOfPackage("org.casefile.ui..")
            .and().doNotHaveFullyQualifiedName("org.casefile.Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.casefile.ui..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.casefile.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule frontEndsDoNotKnowEachOther = noClasses().that().resideInAPackage("org.casefile.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.casefile.ui..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.casefile.(*)..").should().beFreeOfCycles();

    /**
     * The window goes through the use cases, never around them. The classes named here still reach past {@code app}
     * (the library's lock and location at start-up, the import outcome and packet profile types): listed so that no
     * new one appears while they are moved.
     */
    @ArchTest
    static final ArchRule theUiUsesOnlyAppAndDomain = noClasses().that().resideInAPackage("org.casefile.ui..")
            .and().doNotHaveFullyQualifiedName("org.casefile.ui.AppContext")
            .and().doNotHaveFullyQualifiedName("org.casefile.ui.CasefileApp")
            .and().resideOutsideOfPackages("org.casefile.ui.export..", "org.casefile.ui.evidence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casefile.store..", "org.casefile.library..",
                    "org.casefile.evidence..", "org.casefile.packet..", "org.casefile.cli..");

    /** PDFBox stays in the packet; the two other PDF-page renderers are named until they use the packet's one. */
    @ArchTest
    static final ArchRule pdfBoxOnlyInThePacket = noClasses().that().resideOutsideOfPackage("org.casefile.packet..")
            .and().doNotHaveFullyQualifiedName("org.casefile.evidence.Thumbnails")
            .and().doNotHaveFullyQualifiedName("org.casefile.ui.export.PagePreview")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");
}
