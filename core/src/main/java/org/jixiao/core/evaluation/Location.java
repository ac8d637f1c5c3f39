package org.jixiao.core.evaluation;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a finding points: a project (by 序号), a line and column of a source file, a field or
 * JSON path, and the offending text. Every part is optional; a finding fills what it knows.
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /** 序号 of the project concerned. */
  public abstract OptionalInt seq();

  /** One-based line in the source document. */
  public abstract OptionalLong line();

  /** One-based column in the source document. */
  public abstract OptionalInt column();

  /** A field or JSON path, for example {@code indicators[2].actual} or {@code $.projects[3]}. */
  public abstract Optional<String> path();

  /** The offending text, as it was read. */
  public abstract Optional<String> text();

  /** The location of a project, by its 序号. */
  public static Location ofSeq(int seq) {
    return builder().seq(seq).build();
  }

  /** A position in a source document. */
  public static Location ofLine(long line, int column) {
    return builder().line(line).column(column).build();
  }

  /**
   * A short form for logs and developers, such as {@code 序号 17, line 34, column 8, 'text'}: the
   * same in every language, so not for a report a user reads (word the parts in the reader's
   * language from {@link #seq()}, {@link #line()}, {@link #column()}, as the command line does).
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    seq().ifPresent(s -> append(out, "序号 " + s));
    line().ifPresent(l -> append(out, "line " + l));
    column().ifPresent(c -> append(out, "column " + c));
    path().ifPresent(p -> append(out, p));
    text().ifPresent(t -> append(out, "'" + t + "'"));
    return out.toString();
  }

  private static void append(StringBuilder out, String part) {
    if (out.length() > 0) {
      out.append(", ");
    }
    out.append(part);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location}s. */
  public static class Builder extends ImmutableLocation.Builder {}
}
