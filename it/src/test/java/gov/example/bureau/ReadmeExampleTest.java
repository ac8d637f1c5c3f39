package gov.example.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's custom-rule example is this module's code, word for word: it compiles against the
 * published artifacts on every build, so the README cannot drift from what works.
 */
class ReadmeExampleTest {

  @Test
  void theReadmeShowsTheBureausPolicyAsItCompilesHere() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String policy = Files.readString(Path.of("src/main/java/gov/example/bureau/LowExecutionPolicy.java"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + policy + "```");
  }
}
