package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JsonParser} with the checks a document reader needs, each failing with a {@link
 * JixiaoReadException} that names the JSON path, the problem (a code {@code JX-I-03xx}, worded in
 * the reader's language: Chinese unless told otherwise) and the offending text.
 */
public final class JsonIn {
  /** The default bound on a number's scale: see {@link #decimal()}. */
  public static final int DEFAULT_MAX_SCALE = 1_000;

  private final JsonParser parser;
  private final long line;
  private final int maxScale;
  private final Locale locale;

  /**
   * @param line the line of a JSON Lines stream the document is on, or 0 for a whole document
   * @param locale the language of the problems
   */
  public JsonIn(JsonParser parser, long line, Locale locale) {
    this(parser, line, DEFAULT_MAX_SCALE, locale);
  }

  /**
   * @param line the line of a JSON Lines stream the document is on, or 0 for a whole document
   * @param maxScale the largest scale, positive or negative, a decimal may have
   * @param locale the language of the problems
   */
  public JsonIn(JsonParser parser, long line, int maxScale, Locale locale) {
    this.parser = parser;
    this.line = line;
    this.maxScale = maxScale;
    this.locale = locale;
  }

  /** The language of the problems. */
  public Locale locale() {
    return locale;
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
    // hasCurrentIndex, not getCurrentIndex() >= 0: on an array's own '[' (an array where an
    // object is expected) no element has been read, and getCurrentIndex() says 0 all the same.
    if (context.inArray() && context.hasCurrentIndex()) {
      out.append('[').append(context.getCurrentIndex()).append(']');
    } else if (context.inObject() && context.getCurrentName() != null) {
      out.append('.').append(context.getCurrentName());
    }
  }

  /** An error at the current token. */
  public JixiaoReadException error(Msg problem, @Nullable String text) {
    return error(path(), problem, text, null);
  }

  /** An error at a given path. */
  public JixiaoReadException error(
      String path, Msg problem, @Nullable String text, @Nullable Throwable cause) {
    long at = line > 0 ? line : parser.currentLocation().getLineNr();
    return JixiaoReadException.at(
        problem.code(), problem.render(locale), Math.max(at, 0), 0, path, text, cause, locale);
  }

  /** An error at a given path: a required field is missing. */
  public JixiaoReadException missing(String objectPath, String field) {
    return error(objectPath + "." + field, Msg.of("JX-I-0317").arg("field", field), null, null);
  }

  /** Wraps a parser failure (bad syntax, a duplicate key, a limit exceeded). */
  public JixiaoReadException wrap(JsonProcessingException e) {
    // Jackson's own words are kept as they are (English): they say exactly what it found.
    String detail = e.getOriginalMessage();
    return error(
        path(), Msg.of("JX-I-0313").arg("detail", detail != null ? detail : ""), null, e);
  }

  /** Advances to the next token. */
  public JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw error(Msg.of("JX-I-0301"), null);
    }
    return token;
  }

  /**
   * Expects the current token to start an object.
   *
   * @param what the code of what the object is ({@link JsonWords})
   */
  public void expectObject(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(
          Msg.of("JX-I-0302").part("what", Msg.of(what)).part("found", found()), textOrNull());
    }
  }

  /** Expects the current token to start an array. */
  public void expectArray() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(Msg.of("JX-I-0303").part("found", found()), textOrNull());
    }
  }

  /** Whether the current token is a JSON null. */
  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  public String string() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(Msg.of("JX-I-0304").part("found", found()), textOrNull());
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
      throw error(Msg.of("JX-I-0305").part("found", found()), textOrNull());
    }
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw error(path(), Msg.of("JX-I-0306"), textOrNull(), e);
    }
    if (value.scale() > maxScale || value.scale() < -maxScale) {
      throw error(
          Msg.of("JX-I-0307").arg("scale", value.scale()).arg("max", maxScale), textOrNull());
    }
    return value;
  }

  /** A decimal that must not be negative. */
  public BigDecimal nonNegative() throws IOException {
    BigDecimal value = decimal();
    if (value.signum() < 0) {
      throw error(Msg.of("JX-I-0308"), textOrNull());
    }
    return value;
  }

  public int integer() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw error(Msg.of("JX-I-0309").part("found", found()), textOrNull());
    }
    return parser.getIntValue();
  }

  public long longValue() throws IOException {
    JsonParser.NumberType type =
        parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getNumberType() : null;
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw error(Msg.of("JX-I-0310").part("found", found()), textOrNull());
    }
    return parser.getLongValue();
  }

  public boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error(Msg.of("JX-I-0311").part("found", found()), textOrNull());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** An enum value by its identifier; a label or unknown name is an error. */
  public <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    return enumName(type, string());
  }

  /** An enum constant named by {@code text} (a value, or an object's key); a label or unknown name is an error. */
  public <E extends Enum<E>> E enumName(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        Msg.of("JX-I-0312")
            .arg("type", type.getSimpleName())
            .arg("values", Arrays.toString(type.getEnumConstants())),
        text);
  }

  /** Skips the current value (and its children). */
  public void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * Reads the fields of the current object, calling {@code field} with each name. The caller
   * checks first, with {@link #expectObject}, that the value is an object.
   */
  public void fields(FieldReader field) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      // A reader's bug, not the input's: on anything but an object this loop would read the
      // enclosing object's fields as this one's and end it early, silently dropping the rest of
      // the document (JSON with a string or array there, through the Jackson module).
      throw new IllegalStateException("fields() of " + path() + " without expectObject first");
    }
    // a repeated key is refused here when the parser does not refuse it itself (jixiao's module
    // on a mapper of the user's, whose factory may allow them): the last value must not win unsaid
    SeenNames seen =
        parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) ? null : new SeenNames();
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (seen != null && !seen.add(name)) {
        // worded as the parser's own refusal is, so that both read the same
        Msg duplicate = Msg.of("JX-I-0313").arg("detail", "Duplicate field '" + name + "'");
        throw error(path(), duplicate, name, null);
      }
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

  /** What the current token is, as a part of a message. */
  private Msg found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return Msg.of("JX-I-0377");
    }
    switch (token) {
      case START_OBJECT:
        return Msg.of("JX-I-0371");
      case START_ARRAY:
        return Msg.of("JX-I-0372");
      case VALUE_STRING:
        return Msg.of("JX-I-0373");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Msg.of("JX-I-0374");
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Msg.of("JX-I-0375");
      case VALUE_NULL:
        return Msg.of("JX-I-0376");
      default:
        String text = token.asString();
        return Msg.of("JX-I-0378").arg("token", text != null ? text : token.name());
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
