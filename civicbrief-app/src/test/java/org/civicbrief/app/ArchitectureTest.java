package org.civicbrief.app;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.civicbrief.core.briefing.BuildBriefing;
import org.civicbrief.core.briefing.DetectQuotes;
import org.civicbrief.core.briefing.Summarize;
import org.civicbrief.core.pipeline.BriefPipeline;
import org.civicbrief.nlp.corenlp.CoreNlpAnnotate;
import org.civicbrief.nlp.corenlp.CoreNlpNameGender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule of the modules: the core knows no adapter, adapters do not know each other. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Other modules' shared test fixtures arrive as test jars, which the option above
            // does not recognize as tests.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.civicbrief");
  }

  @Test
  void coreDependsOnNoAdapterAndNoHeavyLibrary() {
    knowsNone(
        "org.civicbrief.core..",
        "org.civicbrief.nlp..",
        "org.civicbrief.ingest..",
        "org.civicbrief.app..",
        "org.civicbrief.store..",
        "org.civicbrief.web..",
        "edu.stanford..",
        "org.jsoup..",
        "com.fasterxml..",
        "java.sql..");
  }

  @Test
  void adaptersDoNotKnowEachOther() {
    knowsNone(
        "org.civicbrief.nlp..",
        "org.civicbrief.ingest..",
        "org.civicbrief.store..",
        "org.civicbrief.web..",
        "org.civicbrief.app..");
    knowsNone(
        "org.civicbrief.ingest..",
        "org.civicbrief.nlp..",
        "org.civicbrief.store..",
        "org.civicbrief.web..",
        "org.civicbrief.app..");
  }

  @Test
  void theStoreAndTheServerKnowNoOtherAdapter() {
    knowsNone(
        "org.civicbrief.store..",
        "org.civicbrief.nlp..",
        "org.civicbrief.ingest..",
        "org.civicbrief.web..",
        "org.civicbrief.app..");
    // The server needs the pipeline and ingest only through its ports, which the app wires.
    knowsNone(
        "org.civicbrief.web..",
        "org.civicbrief.nlp..",
        "org.civicbrief.ingest..",
        "org.civicbrief.app..",
        "edu.stanford..",
        "java.sql..");
  }

  /** No class in {@code layer} depends on a class in any of {@code forbidden}. */
  private static void knowsNone(String layer, String... forbidden) {
    noClasses()
        .that()
        .resideInAPackage(layer)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .check(classes);
  }

  @Test
  void coreNlpTypesStayInsideTheNlpModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.civicbrief.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void onlyTheBriefRecordFactoryWiresTheBriefingStages() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.civicbrief.pipeline..")
        .and()
        .doNotBelongToAnyOf(BuildBriefing.class, BriefPipeline.class, Summarize.class)
        .should()
        .callConstructorWhere(
            target(declaredIn(BriefPipeline.class))
                .or(target(declaredIn(BuildBriefing.class)))
                .or(target(declaredIn(CoreNlpAnnotate.class)))
                .or(target(declaredIn(CoreNlpNameGender.class)))
                .or(target(declaredIn(Summarize.class)))
                .or(target(declaredIn(DetectQuotes.class))))
        .because(
            "every entry point briefs through BriefRecord.create, so a change to the briefing"
                + " lands once for the command line, the server, Spark, bench and eval")
        .check(classes);
  }
}
