package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * Collects the diagnostics of one read, worded in the reader's language. In strict mode the first
 * WARNING or ERROR is thrown as a {@link JixiaoReadException} instead, with the same message and
 * code. The number kept is bounded so that a hostile input cannot fill memory with diagnostics;
 * the text in a location is shortened for the same reason.
 */
public final class DiagnosticSink {
  /** At most this many diagnostics are kept; the rest are counted. */
  public static final int MAX_DIAGNOSTICS = 10_000;

  /** Offending text in a diagnostic is cut to this many characters. */
  public static final int MAX_TEXT = 200;

  private final boolean strict;
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private long dropped;

  /** A sink whose diagnostics are worded in Chinese. */
  public DiagnosticSink(boolean strict) {
    this(strict, Locale.SIMPLIFIED_CHINESE);
  }

  /** A sink whose diagnostics are worded in the language of {@code locale}. */
  public DiagnosticSink(boolean strict, Locale locale) {
    this.strict = strict;
    this.locale = locale;
  }

  public boolean strict() {
    return strict;
  }

  /** The language the diagnostics are worded in. */
  public Locale locale() {
    return locale;
  }

  /**
   * Reports a diagnostic worded by its caller, without a code of the io module (its code is its
   * rule id). Prefer {@link #report(String, Severity, Msg, long, int, String, int)}.
   *
   * @param line one-based line, 0 when unknown
   * @param column zero-based column, -1 when unknown (locations are one-based)
   * @param seq 序号, -1 when unknown
   */
  public void report(
      String rule,
      Severity severity,
      String message,
      long line,
      int column,
      @Nullable String text,
      int seq) {
    if (strict && severity != Severity.INFO) {
      throw JixiaoReadException.atLine(message, line, column + 1, text);
    }
    add(Finding.builder().rule(rule).severity(severity).message(message), line, column, text, seq);
  }

  /**
   * Reports a diagnostic with a code: its message is worded in the sink's language from the
   * io module's messages, and its arguments (parts worded too) are kept in the finding.
   *
   * @param line one-based line, 0 when unknown
   * @param column zero-based column, -1 when unknown (locations are one-based)
   * @param seq 序号, -1 when unknown
   */
  public void report(
      String rule,
      Severity severity,
      Msg msg,
      long line,
      int column,
      @Nullable String text,
      int seq) {
    if (!strict && findings.size() >= MAX_DIAGNOSTICS) {
      dropped++; // not worded: a hostile input must not cost a message per dropped diagnostic
      return;
    }
    Map<String, String> args = msg.args(locale);
    String message = Msg.render(msg.code(), args, locale);
    if (strict && severity != Severity.INFO) {
      throw JixiaoReadException.atLine(msg.code(), message, line, column + 1, text, locale);
    }
    add(
        Finding.builder()
            .rule(rule)
            .code(msg.code())
            .severity(severity)
            .message(message)
            .args(args),
        line,
        column,
        text,
        seq);
  }

  private void add(Finding.Builder finding, long line, int column, @Nullable String text, int seq) {
    if (findings.size() >= MAX_DIAGNOSTICS) {
      dropped++;
      return;
    }
    Location.Builder location = Location.builder();
    if (line > 0) {
      location.line(line);
    }
    if (column >= 0) {
      location.column(column + 1);
    }
    if (seq >= 0) {
      location.seq(seq);
    }
    if (text != null && !text.isEmpty()) {
      location.text(Cells.shorten(text, MAX_TEXT));
    }
    Location at = location.build();
    if (!isBlank(at)) {
      finding.location(at); // a diagnostic of the whole read (no unit stated) has no location at all
    }
    findings.add(finding.build());
  }

  /** Whether a location says nothing: no line, column, 序号, path or text. */
  public static boolean isBlank(Location at) {
    return at.line().isEmpty() && at.column().isEmpty() && at.seq().isEmpty() && at.path().isEmpty() && at.text().isEmpty();
  }

  /** How many diagnostics are kept so far: a mark for {@link #moveSince}. */
  int size() {
    return findings.size();
  }

  /**
   * Moves the diagnostics reported since {@code from} to position {@code to} (≤ {@code from}),
   * keeping their order: a row read after the rows below it (a held project row) has its
   * diagnostics where its line puts them.
   */
  void moveSince(int from, int to) {
    int end = findings.size();
    if (to < from && from < end) {
      java.util.Collections.rotate(findings.subList(to, end), end - from);
    }
  }

  /** The diagnostics reported so far (a copy), without the count of those not kept. */
  public List<Finding> snapshot() {
    return List.copyOf(findings);
  }

  /** Reports the bytes that were not text in the charset used, if any (JX-I-0141). */
  public void reportMalformed(DecodingReader decoded) {
    if (decoded.malformedCount() > 0) {
      report(
          ReadDiagnostics.MALFORMED_TEXT,
          Severity.WARNING,
          Msg.of("JX-I-0141")
              .arg("count", decoded.malformedCount())
              .arg("charset", decoded.charset().name())
              .arg("offset", decoded.firstMalformedOffset()),
          decoded.firstMalformedLine(),
          -1,
          null,
          -1);
    }
  }

  /** Reports the cells whose opening quote was kept as text (JX-I-0106), one a cell. */
  public void reportQuotes(java.util.List<QuoteGuard.Kept> kept) {
    for (QuoteGuard.Kept k : kept) {
      report(ReadDiagnostics.QUOTE_AS_TEXT, Severity.WARNING, Msg.of("JX-I-0106"), k.line(), k.column(), k.text(), -1);
    }
  }

  /** The diagnostics, with a last one counting those that were not kept. */
  public List<Finding> finish() {
    if (dropped > 0) {
      Msg msg =
          Msg.of("JX-I-0143").arg("dropped", dropped).arg("max", MAX_DIAGNOSTICS);
      Map<String, String> args = msg.args(locale);
      findings.add(
          Finding.builder()
              .rule(ReadDiagnostics.TOO_MANY_DIAGNOSTICS)
              .code(msg.code())
              .severity(Severity.INFO)
              .message(Msg.render(msg.code(), args, locale))
              .args(args)
              .build());
    }
    return findings;
  }
}
