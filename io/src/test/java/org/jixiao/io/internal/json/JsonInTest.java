package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What {@link JsonIn} guarantees its readers, whatever the input. */
class JsonInTest {
  private static JsonIn on(String json) throws IOException {
    JsonParser parser = new JsonFactory().createParser(json);
    JsonIn in = new JsonIn(parser, 0, Locale.ENGLISH);
    in.next();
    return in;
  }

  @Test
  void fieldsOfAValueThatIsNoObjectIsAReadersBugNotASilentlyShorterDocument() throws IOException {
    // without expectObject first, the fields of the enclosing object would be read as these
    for (String json : List.of("[{\"message\":\"m\"}]", "\"oops\"", "5", "null")) {
      JsonIn in = on(json);
      assertThatThrownBy(() -> in.fields(name -> in.skip()))
          .as(json)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("expectObject");
    }
    JsonIn object = on("{\"a\":1,\"b\":[2]}");
    List<String> names = new ArrayList<>();
    object.fields(
        name -> {
          names.add(name);
          object.skip();
        });
    assertThat(names).containsExactly("a", "b");
  }
}
