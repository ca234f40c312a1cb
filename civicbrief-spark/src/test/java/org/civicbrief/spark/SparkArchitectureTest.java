package org.civicbrief.spark;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.civicbrief.core.briefing.BuildBriefing;
import org.civicbrief.core.pipeline.BriefPipeline;
import org.civicbrief.nlp.corenlp.CoreNlpAnnotate;
import org.civicbrief.nlp.corenlp.CoreNlpNameGender;
import org.junit.jupiter.api.Test;

/** The batch job reaches the serve database only through the store's port. */
class SparkArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.civicbrief.spark");

  @Test
  void theJobWritesNoSqlOfItsOwn() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .because(
            "the store's repositories write the serve database's rows, so a change to the"
                + " schema or its rules lands once")
        .check(classes);
  }

  @Test
  void theJobKnowsOnlyTheStoresBatchEntry() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.civicbrief.store.article..",
            "org.civicbrief.store.briefing..",
            "org.civicbrief.store.quiz..",
            "org.civicbrief.store.story..",
            "org.civicbrief.store.job..",
            "org.civicbrief.store.search..",
            "org.civicbrief.store.user..",
            "org.civicbrief.store.feed..",
            "org.civicbrief.store.audit..")
        .because("the job keeps briefings through KeepBriefings, which BatchStore implements")
        .check(classes);
  }

  @Test
  void theExecutorsBriefThroughTheOneFactory() {
    noClasses()
        .should()
        .callConstructorWhere(
            target(declaredIn(BriefPipeline.class))
                .or(target(declaredIn(BuildBriefing.class)))
                .or(target(declaredIn(CoreNlpAnnotate.class)))
                .or(target(declaredIn(CoreNlpNameGender.class))))
        .because("Spark's executors get their pipeline from BriefRecord.create, like every door")
        .check(classes);
  }
}
