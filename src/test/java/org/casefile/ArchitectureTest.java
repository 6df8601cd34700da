package org.casefile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
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
            .and().doNotHaveFullyQualifiedName("org.casefile.AotTraining")
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
     * The window goes through the use cases, never around them.
     */
    @ArchTest
    static final ArchRule theUiUsesOnlyAppAndDomain = noClasses().that().resideInAPackage("org.casefile.ui..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.casefile..")
                    .and(JavaClass.Predicates.resideOutsideOfPackages("org.casefile.ui..", "org.casefile.app..",
                            "org.casefile.domain..")));

    /** PDFBox stays in the packet and the one PDF-page renderer (thumbnails, the packet's PDF exhibits, previews). */
    @ArchTest
    static final ArchRule pdfBoxOnlyInThePacket = noClasses().that()
            .resideOutsideOfPackages("org.casefile.packet..", "org.casefile.pdfpage..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    /** PDF pages are turned into pictures in one place. */
    @ArchTest
    static final ArchRule onePdfPageRenderer = noClasses().that()
            .doNotHaveFullyQualifiedName("org.casefile.pdfpage.PdfPages")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.pdfbox.rendering.PDFRenderer");
}
