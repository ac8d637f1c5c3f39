package org.jixiao.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of docs/design.md, checked on the compiled library classes: rules → core,
 * io → core, testkit → core and rules, xlsx → core, io and rules, spark → core, rules and io;
 * core knows nothing of JSON, tables or rules; io does not need rules; only xlsx touches POI,
 * only spark touches Spark, and no library module depends on spark; and no module reaches into
 * another module's internal packages.
 */
class ArchitectureTest {

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao.core", "org.jixiao.rules", "org.jixiao.io", "org.jixiao.testkit", "org.jixiao.xlsx", "org.jixiao.spark");
  }

  @Test
  void coreDependsOnTheJdkAndItsAnnotationsOnly() {
    classes()
        .that()
        .resideInAPackage("org.jixiao.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.jixiao.core..", "java..", "javax.annotation..", "org.jspecify..", "org.immutables.value..")
        .check(library);
  }

  @Test
  void rulesDependOnCoreButNotOnIoOrTestkit() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.io..", "org.jixiao.testkit..", "org.jixiao.xlsx..", "com.fasterxml..", "de.siegmar..", "org.apache.poi..")
        .check(library);
  }

  @Test
  void xlsxDependsOnCoreIoAndRulesButNotOnTestkit() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.xlsx..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.testkit..")
        .check(library);
  }

  @Test
  void sparkDependsOnCoreRulesAndIoOnlyAndNothingDependsOnIt() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.xlsx..", "org.jixiao.testkit..", "org.apache.poi..")
        .check(library);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.jixiao.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.spark..", "org.apache.spark..", "scala..")
        .check(library);
  }

  @Test
  void onlyXlsxTouchesPoi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.jixiao.xlsx..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .check(library);
  }

  @Test
  void ioDependsOnCoreButNotOnRulesOrTestkit() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.rules..", "org.jixiao.testkit..", "org.jixiao.xlsx..")
        .check(library);
  }

  @Test
  void testkitDependsOnCoreButNotOnIo() {
    noClasses()
        .that()
        .resideInAPackage("org.jixiao.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jixiao.io..", "com.fasterxml..", "de.siegmar..")
        .check(library);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternals() {
    for (String module : new String[] {"core", "rules", "io", "testkit", "xlsx", "spark"}) {
      noClasses()
          .that()
          .resideOutsideOfPackage("org.jixiao." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jixiao." + module + ".internal..")
          .check(library);
    }
  }
}
