package org.jixiao.io.grid;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.label.Labels;

/**
 * What a document's title says: the project it names and the year it states. The layout readers
 * take the name from it for a declaration or a form that has no 项目名称 row: tables of targets
 * and forms printed for one project carry its name only in their title (2019年度宁晋县高中助学金项目绩效评价指标表,
 * 2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表, 再生资源回收市场管理经费项目绩效目标表). The name is
 * what stands between the year and the template's own words (绩效目标申报表, 项目支出, 区域 …); a title
 * that names no project, only the template, a department or a kind of spending (项目支出绩效目标表,
 * 鄂州市2022年市直部门预算项目支出绩效目标表, 部门整体支出绩效自评表), gives none. Also the year a title
 * states, which the readers take as the budget year.
 */
public final class DocumentTitle {
  private DocumentTitle() {}

  /** Where the template's words begin: 绩效 first, else the kind of table. */
  private static final List<String> TAILS = List.of("绩效", "目标申报表", "申报表", "目标表", "审批表", "批复表", "自评表", "指标表");

  /**
   * What a title that names no project ends in once its template words are cut: the department's
   * budget, a level of government, a kind of spending. Checked after 项目支出 became 项目.
   */
  private static final List<String> GENERIC_ENDS =
      List.of("预算项目", "部门项目", "财政项目", "本级项目", "级项目", "支出", "转移支付", "部门整体", "单位整体", "专项资金");

  /** Titles that are the template's words alone once cut (专项资金绩效目标表), or a kind (重点项目). */
  private static final List<String> GENERIC = List.of("项目", "专项", "资金", "专项资金", "部门", "整体", "单位", "重点");

  /**
   * What a department's name ends in: a title naming a department and 项目 (市教育局项目支出绩效自评表)
   * names the department's projects, not one of them.
   */
  private static final List<String> DEPARTMENT_ENDS =
      List.of("局", "委", "办", "厅", "委员会", "政府", "办事处", "街道", "法院", "检察院");

  /** The longest name read from a title: longer text is a sentence, not a name. */
  private static final int LONGEST = 60;

  /**
   * The project's name in a title, if it names one.
   *
   * <p>A title in traditional script (…項目績效目標申報表) is read with the traditional characters
   * of the labels' vocabulary folded ({@link Labels#foldTraditional}); the name is given as printed.
   *
   * @param title a document's title, as printed
   * @return the name, empty when the title names only a template, a department or a kind of
   *     spending, or is no table's title
   */
  public static Optional<String> projectName(String title) {
    String printed = title.strip();
    String folded = Labels.foldTraditional(printed); // as long as printed: the name is at the same place in both
    return nameIn(folded).map(name -> {
      int at = folded.indexOf(name);
      return at < 0 ? name : printed.substring(at, at + name.length());
    });
  }

  /** {@link #projectName} of a title whose traditional characters are folded. */
  private static Optional<String> nameIn(String title) {
    String t = withoutYearAfter(withoutTableNumber(title));
    int tail = tail(t);
    if (tail < 0 || !(t.endsWith("表") || t.endsWith("自评"))) {
      return Optional.empty(); // no table's title (a note, a sentence): no name either
    }
    String name = afterYear(t.substring(0, tail)).strip();
    if (name.endsWith("项目支出")) {
      name = name.substring(0, name.length() - 2); // …建设项目支出绩效目标审批表: the template's 项目支出
    }
    if (name.endsWith("年度")) {
      name = name.substring(0, name.length() - 2).strip(); // …项目年度绩效目标表: the year's targets
    }
    if (name.endsWith("区域")) {
      name = name.substring(0, name.length() - 2).strip(); // 食品监管补助资金区域绩效目标: a transfer's template
    }
    if (name.length() < 2 || name.length() > LONGEST || GENERIC.contains(name) || sentence(name)) {
      return Optional.empty();
    }
    // 中央转移支付项目, 市教育局项目: a kind of spending or a department, with the template's 项目
    String base = name.endsWith("项目") ? name.substring(0, name.length() - 2) : name;
    if (GENERIC.contains(base)) {
      return Optional.empty();
    }
    for (String end : GENERIC_ENDS) {
      if (name.endsWith(end) || base.endsWith(end)) {
        return Optional.empty();
      }
    }
    for (String end : DEPARTMENT_ENDS) {
      if (base.endsWith(end)) {
        return Optional.empty();
      }
    }
    return Optional.of(name);
  }

  /** The title without the number of its table in a set (表2, 附表3, 附件1) before it. */
  private static String withoutTableNumber(String t) {
    for (String word : List.of("附表", "附件", "表")) {
      if (t.startsWith(word)) {
        int i = word.length();
        int digits = i;
        while (digits < t.length() && isDigit(t.charAt(digits))) {
          digits++;
        }
        if (digits > i) {
          int from = digits;
          while (from < t.length() && " \u3000：:-—.、".indexOf(t.charAt(from)) >= 0) {
            from++;
          }
          return t.substring(from);
        }
      }
    }
    return t;
  }

  /**
   * Where the template's words begin, or -1: at the last 绩效 (a name may hold the word too, the
   * template's comes last), else at the first word of a kind of table.
   */
  private static int tail(String t) {
    int at = t.lastIndexOf(TAILS.get(0));
    if (at >= 0) {
      return at;
    }
    for (String word : TAILS) {
      int i = t.indexOf(word);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    return at;
  }

  /** The title without a year in brackets after it (项目支出绩效自评表(2016年度)). */
  private static String withoutYearAfter(String t) {
    if (t.endsWith(")") || t.endsWith("）")) {
      int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
      if (open > 0 && t.indexOf('年', open) > 0) {
        return t.substring(0, open).strip();
      }
    }
    return t;
  }

  /** Whether the text is part of a sentence rather than a name: it holds a sentence's marks. */
  private static boolean sentence(String name) {
    for (char c : new char[] {'，', '。', '：', ':', '；', ';'}) {
      if (name.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text after a year (2019年度, 2020 年), which comes before the name or after the department
   * that files it (鄂州市2022年市直部门…); the whole text when it states none.
   */
  private static String afterYear(String s) {
    int at = yearAt(s);
    if (at < 0) {
      return s;
    }
    int after = at + 4;
    while (s.charAt(after) != '年') {
      after++; // the spaces before 年, which yearAt allows
    }
    after++;
    if (after < s.length() && s.charAt(after) == '度') {
      after++;
    }
    return s.substring(after);
  }

  /**
   * The year a title states (2023年…申报表, 2020 年…), if it states one.
   *
   * @param title a document's title, or any text
   * @return the first year from 2000 followed by 年
   */
  public static OptionalInt year(String title) {
    int at = yearAt(title);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(title.substring(at, at + 4)));
  }

  /** Where the first year of the text begins: four digits from 20, no digit before, spaces and 年 after; or -1. */
  private static int yearAt(String s) {
    for (int i = 0; i + 4 < s.length(); i++) {
      if (s.charAt(i) != '2' || s.charAt(i + 1) != '0' || !fourDigits(s, i) || (i > 0 && isDigit(s.charAt(i - 1)))) {
        continue;
      }
      int after = i + 4;
      while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\u3000')) {
        after++;
      }
      if (after < s.length() && s.charAt(after) == '年') {
        return i;
      }
    }
    return -1;
  }

  private static boolean fourDigits(String s, int at) {
    for (int k = at; k < at + 4; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
