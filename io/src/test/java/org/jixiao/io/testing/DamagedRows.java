package org.jixiao.io.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.core.indicator.Subcategory;

/**
 * Well-formed rows of a disclosure table (the layout of the Longgang sample: 27 columns, seven
 * indicator pairs) and the damage PDF extraction does to them. Each text cell of a row is an
 * {@link Element} that remembers the column it was printed in before the damage, so a test can
 * check where the reader put it back.
 *
 * <p>The phrases imitate real self-evaluation tables: targets and completions with the words
 * such tables use (人次, 合格率, 月底前, 满意度, 节能 …), and a share of neutral phrases with no
 * cue at all (保障单位正常运转), because real tables have those too.
 */
public final class DamagedRows {
  private DamagedRows() {}

  public static final int GOAL = 9;
  public static final int COMPLETION = 10;
  public static final int FIRST_PAIR = 11;
  public static final int PROBLEMS = 25;
  public static final int RECTIFICATION = 26;
  public static final int WIDTH = 27;

  /** The indicator pairs in column order. */
  public static final List<Subcategory> PAIRS =
      List.of(
          Subcategory.QUANTITY,
          Subcategory.QUALITY,
          Subcategory.TIMELINESS,
          Subcategory.ECONOMIC,
          Subcategory.SOCIAL,
          Subcategory.ECOLOGICAL,
          Subcategory.SERVED_SATISFACTION);

  /** The damage kinds of issue 12. */
  public enum Damage {
    /** A pair with both cells empty is dropped: the tail moves two cells left. */
    COLLAPSED_PAIR,
    /** An empty cell is dropped: the tail moves one cell left. */
    TAIL_LEFT,
    /** An empty cell is inserted: the tail moves one cell right. */
    TAIL_RIGHT,
    /** A pair's 年度指标内容 is lost: its 完成情况 stands alone and the tail moves left. */
    MISSING_TARGET,
    /** Two neighbouring cells become one (joined by a space). */
    MERGED,
    /** A cell is cut in two. */
    SPLIT,
    /** A pair that belongs to no column is inserted. */
    EXTRA_PAIR,
    /** The header's lower label rows are shifted against the rows (as in the sample). */
    HEADER_SHIFT
  }

  /** How an element came about. */
  public enum Kind {
    ORIGINAL,
    MERGED,
    CONTINUATION,
    EXTRA
  }

  /** A printed text cell: its text, the column it came from (-1 if added) and how. */
  public record Element(String text, int origin, Kind kind) {}

  /** A row: 序号 and its text cells from 年初绩效目标 on, in printed order. */
  public record Row(int seq, List<Element> elements) {}

  public static int targetColumn(Subcategory sub) {
    return FIRST_PAIR + 2 * PAIRS.indexOf(sub);
  }

  private static final String[][] TARGETS = {
    {"完成培训%d人次", "举办招聘会%d场", "发放补贴%d人", "采购设备%d台", "检查机构%d家次", "完成年度采购任务"},
    {"验收合格率100%%", "培训合格率≥%d%%", "严格按照采购规定执行，质量符合标准", "设备故障率不超过%d%%", "工作规范有序"},
    {"%d月底前完成", "年度内完成", "按时支付各项费用", "在规定时限内完成全部工作", "12月前完成发放"},
    {"节约经费%d万元", "带动产值%d万元，提高经济效益", "降低运行成本", "提高资金使用效率"},
    {"提升群众办事便利度", "促进就业%d人", "维护社会稳定", "提高群众获得感", "保障单位正常运转"},
    {"推动节能减排", "推行绿色办公，减少纸张消耗", "改善生态环境", "减少污染排放%d吨"},
    {"服务对象满意度≥%d%%", "群众满意度达到%d%%以上", "培训对象满意度", "投诉率低于%d%%"},
  };

  private static final String[][] ACTUALS = {
    {"已完成", "完成", "共完成%d人次", "举办%d场", "发放%d人", "完成采购%d台", "全年累计完成任务，超过年初目标"},
    {"合格率%d%%", "已完成", "质量良好", "达标", "全部通过验收"},
    {"按时完成", "已完成", "%d月完成", "均按时支付", "完成"},
    {"已完成", "节约%d万元", "完成较好", "实现产值%d万元"},
    {"已完成", "完成", "群众反映良好", "促进就业%d人", "成效明显"},
    {"已完成", "达标", "完成", "减排%d吨"},
    {"满意度%d%%", "满意", "%d%%", "满意度较高", "无投诉"},
  };

  private static final String[] GOALS = {
    "1.完成年度工作任务； 2.保障项目顺利实施", "保障单位正常运行", "完成年度采购任务，提高工作效率",
    "举办培训%d期，提升业务水平"
  };
  private static final String[] COMPLETIONS = {"完成", "基本完成", "已完成", "全部完成", "完成较好"};
  private static final String[] PROBLEM_TEXTS = {"部分工作进度滞后", "受疫情影响，部分活动取消"};
  private static final String[] REMEDIES = {"加强进度管理", "调整工作计划，按时推进"};
  private static final int[] PRESENT = {90, 70, 70, 35, 70, 25, 85};

  private static String pick(Random random, String[] phrases) {
    String phrase = phrases[random.nextInt(phrases.length)];
    return phrase.contains("%d") ? String.format(phrase, 2 + random.nextInt(98)) : phrase;
  }

  /** A well-formed row: every text cell at its own column, blanks where nothing is printed. */
  public static Row row(Random random, int seq) {
    List<Element> elements = new ArrayList<>();
    elements.add(new Element(pick(random, GOALS), GOAL, Kind.ORIGINAL));
    elements.add(new Element(pick(random, COMPLETIONS), COMPLETION, Kind.ORIGINAL));
    for (int p = 0; p < PAIRS.size(); p++) {
      boolean present = random.nextInt(100) < PRESENT[p];
      int column = FIRST_PAIR + 2 * p;
      String target = present ? pick(random, TARGETS[p]) : "";
      String actual = present && random.nextInt(100) < 95 ? pick(random, ACTUALS[p]) : "";
      elements.add(new Element(target, column, Kind.ORIGINAL));
      elements.add(new Element(actual, column + 1, Kind.ORIGINAL));
    }
    int closing = random.nextInt(100);
    String problems = closing < 70 ? "无" : closing < 90 ? pick(random, PROBLEM_TEXTS) : "";
    String remedy = closing < 70 ? "无" : closing < 90 ? pick(random, REMEDIES) : "";
    elements.add(new Element(problems, PROBLEMS, Kind.ORIGINAL));
    elements.add(new Element(remedy, RECTIFICATION, Kind.ORIGINAL));
    return new Row(seq, elements);
  }

  /**
   * Damages a row in place.
   *
   * @return false when the damage had nothing to act on (the row is left as it is)
   */
  public static boolean apply(Row row, Damage damage, Random random) {
    List<Element> e = row.elements();
    int before = e.size();
    String snapshot = e.toString();
    int last = lastNonBlank(e);
    List<Integer> candidates = new ArrayList<>();
    switch (damage) {
      case COLLAPSED_PAIR:
        for (int i = 2; i + 1 < last; i++) {
          if (e.get(i).text().isEmpty()
              && e.get(i + 1).text().isEmpty()
              && isPairStart(e.get(i))
              && e.get(i + 1).origin() == e.get(i).origin() + 1) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          int i = candidates.get(random.nextInt(candidates.size()));
          e.remove(i);
          e.remove(i);
        }
        break;
      case TAIL_LEFT:
        for (int i = 2; i < last; i++) {
          if (e.get(i).text().isEmpty()) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          e.remove((int) candidates.get(random.nextInt(candidates.size())));
        }
        break;
      case TAIL_RIGHT:
        if (last >= 2) {
          e.add(2 + random.nextInt(last - 1), new Element("", -1, Kind.EXTRA));
        }
        break;
      case MISSING_TARGET:
        for (int i = 2; i + 1 < e.size(); i++) {
          if (isPairStart(e.get(i))
              && !e.get(i).text().isEmpty()
              && !e.get(i + 1).text().isEmpty()
              && e.get(i + 1).origin() == e.get(i).origin() + 1) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          e.remove((int) candidates.get(random.nextInt(candidates.size())));
        }
        break;
      case MERGED:
        for (int i = 2; i + 1 < e.size(); i++) {
          if (e.get(i).kind() == Kind.ORIGINAL
              && e.get(i + 1).kind() == Kind.ORIGINAL
              && !e.get(i).text().isEmpty()
              && !e.get(i + 1).text().isEmpty()
              && e.get(i + 1).origin() == e.get(i).origin() + 1) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          int i = candidates.get(random.nextInt(candidates.size()));
          Element merged =
              new Element(e.get(i).text() + " " + e.get(i + 1).text(), e.get(i).origin(), Kind.MERGED);
          e.remove(i);
          e.set(i, merged);
        }
        break;
      case SPLIT:
        for (int i = 0; i < e.size(); i++) {
          if (e.get(i).kind() == Kind.ORIGINAL && e.get(i).text().length() >= 8) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          int i = candidates.get(random.nextInt(candidates.size()));
          String text = e.get(i).text();
          int cut = text.length() / 2;
          e.set(i, new Element(text.substring(0, cut), e.get(i).origin(), Kind.ORIGINAL));
          e.add(i + 1, new Element(text.substring(cut), -1, Kind.CONTINUATION));
        }
        break;
      case EXTRA_PAIR:
        for (int i = 2; i <= last && i < e.size(); i++) {
          if (isPairStart(e.get(i))) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          int i = candidates.get(random.nextInt(candidates.size()));
          e.add(i, new Element("已完成", -1, Kind.EXTRA));
          e.add(i, new Element("其他工作" + (1 + random.nextInt(9)) + "项", -1, Kind.EXTRA));
        }
        break;
      default:
        break;
    }
    return e.size() != before || !e.toString().equals(snapshot);
  }

  private static boolean isPairStart(Element e) {
    return e.origin() >= FIRST_PAIR && e.origin() < PROBLEMS && (e.origin() - FIRST_PAIR) % 2 == 0;
  }

  private static int lastNonBlank(List<Element> e) {
    for (int i = e.size() - 1; i >= 0; i--) {
      if (!e.get(i).text().isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A TSV table of the rows: title lines, a three-row header like the sample's (with the lower
   * label rows shifted against the columns when {@code shiftedHeader}), the rows.
   */
  public static String table(List<Row> rows, boolean shiftedHeader) {
    StringBuilder out = new StringBuilder();
    out.append("2019年度某区某局部门预算项目绩效自评情况公开表\n单位：万元\n");
    String[] top = new String[WIDTH];
    String[] middle = new String[WIDTH];
    String[] bottom = new String[WIDTH + 1];
    java.util.Arrays.fill(top, "");
    java.util.Arrays.fill(middle, "");
    java.util.Arrays.fill(bottom, "");
    String[] fields = {
      "序号", "单位名称", "项目名称", "是否政府投资项目(是/否)", "项目年度预算金额", "实际支出金额", "", "", "预算支出执行率",
      "年初绩效目标", "绩效目标整体完成情况"
    };
    System.arraycopy(fields, 0, top, 0, fields.length);
    top[11] = "产出目标";
    top[17] = "效益目标";
    top[23] = "满意度指标";
    top[PROBLEMS] = "项目执行中存在的问题";
    top[RECTIFICATION] = "整改情况";
    middle[5] = "合计";
    middle[6] = "其中：财政拨款";
    bottom[6] = "一般公共预算";
    bottom[7] = "政府性基金预算";
    for (int p = 0; p < PAIRS.size(); p++) {
      int column = FIRST_PAIR + 2 * p;
      // The sample's damage: level-2 labels one column left (but the first), pair labels one right.
      middle[shiftedHeader && p > 0 ? column - 1 : column] = PAIRS.get(p).label();
      int target = shiftedHeader ? column + 1 : column;
      int achieved = shiftedHeader ? column + 2 : column + 1;
      if (shiftedHeader && p == PAIRS.size() - 1) {
        achieved = RECTIFICATION + 1;
      }
      bottom[target] = "年度指标内容";
      bottom[achieved] = "完成情况";
    }
    out.append(String.join("\t", top)).append('\n');
    out.append(String.join("\t", middle)).append('\n');
    out.append(String.join("\t", bottom)).append('\n');
    for (Row row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(row.seq()));
      cells.add("某区某局");
      cells.add("项目" + row.seq());
      cells.add("否");
      cells.add("100.00");
      cells.add("90.00");
      cells.add("90.00");
      cells.add("");
      cells.add("90.00");
      for (Element e : row.elements()) {
        cells.add(e.text());
      }
      out.append(String.join("\t", cells)).append('\n');
    }
    return out.toString();
  }
}
