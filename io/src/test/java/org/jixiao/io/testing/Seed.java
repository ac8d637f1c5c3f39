package org.jixiao.io.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seed table (a published disclosure table extracted from PDF), from the test resources. */
public final class Seed {
  private Seed() {}

  /** The file's bytes. */
  public static byte[] bytes() {
    try (InputStream in = Seed.class.getResourceAsStream("/longgang-hr-2019.tsv")) {
      if (in == null) {
        throw new IllegalStateException("seed resource missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text. */
  public static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** One line of the seed split on tabs, independently of the reader. */
  public record RawRow(int line, String[] cells) {
    public String cell(int column) {
      return column < cells.length ? cells[column] : "";
    }
  }

  /** The project rows: lines whose first cell is a number, split on tabs (the seed has no quotes). */
  public static List<RawRow> projectRows() {
    List<RawRow> rows = new ArrayList<>();
    String[] lines = text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (!cells[0].isEmpty() && cells[0].chars().allMatch(Character::isDigit)) {
        rows.add(new RawRow(i + 1, cells));
      }
    }
    return rows;
  }

  /** The 合计 row, split on tabs. */
  public static RawRow totalsRow() {
    String[] lines = text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (cells[0].equals("合计")) {
        return new RawRow(i + 1, cells);
      }
    }
    throw new IllegalStateException("no 合计 row");
  }
}
