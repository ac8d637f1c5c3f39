package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JsonParser} with the checks a document reader needs, each failing with a {@link
 * JixiaoReadException} that names the JSON path and the problem.
 */
public final class JsonIn {
  /** The default bound on a number's scale: see {@link #decimal()}. */
  public static final int DEFAULT_MAX_SCALE = 1_000;

  private final JsonParser parser;
  private final long line;
  private final int maxScale;

  /**
   * @param line the line of a JSON Lines stream the document is on, or 0 for a whole document
   */
  public JsonIn(JsonParser parser, long line) {
    this(parser, line, DEFAULT_MAX_SCALE);
  }

  /**
   * @param line the line of a JSON Lines stream the document is on, or 0 for a whole document
   * @param maxScale the largest scale, positive or negative, a decimal may have
   */
  public JsonIn(JsonParser parser, long line, int maxScale) {
    this.parser = parser;
    this.line = line;
    this.maxScale = maxScale;
  }

  public JsonParser parser() {
    return parser;
  }

  /** The JSON path of the current token, such as {@code $.projects[3].budget}. */
  public String path() {
    // Readers take the path of every object they start (for errors found at its end), so this
    // appends straight into one builder instead of collecting segments.
    StringBuilder out = new StringBuilder(48).append('$');
    appendPath(parser.getParsingContext(), out);
    return out.toString();
  }

  private static void appendPath(@Nullable JsonStreamContext context, StringBuilder out) {
    if (context == null) {
      return;
    }
    appendPath(context.getParent(), out);
    if (context.inArray() && context.getCurrentIndex() >= 0) {
      out.append('[').append(context.getCurrentIndex()).append(']');
    } else if (context.inObject() && context.getCurrentName() != null) {
      out.append('.').append(context.getCurrentName());
    }
  }

  /** An error at the current token. */
  public JixiaoReadException error(String problem, @Nullable String text) {
    return error(path(), problem, text, null);
  }

  /** An error at a given path. */
  public JixiaoReadException error(
      String path, String problem, @Nullable String text, @Nullable Throwable cause) {
    long at = line > 0 ? line : parser.currentLocation().getLineNr();
    return JixiaoReadException.atLineAndPath(problem, Math.max(at, 0), path, text, cause);
  }

  /** Wraps a parser failure (bad syntax, a duplicate key, a limit exceeded). */
  public JixiaoReadException wrap(JsonProcessingException e) {
    return error(path(), "not valid JSON: " + e.getOriginalMessage(), null, e);
  }

  /** Advances to the next token. */
  public JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw error("the document ends too early", null);
    }
    return token;
  }

  /** Expects the current token to start an object. */
  public void expectObject(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error("expected " + what + " (an object), found " + describe(), textOrNull());
    }
  }

  /** Expects the current token to start an array. */
  public void expectArray() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error("expected an array, found " + describe(), textOrNull());
    }
  }

  /** Whether the current token is a JSON null. */
  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  public String string() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error("expected a string, found " + describe(), textOrNull());
    }
    return parser.getText();
  }

  /**
   * A decimal, exactly as written: never through {@code double}. Its scale must be within
   * {@code ±maxScale}: {@code 1E+999999999} or {@code 1E-999999999} are valid JSON, but their
   * plain text, rounding or arithmetic on them would take gigabytes, so they are rejected here
   * (as are exponents beyond what a {@code BigDecimal} can hold, such as {@code 1E+99999999999}).
   */
  public BigDecimal decimal() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error("expected a number, found " + describe(), textOrNull());
    }
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw error(path(), "the number is out of range", textOrNull(), e);
    }
    if (value.scale() > maxScale || value.scale() < -maxScale) {
      throw error(
          "the number is out of range: its scale (decimal places, or a negative count for a"
              + " positive exponent) is "
              + value.scale()
              + ", beyond the limit of ±"
              + maxScale,
          textOrNull());
    }
    return value;
  }

  /** A decimal that must not be negative. */
  public BigDecimal nonNegative() throws IOException {
    BigDecimal value = decimal();
    if (value.signum() < 0) {
      throw error("must not be negative", textOrNull());
    }
    return value;
  }

  public int integer() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw error("expected a whole number (32 bits), found " + describe(), textOrNull());
    }
    return parser.getIntValue();
  }

  public long longValue() throws IOException {
    JsonParser.NumberType type =
        parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getNumberType() : null;
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw error("expected a whole number (64 bits), found " + describe(), textOrNull());
    }
    return parser.getLongValue();
  }

  public boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error("expected true or false, found " + describe(), textOrNull());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** An enum value by its identifier; a label or unknown name is an error. */
  public <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    String text = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        "unknown "
            + type.getSimpleName()
            + " value; expected one of "
            + Arrays.toString(type.getEnumConstants()),
        text);
  }

  /** Skips the current value (and its children). */
  public void skip() throws IOException {
    parser.skipChildren();
  }

  /** Reads the fields of the current object, calling {@code field} with each name. */
  public void fields(FieldReader field) throws IOException {
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      next();
      field.read(name);
    }
  }

  /** Reads the elements of the current array. */
  public void elements(ElementReader element) throws IOException {
    expectArray();
    while (next() != JsonToken.END_ARRAY) {
      element.read();
    }
  }

  /** Reads a field's value. */
  @FunctionalInterface
  public interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads an array element. */
  @FunctionalInterface
  public interface ElementReader {
    void read() throws IOException;
  }

  private String describe() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() != null ? token.asString() : token.name();
    }
  }

  private @Nullable String textOrNull() {
    JsonToken token = parser.currentToken();
    if (token == null || token.isStructStart() || token.isStructEnd()) {
      return null;
    }
    try {
      return parser.getText();
    } catch (IOException e) {
      return null;
    }
  }
}
