package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The library's indented JSON: the layout of Jackson's {@code DefaultPrettyPrinter} (objects one
 * entry a line, indented two spaces a level, {@code " : "} between name and value; arrays inline,
 * {@code "[ a, b ]"}), with every separator and indent written as bytes encoded once.
 *
 * <p>Why not the default printer: it writes each separator and indent as a {@code String} or
 * {@code char[]} that the generator encodes character by character, and that was the largest
 * single cost of writing a full evaluation (a quarter of the writing thread's time). A test
 * checks that the bytes are the default printer's. One instance per generator: it counts the
 * nesting.
 */
public final class Indented implements PrettyPrinter {
  private static final SerializableString ROOT_SEPARATOR = new SerializedString(" ");
  private static final SerializableString NAME_VALUE = new SerializedString(" : ");
  private static final SerializableString ENTRY_SEPARATOR = new SerializedString(",");
  private static final SerializableString VALUE_SEPARATOR = new SerializedString(", ");
  private static final SerializableString EMPTY = new SerializedString(" ");
  private static final String LINE_BREAK = System.lineSeparator();
  private static final int LEVELS = 32;
  private static final SerializableString[] INDENTS = new SerializableString[LEVELS];

  static {
    for (int level = 0; level < LEVELS; level++) {
      INDENTS[level] = new SerializedString(LINE_BREAK + "  ".repeat(level));
    }
  }

  private int nesting;

  /** A printer for one generator. */
  public Indented() {}

  /**
   * A printer for a generator that writes a value standing at {@code nesting} levels of objects
   * in a document written by another (an evaluation of a document, written ahead on another
   * thread): its lines are indented as they would be there.
   */
  public Indented(int nesting) {
    this.nesting = nesting;
  }

  private static void indent(JsonGenerator g, int level) throws IOException {
    if (level < LEVELS) {
      g.writeRaw(INDENTS[level]);
    } else {
      g.writeRaw(LINE_BREAK + "  ".repeat(level));
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(ROOT_SEPARATOR);
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    indent(g, nesting);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(ENTRY_SEPARATOR);
    indent(g, nesting);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    nesting--;
    if (entries > 0) {
      indent(g, nesting);
    } else {
      g.writeRaw(EMPTY);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('['); // arrays stay on the line: no nesting
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(VALUE_SEPARATOR);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    g.writeRaw(' ');
    g.writeRaw(']');
  }
}
