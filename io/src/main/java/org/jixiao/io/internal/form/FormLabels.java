package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.io.internal.table.DeclarationFields;
import org.jspecify.annotations.Nullable;

/**
 * The labels of a form's top block (项目名称, 主管部门, 实施单位, 项目编码 … and the fields the
 * writer adds), and how a label and its value are told apart on a row of pairs.
 */
final class FormLabels {
  private FormLabels() {}

  private static final Set<String> NAME_LABELS = Set.of("项目名称", "部门", "部门名称");

  /**
   * Whether the cell at {@code value}, the next with text after the label at {@code label}, is
   * another label, the one at {@code label} printed blank. A cell that reads as a label is the
   * label's value when it stands right beside it and has no value of its own (nothing after it,
   * or another label): 实施单位 | 序号 is a unit called 序号; 主管部门 | 实施单位 | 局 and
   * 主管部门 | (blank) | 实施单位 are a blank 主管部门. A label with its value in one cell
   * (主管部门(盖章): | … | 单位:元 on one printed line) is always a label of its own: its 元 once
   * became the department's name, and the amounts were read as 万元.
   */
  static boolean printedBlank(FormGrid g, int row, int label, int value) {
    String text = g.text(row, value);
    if (colonField(text) != null) {
      return true;
    }
    if (topField(FormText.key(text)) == null) {
      return false;
    }
    if (value != label + 1) {
      return true;
    }
    int after = g.next(row, value + 1);
    return after >= 0 && !isLabel(g.text(row, after));
  }

  private static boolean isLabel(String text) {
    return topField(FormText.key(text)) != null || colonField(text) != null;
  }

  static @Nullable String topField(String k) {
    if (k.indexOf(':') >= 0) {
      // a field and its value with more after them (项目名称:XX实施单位, its second value left blank) is
      // no label: read as one ending in 实施单位, its text was taken for a label printed blank and lost
      return null;
    }
    if (k.endsWith("及代码") || k.endsWith("及编码")) {
      return topField(k.substring(0, k.length() - 3)); // 主管部门及代码 (北京海淀 2016): the code may follow the name
    }
    String bare = withoutLevel(k);
    if (!bare.equals(k)) {
      return topField(bare); // 区级预算单位名称 (湖南零陵 2021): the level says whose budget, not another field
    }
    switch (k) {
      case "项目名称":
      case "部门":
      case "部门名称":
        return "name";
      case "主管部门":
      case "一级预算单位":
      case "主管单位":
        return "department";
      case "实施单位":
      case "项目实施单位":
      case "预算单位":
      case "预算单位名称":
        return "unit";
      case "预算部门":
      case "预算部门名称":
        return "department";
      case "单位名称":
      case "单位":
        return "filingUnit";
      case "金额单位":
      case "资金单位":
        return "moneyUnit";
      case "项目编码":
      case "项目代码":
        return "code";
      case "项目类型":
        return "projectType";
      case "实施期限":
        return "period";
      case "序号":
        return "seq";
      case "是否政府投资项目":
        return "governmentInvestment";
      case "绩效目标整体完成情况":
        return "statedCompletion";
      default:
        if (namesTheFunds(k)) {
          return "name"; // 专项名称, 专项资金名称, 转移支付(项目)名称: transfer-payment forms
        }
        if (k.endsWith("主管部门") || k.endsWith("主管单位")) {
          return "department"; // 县级主管部门, 中央主管部门
        }
        if (k.endsWith("实施单位") || k.endsWith("执行单位") || k.endsWith("使用单位")) {
          return "unit"; // 项目执行单位, 资金使用单位 (transfer-payment forms)
        }
        // a declaration's other fields (是否新增项目, 分配方式 …), as the form writer adds them
        return DeclarationFields.known(declarationLabel(k)) ? "declaration" : null;
    }
  }

  /**
   * Whether a department label names a level above the project's (中央, 省级): 0 for those, 1 for
   * any other (地方, 县级, or no level). A transfer-payment form names the ministry above the local
   * department that runs the project (中央主管部门 | 财政部, 地方主管部门 | 阆中市交通运输局); with
   * only 中央 and 省级 (a province's regional form) the first stays.
   */
  static int departmentLevel(String k) {
    return k.startsWith("中央") || k.startsWith("省") ? 0 : 1;
  }

  /** Whether a label names a form's project, and so starts a project: 项目名称, 部门名称, 专项名称 … */
  static boolean isNameLabel(String k) {
    return NAME_LABELS.contains(withoutLevel(k)) || namesTheFunds(k);
  }

  /** The administrative levels a budget unit's or department's label may start with (区级预算单位名称). */
  private static final List<String> LEVELS =
      List.of("省级", "市级", "州级", "盟级", "区级", "县级", "旗级", "乡镇级", "乡级", "镇级", "本级", "级");

  /**
   * A label without the administrative level before 预算单位, 预算部门 or 部门 (区级预算单位名称 is
   * 预算单位名称; the OCR of 零陵林业 2021 kept only 级预算单位名称), else the label itself. Not 一级预算单位,
   * a declaration's department above the unit, nor 主管部门 with its level, which says whose department.
   */
  static String withoutLevel(String k) {
    for (String level : LEVELS) {
      if (k.startsWith(level)) {
        String rest = k.substring(level.length());
        if (rest.startsWith("预算单位") || rest.startsWith("预算部门") || rest.equals("部门") || rest.equals("部门名称")) {
          return rest;
        }
      }
    }
    return k;
  }

  /** Whether a label names the project by its funds: 专项名称, 专项资金名称, 转移支付项目名称. */
  private static boolean namesTheFunds(String k) {
    return k.endsWith("名称")
        && (k.contains("专项") || k.contains("转移支付") || k.contains("资金") || k.contains("项目"))
        && !k.contains("单位")
        && !k.contains("部门");
  }

  /** The label of a declaration field {@link DeclarationFields} knows it by (资金分配方式 is 分配方式). */
  static String declarationLabel(String key) {
    return key.equals("资金分配方式") ? "分配方式" : key;
  }

  /** The field a {@code label:value} cell names ({@code 单位:元} gives filingUnit), or null. */
  static @Nullable String colonField(String text) {
    int colon = colonLabel(text);
    return colon < 0 ? null : topField(FormText.key(text.substring(0, colon)));
  }

  /**
   * The fields of a cell that holds several, each a label and its value after a colon, set apart by
   * spaces ({@code 项目名称：XX项目    实施单位：YY局}: a printed line of fields that PDF or Word text gives
   * as one cell): the cell cut before each later label of a form's top or of a sign-off (主管部门,
   * 实施单位, 单位, 填报单位, 项目负责人 …), each piece as printed. A cell of one field is the one piece.
   * Without a space before it a label is not cut off (项目名称：XX项目实施单位：YY: 项目 may be the name's
   * or 项目实施单位's), nor is any other text with a colon (会议纪要：…), which may be the value's own.
   */
  static List<String> fieldsIn(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      if (runStart > start && laterField(text.substring(i))) {
        pieces.add(text.substring(start, runStart));
        start = i;
      }
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** A space of any kind a PDF or Word text puts between fields: ASCII, full-width (U+3000), no-break. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text starts with a label of another field and its colon (实施单位：…; its value may be blank). */
  private static boolean laterField(String text) {
    int i = text.indexOf(':');
    int wide = text.indexOf('：');
    i = i < 0 || (wide >= 0 && wide < i) ? wide : i;
    if (i <= 0 || i > 10) {
      return false;
    }
    String label = text.substring(0, i);
    String k = FormText.key(label);
    return !hasSpace(label) && !k.isEmpty()
        && (topField(k) != null || HeadingLines.above(k) != null || SIGN_OFF.stream().anyMatch(k::startsWith));
  }

  /** Labels of who answers for the form, printed on the line of its top fields on some forms. */
  private static final List<String> SIGN_OFF = List.of("项目负责人", "财务负责人", "单位负责人", "联系人", "联系电话", "填报人", "填报日期", "填表人");

  /** The index of the colon ending a short known-looking label in {@code 单位名称:区商务局}, else -1. */
  static int colonLabel(String text) {
    // the first colon of either kind ends the label: an ASCII one further on is the value's own
    // (水利1:1配套资金, 10:30), and a cell may mix the kinds (项目名称：… 实施单位:…)
    int ascii = text.indexOf(':');
    int wide = text.indexOf('：');
    int i = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    return i > 0 && i <= 10 && i < text.length() - 1 ? i : -1;
  }
}
