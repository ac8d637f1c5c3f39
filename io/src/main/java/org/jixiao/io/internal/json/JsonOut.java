package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.label.Labelled;

/**
 * The field writers every document shares: decimals written exactly, optional fields left out
 * or written as {@code null}, enums with their optional Chinese label, and findings. The
 * counterpart of {@link JsonIn}.
 */
final class JsonOut {
  private JsonOut() {}

  /** A decimal, exactly: plain text, or the exponent form where plain text would lose scale. */
  static void number(JsonGenerator g, BigDecimal value) throws IOException {
    // writeNumber(String) writes the text as the number; toPlainString would turn 1E+3 into
    // 1000 (another scale, so unequal on reading back), hence toString for negative scales.
    g.writeNumber(
        value.scale() < 0 || value.scale() > 100 ? value.toString() : value.toPlainString());
  }

  static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    number(g, value);
  }

  /** An enum by its identifier and, when {@code labels}, a {@code …Label} field beside it. */
  static <E extends Enum<E> & Labelled> void enumField(
      JsonGenerator g, boolean labels, String name, E value) throws IOException {
    g.writeStringField(name, value.name());
    if (labels) {
      g.writeStringField(name + "Label", value.label());
    }
  }

  /** An optional enum; {@code null} when absent (no label then). */
  static <E extends Enum<E> & Labelled> void nullableEnum(
      JsonGenerator g, boolean labels, String name, Optional<E> value) throws IOException {
    if (value.isPresent()) {
      enumField(g, labels, name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void optional(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      number(g, name, value.get());
    }
  }

  static void nullable(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }

  static void nullableString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  static void nullableDecimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      number(g, value.get());
    } else {
      g.writeNull();
    }
  }

  static void strings(JsonGenerator g, String name, Map<String, String> values)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      g.writeStringField(entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
  }

  static void findings(JsonGenerator g, boolean labels, String name, List<Finding> findings)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Finding finding : findings) {
      finding(g, labels, finding);
    }
    g.writeEndArray();
  }

  /** A finding: rule, code, severity, message, its arguments and, when known, its location. */
  static void finding(JsonGenerator g, boolean labels, Finding finding) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", finding.rule());
    g.writeStringField("code", finding.code());
    enumField(g, labels, "severity", finding.severity());
    g.writeStringField("message", finding.message());
    if (!finding.args().isEmpty()) {
      strings(g, "args", finding.args());
    }
    if (finding.location().isPresent()) {
      Location location = finding.location().get();
      g.writeObjectFieldStart("location");
      optional(g, "seq", location.seq());
      if (location.line().isPresent()) {
        g.writeNumberField("line", location.line().getAsLong());
      }
      optional(g, "column", location.column());
      optional(g, "path", location.path());
      optional(g, "text", location.text());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
