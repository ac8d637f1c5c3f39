package org.jixiao.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regular expressions in the libraries (issue 7), checked on the compiled classes: there are
 * none on input text. Every scanner of cells, numbers and indicator text is hand-written and
 * linear; the one regular expression is {@code VocabularyFile}'s {@code split("\t", -1)} of the lines
 * of its own resource (a single character, which {@code String.split} handles without the regex
 * engine). Both are timed against benign text of the same length in rules' {@code
 * HostileInputTest} and io's {@code ReaderTimingTest}. A new regular expression fails this test:
 * give it an adversarial input in those tests and add it here.
 */
class RegularExpressionInventoryTest {
  private static final String[] LIBRARIES = {
    "org.jixiao.core..", "org.jixiao.rules..", "org.jixiao.io..", "org.jixiao.testkit..", "org.jixiao.xlsx.."
  };

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao.core", "org.jixiao.rules", "org.jixiao.io", "org.jixiao.testkit", "org.jixiao.xlsx");
  }

  @Test
  void noLibraryUsesTheRegexPackageOrAScannerBuiltOnIt() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.util.regex..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Scanner")
        .check(library);
  }

  @Test
  void noLibraryCallsAStringMethodThatTakesARegularExpression() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .callMethod(String.class, "matches", String.class)
        .orShould()
        .callMethod(String.class, "replaceAll", String.class, String.class)
        .orShould()
        .callMethod(String.class, "replaceFirst", String.class, String.class)
        .orShould()
        .callMethod(String.class, "split", String.class)
        .check(library);
  }

  @Test
  void theOnlySplitIsTheVocabularyResourcesOnTabs() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .and()
        .doNotHaveFullyQualifiedName("org.jixiao.rules.internal.text.VocabularyFile")
        .should()
        .callMethod(String.class, "split", String.class, int.class)
        .check(library);
  }
}
