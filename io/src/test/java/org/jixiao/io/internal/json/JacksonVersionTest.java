package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The supported Jackson range is checked at first use, with a message an adopter can act on. */
class JacksonVersionTest {

  @Test
  void jackson215IsRefusedNamingTheVersionFoundAndTheOneNeeded() {
    Version springBoot32 = new Version(2, 15, 4, null, "com.fasterxml.jackson.core", "jackson-core");
    assertThatThrownBy(() -> JacksonVersion.require("jackson-core", springBoot32))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2.16 or later")
        .hasMessageContaining("2.15.4")
        .hasMessageContaining("jackson-bom.version");
  }

  @Test
  void theLowestSupportedAndTheBuildsOwnVersionPass() {
    assertThatCode(() -> JacksonVersion.require("jackson-core", new Version(2, 16, 0, null, "g", "a"))).doesNotThrowAnyException();
    assertThatCode(JacksonVersion::require).doesNotThrowAnyException();
  }
}
