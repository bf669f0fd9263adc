package org.readoutdiff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md §3, checked on the compiled main classes.
 *
 * <p>The layers, each allowed to use only those before it:
 * text ← diff ← align ← analysis ← compare ← report ← render ← service ← web / cli, with
 * ingest (text only) and storage (the core) beside them for service to use, and accounts (who may
 * see what; storage only) for service, web and cli.
 *
 * <p>The actual graph when this test was written: diff → text; align → text (it does not use
 * diff's SequenceDiffer yet, though it may); analysis → text; compare → text, diff, align,
 * analysis; report → text, diff, align, analysis, compare; render → report. Libraries: ICU4J
 * in text, java-diff-utils in diff, Jackson in report, Qute in render.
 */
class ArchitectureTest {

    private static final String BASE = "org.readoutdiff";
    private static final String[] CORE = {
        BASE + ".text..", BASE + ".diff..", BASE + ".align..", BASE + ".analysis..", BASE + ".compare..",
        BASE + ".report.."};

    /** The main classes only, read from where Maven compiled them (scanning every jar for the package takes seconds). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void theMainClassesAreThere() {
        org.junit.jupiter.api.Assertions.assertTrue(CLASSES.contain("org.readoutdiff.compare.ComparisonEngine"));
    }

    @Test
    void theCoreIsPlainJava() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.ws..",
                        "picocli..", "java.net..", "java.nio.file..", "org.jboss..", "io.vertx..")
                .because("the core takes values and returns values and is tested without booting Quarkus")
                .check(CLASSES);
    }

    @Test
    void javaDiffUtilsOnlyInDiff() {
        onlyIn("com.github.difflib..", BASE + ".diff..");
    }

    @Test
    void icu4jOnlyInText() {
        onlyIn("com.ibm.icu..", BASE + ".text..");
    }

    @Test
    void theStemmerOnlyInText() {
        onlyIn("org.tartarus.snowball..", BASE + ".text..");
    }

    @Test
    void commonsTextOnlyInAlign() {
        onlyIn("org.apache.commons.text..", BASE + ".align..");
    }

    @Test
    void theEmbeddingModelOnlyInAlign() {
        onlyIn("dev.langchain4j..", BASE + ".align..");
        onlyIn("ai.onnxruntime..", BASE + ".align..");
    }

    /** A library rule that nothing exercises proves nothing: the owners must really use their library. */
    @Test
    void eachRuledLibraryIsUsedWhereItIsAllowed() {
        assertUsed("org.apache.commons.text", BASE + ".align");
        assertUsed("dev.langchain4j", BASE + ".align");
        assertUsed("com.github.difflib", BASE + ".diff");
        assertUsed("com.ibm.icu", BASE + ".text");
        assertUsed("org.tartarus.snowball", BASE + ".text");
    }

    /** The library rule fails on a class that breaks it (a test class outside align using Commons Text). */
    @Test
    void theLibraryRuleFailsOnAViolation() {
        JavaClasses violating = new ClassFileImporter()
                .importPath(Path.of("target", "test-classes", "org", "readoutdiff", "analysis", "CommonsTextOutsideAlign.class"));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> libraryRule(
                "org.apache.commons.text..", BASE + ".align..").check(violating));
    }

    @Test
    void jacksonOnlyInReportAndTheOuterLayers() {
        onlyIn("com.fasterxml.jackson..", BASE + ".report..", BASE + ".web..", BASE + ".service..", BASE + ".storage..");
    }

    @Test
    void quteOnlyInRenderAndWeb() {
        onlyIn("io.quarkus.qute..", BASE + ".render..", BASE + ".web..");
    }

    /** Watches: web pages are parsed in ingest only (a watch's CSS selector too), WARC records written in service only. */
    @Test
    void jsoupOnlyInIngestAndJwarcOnlyInService() {
        onlyIn("org.jsoup..", BASE + ".ingest..");
        onlyIn("org.netpreserve.jwarc..", BASE + ".service..");
        assertUsed("org.jsoup", BASE + ".ingest");
        assertUsed("org.netpreserve.jwarc", BASE + ".service");
    }

    /** The manifest's JSON Schema is checked where the manifest is read (the tests also check written documents). */
    @Test
    void theSchemaValidatorOnlyInService() {
        onlyIn("com.networknt.schema..", BASE + ".service..");
        assertUsed("com.networknt.schema", BASE + ".service");
    }

    @Test
    void picocliOnlyInCli() {
        onlyIn("picocli..", BASE + ".cli..");
    }

    @Test
    void webAndCliNeverDependOnEachOther() {
        noClasses().that().resideInAPackage(BASE + ".web..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".web..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** The report by product: a series builds on the comparison report, a batch on both, the shared part on none. */
    @Test
    void reportProductsBuildOnlyOnThoseBeneath() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shared").definedBy(BASE + ".report")
                .layer("comparison").definedBy(BASE + ".report.comparison..")
                .layer("series").definedBy(BASE + ".report.series..")
                .layer("batch").definedBy(BASE + ".report.batch..")
                .whereLayer("shared").mayNotAccessAnyLayer()
                .whereLayer("comparison").mayOnlyAccessLayers("shared")
                .whereLayer("series").mayOnlyAccessLayers("shared", "comparison")
                .whereLayer("batch").mayOnlyAccessLayers("shared", "comparison", "series")
                .check(CLASSES);
    }

    @Test
    void layersOnlyUseTheLayersBeneath() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("text").definedBy(BASE + ".text..")
                .layer("diff").definedBy(BASE + ".diff..")
                .layer("align").definedBy(BASE + ".align..")
                .layer("analysis").definedBy(BASE + ".analysis..")
                .layer("compare").definedBy(BASE + ".compare..")
                .layer("report").definedBy(BASE + ".report..")
                .layer("render").definedBy(BASE + ".render..")
                .layer("ingest").definedBy(BASE + ".ingest..")
                .layer("storage").definedBy(BASE + ".storage..")
                .layer("accounts").definedBy(BASE + ".accounts..")
                .layer("service").definedBy(BASE + ".service..")
                .layer("web").definedBy(BASE + ".web..")
                .layer("cli").definedBy(BASE + ".cli..")
                .whereLayer("text").mayNotAccessAnyLayer()
                .whereLayer("diff").mayOnlyAccessLayers("text")
                .whereLayer("align").mayOnlyAccessLayers("text", "diff")
                .whereLayer("analysis").mayOnlyAccessLayers("text", "diff", "align")
                .whereLayer("compare").mayOnlyAccessLayers("text", "diff", "align", "analysis")
                .whereLayer("report").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare")
                .whereLayer("render").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare", "report")
                .whereLayer("ingest").mayOnlyAccessLayers("text")
                .whereLayer("storage").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare", "report")
                .whereLayer("accounts").mayOnlyAccessLayers("storage")
                .whereLayer("service").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare", "report",
                        "render", "ingest", "storage", "accounts")
                .whereLayer("web").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare", "report",
                        "render", "ingest", "storage", "accounts", "service")
                .whereLayer("cli").mayOnlyAccessLayers("text", "diff", "align", "analysis", "compare", "report",
                        "render", "ingest", "storage", "accounts", "service")
                .check(CLASSES);
    }

    @Test
    void noUtilsAndNoManagers() {
        noClasses().should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("names come from the glossary (DESIGN.md §3)")
                .check(CLASSES);
    }

    /** Only classes in {@code owners} may depend on {@code library}. */
    private static void onlyIn(String library, String... owners) {
        libraryRule(library, owners).check(CLASSES);
    }

    private static com.tngtech.archunit.lang.ArchRule libraryRule(String library, String... owners) {
        return noClasses().that().resideOutsideOfPackages(owners)
                .should().dependOnClassesThat().resideInAPackage(library)
                .because("each third-party library lives behind one package");
    }

    private static void assertUsed(String libraryPackage, String ownerPackage) {
        boolean used = CLASSES.stream()
                .filter(c -> c.getPackageName().startsWith(ownerPackage))
                .anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith(libraryPackage)));
        org.junit.jupiter.api.Assertions.assertTrue(used, ownerPackage + " should use " + libraryPackage);
    }
}
