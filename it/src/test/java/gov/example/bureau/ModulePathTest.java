package gov.example.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/** The consumer runs as a named module beside jixiao's named modules, as a JPMS adopter does. */
class ModulePathTest {

  @Test
  void theConsumerAndJixiaoAreNamedModules() {
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("gov.example.bureau");
    assertThat(Evaluator.class.getModule().getName()).isEqualTo("org.jixiao.rules");
    assertThat(org.jixiao.io.json.JixiaoJson.class.getModule().getName()).isEqualTo("org.jixiao.io");
  }

  @Test
  void theLowestSupportedJacksonIsTheOneInUse() {
    // The POM imports jackson-bom 2.16.2 first, as a Spring Boot application would pin its own.
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo("2.16.2");
    assertThat(org.jixiao.io.json.JixiaoJson.defaults()).isNotNull();
  }
}
