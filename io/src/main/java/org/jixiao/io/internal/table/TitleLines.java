package org.jixiao.io.internal.table;

import java.util.Optional;
import org.jixiao.core.label.Labels;
import org.jixiao.core.money.MoneyUnit;

/**
 * Recognises the lines above a disclosure table: 附表 and 附件 labels, notes (说明：, 注：), the
 * title (with its year, and a unit at its end), 部门名称（盖章）, 单位：万元 and an explicit 年度 line (which the writer adds only when the title does not give the
 * fiscal year).
 */
public final class TitleLines {
  private TitleLines() {}

  enum Kind {
    APPENDIX,
    DEPARTMENT,
    UNIT,
    YEAR,
    NOTE,
    OTHER
  }

  /** A classified title cell: its kind and the value after the label. */
  record Title(Kind kind, String value, Optional<MoneyUnit> unit) {}

  static Title classify(String raw) {
    String text = Labels.normalize(raw);
    if (text.startsWith("附表") || isAttachmentLabel(text)) {
      return new Title(Kind.APPENDIX, raw, Optional.empty());
    }
    if (text.startsWith("说明:") || text.startsWith("注:") || text.startsWith("备注:")) {
      return new Title(Kind.NOTE, raw, Optional.empty()); // a note above the title is no title
    }
    if (text.startsWith("部门名称") || text.startsWith("部门(单位)名称")) {
      return new Title(Kind.DEPARTMENT, afterColon(raw, text.startsWith("部门名称") ? "部门名称" : "部门(单位)名称"), Optional.empty());
    }
    Optional<MoneyUnit> unit = unitLine(raw);
    if (unit.isPresent()) {
      return new Title(Kind.UNIT, raw, unit);
    }
    if (text.startsWith("年度:")) {
      return new Title(Kind.YEAR, text.substring(3), Optional.empty());
    }
    return new Title(Kind.OTHER, raw, unitAtEnd(text));
  }

  /**
   * Whether a line is an attachment's label alone, as documents put above the table they attach:
   * 附件, 附件2, 附件 2：, 附件二.
   */
  private static boolean isAttachmentLabel(String text) {
    if (!text.startsWith("附件") || text.length() > 8) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!(Character.isDigit(ch) || ch == ':' || ch == '-' || "一二三四五六七八九十".indexOf(ch) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The money unit a title states at its end, {@code …公开表（单位：万元）} or {@code …公开表 单位：万元},
   * where the table has no line of its own for it.
   */
  private static Optional<MoneyUnit> unitAtEnd(String text) {
    String t = text.endsWith(")") ? text.substring(0, text.length() - 1) : text;
    int at = Math.max(t.lastIndexOf("单位:"), t.lastIndexOf("金额单位:"));
    if (at <= 0) {
      return Optional.empty();
    }
    return MoneyUnit.fromLabel(t.substring(t.indexOf(':', at) + 1));
  }

  /**
   * The money unit a line states, {@code 单位：万元} or {@code 金额单位:元}; empty for any other
   * text. The single-project form reader reads the line above a form's title with it too.
   */
  public static Optional<MoneyUnit> unitLine(String raw) {
    String text = Labels.normalize(raw);
    if (text.startsWith("单位:") || text.startsWith("金额单位:")) {
      return MoneyUnit.fromLabel(text.substring(text.indexOf(':') + 1));
    }
    return Optional.empty();
  }

  private static String afterColon(String raw, String label) {
    int colon = raw.indexOf('：');
    int ascii = raw.indexOf(':');
    if (ascii >= 0 && (colon < 0 || ascii < colon)) {
      colon = ascii;
    }
    if (colon >= 0) {
      return raw.substring(colon + 1).strip();
    }
    // no colon: the value is what follows the label in the cell as written (部门（单位）名称 区 教育局
    // gives 区 教育局), not a cut of the normalised text, which has lost its spaces and brackets
    String rest = afterNormalized(raw, label);
    return Labels.normalize(rest).startsWith("(盖章)") ? afterNormalized(rest, "(盖章)") : rest;
  }

  /** What follows, in {@code raw}, the characters whose normalised form is {@code prefix}, stripped. */
  private static String afterNormalized(String raw, String prefix) {
    int i = 0;
    int matched = 0;
    while (i < raw.length() && matched < prefix.length()) {
      matched += Labels.normalize(raw.substring(i, i + 1)).length();
      i++;
    }
    return raw.substring(i).strip();
  }

  /** The year of a title such as 2019年度…: the first four digits followed by 年; else -1. */
  static int yearOf(String title) {
    for (int i = 0; i + 4 < title.length(); i++) {
      if (title.charAt(i + 4) == '年' && digits(title, i)) {
        int year = Integer.parseInt(title.substring(i, i + 4));
        if (i > 0 && Character.isDigit(title.charAt(i - 1))) {
          continue;
        }
        return year;
      }
    }
    return -1;
  }

  private static boolean digits(String text, int from) {
    for (int i = from; i < from + 4; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** A year line's value: digits, or blank for "no year". -2 when it is not a year. */
  static int parseYear(String value) {
    if (value.isEmpty()) {
      return -1;
    }
    if (value.length() > 6) {
      return -2;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return -2;
      }
    }
    return Integer.parseInt(value);
  }
}
