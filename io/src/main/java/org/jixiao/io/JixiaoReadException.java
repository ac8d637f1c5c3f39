package org.jixiao.io;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jspecify.annotations.Nullable;

/**
 * The one exception the readers of this module throw for bad input: a table that strict mode
 * rejects, a JSON document that does not match its schema, a limit that was exceeded, bytes that
 * are not text in the expected encoding.
 *
 * <p>It is unchecked, like FastCSV's own parse exception, so that it can cross iterators and
 * streams (JSON Lines). Every instance names where the problem is — a one-based line and column
 * for tables (the column is the field's position in its row), a JSON path such as
 * {@code $.projects[3].budget} for JSON — and, where there is one, the offending text. The same
 * facts are in the {@linkplain #getMessage() message} (the text shortened to a readable length)
 * and in the accessors (the text in full).
 *
 * <p>The table reader's strict mode throws it with the {@linkplain #code() code} of the diagnostic
 * it would have reported ({@link ReadMessages}), worded in the reader's language: Chinese by
 * default, location included (第3行第5列：…), and so are the table reader's exceeded limits and
 * text that cannot be split into cells. So are the single-project form reader's ({@code
 * JX-I-02xx}, {@code FormReader.Builder.locale}) and the JSON readers' ({@code JX-I-03xx}, with
 * the JSON path: {@code JixiaoJson.Builder.locale}, the Jackson module's locale): Chinese by
 * default, English for an English locale. A location with a path is worded 第3行（$.a.b）：… or
 * {@code line 3, $.a.b: …}.
 */
public final class JixiaoReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_TEXT_LIMIT = 60;

  private final @Nullable String code;
  private final String problem;
  private final long line;
  private final int column;
  private final @Nullable String path;
  private final @Nullable String text;

  private JixiaoReadException(
      String problem,
      long line,
      int column,
      @Nullable String path,
      @Nullable String text,
      @Nullable Throwable cause) {
    this(null, problem, line, column, path, text, cause, Locale.ENGLISH);
  }

  private JixiaoReadException(
      @Nullable String code,
      String problem,
      long line,
      int column,
      @Nullable String path,
      @Nullable String text,
      @Nullable Throwable cause,
      Locale locale) {
    super(compose(problem, line, column, path, text, locale), cause);
    this.code = code;
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.path = path;
    this.text = text;
  }

  /**
   * A problem at a position of a table.
   *
   * @param problem what is wrong, in a phrase
   * @param line one-based line, or 0 when unknown
   * @param column one-based column (field position), or 0 when unknown
   * @param text the offending text, if any
   * @return the exception
   */
  public static JixiaoReadException atLine(
      String problem, long line, int column, @Nullable String text) {
    return new JixiaoReadException(problem, line, column, null, text, null);
  }

  /**
   * A problem with a code ({@link ReadMessages}) at a position of a table, its location worded in
   * the language of {@code locale} like its problem.
   *
   * @param code the code of the problem, for example {@code JX-I-0111}
   * @param problem what is wrong, worded in the language of {@code locale}
   * @param line one-based line, or 0 when unknown
   * @param column one-based column (field position), or 0 when unknown
   * @param text the offending text, if any
   * @param locale the language of the message
   * @return the exception
   */
  public static JixiaoReadException atLine(
      String code, String problem, long line, int column, @Nullable String text, Locale locale) {
    return new JixiaoReadException(code, problem, line, column, null, text, null, locale);
  }

  /**
   * A problem with a code ({@link ReadMessages}) and its cause at a position of a table, worded
   * in the language of {@code locale} like its problem.
   *
   * @param code the code of the problem, for example {@code JX-I-0144}
   * @param problem what is wrong, worded in the language of {@code locale}
   * @param line one-based line, or 0 when unknown
   * @param column one-based column, or 0 when unknown
   * @param text the offending text, if any
   * @param cause the underlying exception, if any
   * @param locale the language of the message
   * @return the exception
   */
  public static JixiaoReadException withCause(
      String code,
      String problem,
      long line,
      int column,
      @Nullable String text,
      @Nullable Throwable cause,
      Locale locale) {
    return new JixiaoReadException(code, problem, line, column, null, text, cause, locale);
  }

  /**
   * A problem with a code at a position (a line and column, a path, or both: a sheet's cell, a
   * JSON path within a JSON Lines line), its location worded in the language of {@code locale}
   * like its problem.
   *
   * @param code the code of the problem, for example {@code JX-I-0221}
   * @param problem what is wrong, worded in the language of {@code locale}
   * @param line one-based line, or 0 when unknown
   * @param column one-based column, or 0 when unknown
   * @param path a JSON path, a file or a sheet's name, if any
   * @param text the offending text, if any
   * @param cause the underlying exception, if any
   * @param locale the language of the message
   * @return the exception
   */
  public static JixiaoReadException at(
      String code,
      String problem,
      long line,
      int column,
      @Nullable String path,
      @Nullable String text,
      @Nullable Throwable cause,
      Locale locale) {
    return new JixiaoReadException(code, problem, line, column, path, text, cause, locale);
  }

  /**
   * A problem at a JSON path.
   *
   * @param problem what is wrong, in a phrase
   * @param path the JSON path, for example {@code $.projects[3].budget}
   * @param text the offending text, if any
   * @return the exception
   */
  public static JixiaoReadException atPath(String problem, String path, @Nullable String text) {
    return new JixiaoReadException(problem, 0, 0, path, text, null);
  }

  /**
   * A problem at a JSON path within a numbered line of a JSON Lines stream.
   *
   * @param problem what is wrong, in a phrase
   * @param line one-based line of the stream
   * @param path the JSON path within that line's document
   * @param text the offending text, if any
   * @param cause the underlying exception, if any
   * @return the exception
   */
  public static JixiaoReadException atLineAndPath(
      String problem,
      long line,
      String path,
      @Nullable String text,
      @Nullable Throwable cause) {
    return new JixiaoReadException(problem, line, 0, path, text, cause);
  }

  /**
   * A problem with its cause, at a position of a table (line and column 0 when unknown).
   *
   * @param problem what is wrong, in a phrase
   * @param line one-based line, or 0 when unknown
   * @param column one-based column, or 0 when unknown
   * @param text the offending text, if any
   * @param cause the underlying exception
   * @return the exception
   */
  public static JixiaoReadException withCause(
      String problem, long line, int column, @Nullable String text, Throwable cause) {
    return new JixiaoReadException(problem, line, column, null, text, cause);
  }

  /**
   * The stable code of the problem ({@link ReadMessages}, for example {@code JX-I-0111}) when it
   * has one: the strict table reader's problems do. Branch on it, never on the message.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** One-based line in the source, when known. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** One-based column (field position in its row), when known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The JSON path, for JSON input. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The offending text, in full, when there is one. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The location as a core {@link Location}, so that it can be reported like a finding. */
  public Location location() {
    Location.Builder builder = Location.builder();
    line().ifPresent(builder::line);
    column().ifPresent(builder::column);
    path().ifPresent(builder::path);
    text().ifPresent(builder::text);
    return builder.build();
  }

  private static String compose(
      String problem,
      long line,
      int column,
      @Nullable String path,
      @Nullable String text,
      Locale locale) {
    if (!MessageCatalog.isEnglish(locale)) {
      return composeChinese(problem, line, column, path, text);
    }
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append("line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
    }
    if (path != null) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(path);
    }
    if (out.length() > 0) {
      out.append(": ");
    }
    out.append(problem);
    if (text != null) {
      out.append(": '").append(shorten(text)).append('\'');
    }
    return out.toString();
  }

  /** 第3行第5列：problem：“text”; with a path 第3行（$.a.b）：… or, without a line, $.a.b：…. */
  private static String composeChinese(
      String problem, long line, int column, @Nullable String path, @Nullable String text) {
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append('第').append(line).append('行');
      if (column > 0) {
        out.append('第').append(column).append('列');
      }
      if (path != null) {
        out.append('（').append(path).append('）');
      }
      out.append('：');
    } else if (path != null) {
      out.append(path).append('：');
    }
    out.append(problem);
    if (text != null) {
      out.append("：“").append(shorten(text, "…（共", "字）")).append('”');
    }
    return out.toString();
  }

  /** Shortens text for a message; hostile cells can be very long. */
  static String shorten(String text) {
    return shorten(text, "…(", " chars)");
  }

  private static String shorten(String text, String before, String after) {
    if (text.length() <= MESSAGE_TEXT_LIMIT) {
      return text;
    }
    int end = MESSAGE_TEXT_LIMIT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + before + text.length() + after;
  }
}
