package io.fatti.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layers (docs/design.md): value types at the bottom, then the data loader and the text layer, the
 * stage interface, the capabilities, the assembly beside {@code Fatti}, and the tools and the command line on top.
 */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.fatti");
    }

    @Test
    void noCycleBetweenPackages() {
        // each package is its own slice: io.fatti (the root) included
        slices().matching("io.fatti.(**)").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("io.fatti")
                .should().dependOnClassesThat().resideInAnyPackage("io.fatti.cli..", "io.fatti.tools..")
                .check(classes);
    }

    @Test
    void runtimeImportsNoTool() {
        noClasses().that().resideOutsideOfPackages("io.fatti.tools..", "io.fatti.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fatti.tools..", "io.fatti.cli..")
                .because("training, evaluation and benchmarks are tools, not part of the library")
                .check(classes);
    }

    @Test
    void theStageInterfaceImportsNoStage() {
        noClasses().that().resideInAPackage("io.fatti.pipeline")
                .should().dependOnClassesThat().resideInAnyPackage("io.fatti", "io.fatti.time..", "io.fatti.number..",
                        "io.fatti.money..", "io.fatti.quantity..", "io.fatti.entity..", "io.fatti.change..",
                        "io.fatti.fact..")
                .check(classes);
    }

    @Test
    void valueTypesSitAtTheBottom() {
        noClasses().that().resideInAnyPackage("io.fatti.core..", "io.fatti.mention..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fatti", "io.fatti.text..", "io.fatti.lexicon..",
                        "io.fatti.pipeline..", "io.fatti.time..", "io.fatti.number..", "io.fatti.money..",
                        "io.fatti.quantity..", "io.fatti.entity..", "io.fatti.change..", "io.fatti.json..",
                        "io.fatti.io..")
                .check(classes);
    }

    @Test
    void textBelowTheCapabilities() {
        noClasses().that().resideInAnyPackage("io.fatti.text..", "io.fatti.lexicon..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fatti", "io.fatti.pipeline..", "io.fatti.time..",
                        "io.fatti.number..", "io.fatti.money..", "io.fatti.quantity..", "io.fatti.entity..",
                        "io.fatti.change..")
                .check(classes);
    }
}
