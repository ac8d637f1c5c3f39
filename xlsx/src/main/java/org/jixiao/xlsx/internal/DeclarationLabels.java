package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jixiao.core.label.Labels;
import org.jixiao.core.project.FundKind;

/**
 * The words of target declarations (绩效目标申报表, 项目支出绩效目标表, 绩效目标审批表): the labels of
 * the top block by the fields they name, the headings of the indicator columns, and the lines that
 * give a title or a closing ({@link DeclarationValues} reads the values themselves). Published declarations follow the Ministry's template and
 * provinces' variants of it, so each field has several labels.
 *
 * <p>Every comparison with a word of a label is made with the traditional characters of the
 * labels' vocabulary folded to simplified ones ({@link Labels#foldTraditional}, the table the form
 * reader folds with): a declaration exported in traditional script (項目名稱, 績效指標, 指標解釋,
 * 準備) is read as its simplified twin. What is kept — a value, a label kept as a stray cell — is
 * kept as printed.
 */
final class DeclarationLabels {
  private DeclarationLabels() {}

  /** The fields of the top block, by the labels real declarations print, with their names in the model. */
  enum Field {
    CODE("code"),
    NAME("name"),
    UNIT("unit"),
    DEPARTMENT("department"),
    PERIOD("period"),
    TYPE("projectType"),
    NEW("newProject"),
    ALLOCATION("allocationMethod"),
    TOTAL("totalAmount"),
    AMOUNT("budget"),
    POLICY("policyBasis"),
    CALCULATION("calculationBasis"),
    GOAL("goal"),
    LONG_TERM("longTermGoal");

    private final String property;

    Field(String property) {
      this.property = property;
    }

    /** The name of the field in the model and in JSON. */
    String property() {
      return property;
    }

    /** Whether the field is a text a template may print under its label (年度目标, 政策依据 …). */
    boolean isText() {
      return this == GOAL || this == LONG_TERM || this == POLICY || this == CALCULATION;
    }
  }

  static Optional<Field> field(String label) {
    String k = key(label);
    for (String suffix : new String[] {"及其编码", "及其代码", "及编码", "及代码", "及构成", "及说明", "和说明"}) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        k = k.substring(0, k.length() - suffix.length()); // 主管部门及编码, 年度资金总额及构成
        break;
      }
    }
    // 下达中央预算内投资（万元）: what the year is given; 本次下达…, 本批下达…, 本年度下达…: the same
    String handed = k.startsWith("本次") || k.startsWith("本批") ? k.substring(2) : withoutYear(k);
    if (handed.startsWith("下达") && (handed.endsWith("投资") || handed.endsWith("资金"))) {
      return Optional.of(Field.AMOUNT);
    }
    String bare = k;
    Optional<Field> listed = listed(bare).or(() -> listedText(bare));
    if (listed.isPresent()) {
      return listed;
    }
    // the same labels with the year before them (本年度绩效目标, 当年项目金额): the year's field
    String year = withoutYear(k);
    if (!year.equals(k)) {
      Optional<Field> yearly = listed(year).or(() -> money(year));
      return yearly.map(f -> f == Field.TOTAL ? Field.AMOUNT : f == Field.LONG_TERM ? Field.GOAL : f);
    }
    if (k.endsWith("主管部门") && k.length() <= 8) {
      // 区县主管部门, 市级主管部门: the declaring level's; 中央主管部门 and 省级主管部门 above it on a
      // regional table name the fund's owners, kept as printed
      boolean above = k.startsWith("中央") || k.startsWith("国家") || k.startsWith("省");
      return above ? Optional.empty() : Optional.of(Field.DEPARTMENT);
    }
    if (k.startsWith("二级") && k.endsWith("项目名称")) {
      return Optional.of(Field.NAME); // 一级项目名称 | 文化事业发展专项资金 | 二级项目名称 | 博物馆…: the project is the second
    }
    return money(k);
  }

  /** The label without a year before it (本年度, 本年, 当年, 年度), or the label itself. */
  private static String withoutYear(String k) {
    for (String year : new String[] {"本年度", "本年", "当年", "年度"}) {
      if (k.startsWith(year) && k.length() > year.length() + 1) {
        return k.substring(year.length());
      }
    }
    return k;
  }

  /**
   * A label of the project's money that no list names (项目金额, 项目预算金额, 项目资金申请): its total
   * when it says 总, else the amount the declaration asks for. Not a fund's (其中, 上级, 自有, 财政拨款
   * …: those are rows of the funds under the amount), nor money spent (执行, 实际, 支出数).
   */
  private static Optional<Field> money(String k) {
    boolean project = k.startsWith("项目") || k.startsWith("预算") || k.startsWith("申请") || k.startsWith("中期");
    if (!project || k.length() > 10) {
      return Optional.empty();
    }
    boolean money = false;
    for (String end : new String[] {"金额", "预算", "预算数", "资金", "资金申请", "申请资金", "申请金额", "申报数", "总额", "总投资"}) {
      money |= k.endsWith(end);
    }
    for (String word : new String[] {"其中", "上级", "本级", "自有", "自筹", "其他", "其它", "财政", "专项", "执行", "实际", "支出数", "结转", "单位"}) {
      money &= !k.contains(word);
    }
    if (!money || FundKind.fromLabel(k).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(k.contains("总") || k.startsWith("中期") ? Field.TOTAL : Field.AMOUNT); // 中期: the plan's years
  }

  /**
   * A text field's label worded without 的 or with 项目 before it (项目立项依据, 立项的依据, 项目测算依据):
   * the listed label's field, for the texts only, so that no other label is taken by it.
   */
  private static Optional<Field> listedText(String k) {
    String plain = k.replace("的", "");
    Optional<Field> f = listed(plain);
    if (f.isEmpty() && plain.startsWith("项目") && plain.length() > 4) {
      f = listed(plain.substring(2));
    }
    return f.filter(Field::isText);
  }

  private static Optional<Field> listed(String k) {
    return Optional.ofNullable(
        switch (k) {
          case "项目编码", "项目代码", "项目编号" -> Field.CODE;
          case "项目名称", "专项名称", "专项资金名称", "项目支出名称" -> Field.NAME;
          case "申请单位", "申报单位", "实施单位", "项目单位", "项目实施单位", "项目执行单位", "执行单位", "资金使用单位", "预算单位", "下达地方或单位", "单位名称", "填报单位" ->
              Field.UNIT;
          case "一级预算单位", "主管部门", "主管单位", "项目主管部门", "业务主管部门", "预算部门", "主管预算部门", "主管部门名称", "部门名称" ->
              Field.DEPARTMENT;
          case "实施期限", "项目期限", "实施周期", "建设周期", "项目周期", "项目起止时间", "起止时间", "项目支出实施期", "实施期", "项目期" -> Field.PERIOD;
          case "项目类型", "项目类别", "项目分类", "项目属性" -> Field.TYPE;
          case "是否新增项目", "是否新增" -> Field.NEW;
          case "分配方式" -> Field.ALLOCATION;
          case "项目总金额", "项目总额", "中期规划总金额", "项目总预算" -> Field.TOTAL;
          case "本年度项目金额", "年度金额", "本年度金额", "年度资金总额", "当年年度预算", "当年预算", "年度预算", "本年预算", "资金总额",
              "当年资金总额", "年度资金", "年度本级预算金额", "本年度申请市财政预算资金", "本年度申请财政预算资金" ->
              Field.AMOUNT;
          case "政策依据", "立项依据", "项目立项的依据", "项目立项依据", "项目审批", "审批依据" -> Field.POLICY;
          case "测算依据", "资金测算依据" -> Field.CALCULATION;
          case "年度目标", "年度绩效目标", "年度总体目标", "年度主要目标和成果", "绩效目标", "项目绩效目标" -> Field.GOAL;
          case "长期目标", "总体目标", "中长期目标", "实施期目标", "实施期绩效目标", "中长期绩效目标", "总体绩效目标" -> Field.LONG_TERM;
          default -> null;
        });
  }

  /**
   * Labels a declaration form prints that name no field of the model: the people and contacts of
   * the form (项目负责人, 联系电话), and the items of the Ministry's 项目立项情况 block the applicant
   * writes under (项目申报的可行性, 项目申报的必要性 …). Compared by {@link #key}, without 的.
   */
  private static final Set<String> OTHER_LABELS =
      Set.of("项目申报可行性", "项目申报必要性", "项目实施进度计划", "项目实施内容", "单位职能概述", "项目概况", "其他说明问题", "联系电话", "电话",
          "联系方式", "手机", "开始时间", "完成时间");

  /** The endings of a label of a person who signs or answers for the form (项目负责人, 填表人, 联络员). */
  private static final List<String> PERSON_ENDINGS = List.of("负责人", "联系人", "联络员", "经办人", "填表人", "填报人", "审核人");

  /** Whether a label prints, in brackets, how much to write ((450字内), （150字以内）). */
  private static boolean hasFillHint(String text) {
    String t = fold(text); // (450字內)
    for (String end : new String[] {"字以内", "字内"}) {
      int at = t.indexOf(end);
      if (at < 0) {
        continue;
      }
      int i = at;
      while (i > 0 && (Character.isDigit(t.charAt(i - 1)) || Character.isWhitespace(t.charAt(i - 1)))) {
        i--;
      }
      if (i > 0 && (t.charAt(i - 1) == '(' || t.charAt(i - 1) == '（')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cell is text the form prints for the applicant to write beside or under, not what
   * the applicant wrote: a field's label, any text ending in a colon (单位负责人:), a label with a
   * note on how much to write (项目申报的可行性(450字内)), a person's or a code's label (项目负责人,
   * 主管部门 编码, 联系电话), an item of the 项目立项情况 block (项目申报的必要性), or a range's word
   * alone between blank dates (起止时间 | | 到 | ). A label is short and on one line: a longer text
   * is the applicant's, whatever it ends with. A field whose only cell beside it is such a cell is
   * blank.
   */
  static boolean isFormLabel(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    String k = key(t).replace("的", "");
    if (k.length() > 15 || t.indexOf('\n') >= 0) {
      return false; // a text the applicant wrote, though it ends in a colon (…二、申报依据：)
    }
    if (t.endsWith(":") || t.endsWith("：") || hasFillHint(t) || field(t).isPresent()) {
      return true;
    }
    if (k.equals("到") || k.equals("至") || k.equals("-") || k.equals("—") || k.equals("~") || k.equals("～")) {
      return true;
    }
    if (k.length() <= 10 && (k.endsWith("编码") || k.endsWith("代码") || PERSON_ENDINGS.stream().anyMatch(k::endsWith))) {
      return true;
    }
    return OTHER_LABELS.contains(k);
  }

  /** Whether a 总体目标 label is the only goal a form has (no 年度目标 beside it): then it is the year's. */
  static boolean isOverallGoal(String label) {
    String k = key(label);
    return k.equals("总体目标") || k.equals("总体绩效目标");
  }

  /** A label and its value written in one cell ({@code 预算单位：某乡人民政府}), or empty. */
  record Inline(String label, String value) {}

  static Optional<Inline> inline(String text) {
    Optional<Inline> amount = amountInline(text);
    if (amount.isPresent()) {
      return amount;
    }
    int colon = firstColon(text);
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    String label = text.substring(0, colon);
    String value = text.substring(colon + 1).strip();
    return !value.isEmpty() && field(label).isPresent() ? Optional.of(new Inline(label, value)) : Optional.empty();
  }

  /** An amount's label and the amount in one cell without a colon: {@code 总额50万元}, {@code 资金总额 50}. */
  private static Optional<Inline> amountInline(String text) {
    String t = text.strip();
    String folded = fold(t); // as long as t: its label is t's first characters
    for (String label : new String[] {"年度资金总额", "资金总额"}) {
      if (folded.startsWith(label) && t.length() > label.length()) {
        String value = t.substring(label.length()).strip();
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && DeclarationValues.amount(value).isPresent()) {
          return Optional.of(new Inline(t.substring(0, label.length()), value));
        }
      }
    }
    return Optional.empty();
  }

  private static int firstColon(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '：') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A heading of the indicator columns as its set names it: its {@link #key}, without a note that
   * the unit goes in the same cell (指标值及单位, 目标值和计量单位).
   */
  static String headingKey(String text) {
    String k = key(text);
    for (String suffix : new String[] {"及计量单位", "和计量单位", "及其单位", "及单位", "和单位", "含单位"}) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        k = k.substring(0, k.length() - suffix.length());
        break;
      }
    }
    // 指标目标值, 绩效目标值: a target heading with its kind before it (not 年度目标值, which is listed)
    return (k.equals("指标目标值") || k.equals("绩效目标值") || k.equals("绩效指标值")) ? "目标值" : k;
  }

  /** The headings of the indicator columns. */
  static final Set<String> LEVEL1 =
      Set.of(
          "一级指标", "一级", "指标", "评价指标", // 评价指标 | 评价内容: 河北宁晋 2019
          "一级目标", // 一級目標 | 二級指標 | 三級指標 (乐昌 2018's central transfer table)
          "级指标"); // the 一 lost from a copy of 一级指标, beside 二级指标 (舒城 2023)

  static final Set<String> LEVEL2 = Set.of("二级指标", "二级", "评价内容");

  static final Set<String> LEVEL3 = Set.of("三级指标", "三级", "指标内容", "指标名称");

  static final Set<String> TARGET =
      Set.of("目标值", "年度指标值", "指标值", "年度目标值", "当年预期实现值", "预期实现值", "预期指标值", "年度数值", "指标数值", "计划指标值",
          "区域目标值", "分区域目标值"); // one column per region under it (龙岩 2023)

  /** The heading of a column of comparators when a target is printed in parts (≥ | 100 | 户). */
  static final Set<String> COMPARATOR = Set.of("指标方向", "比较符号", "运算符号", "符号", "指标值类型");

  /** The heading of a column of units when a target is printed in parts. */
  static final Set<String> UNIT = Set.of("计量单位", "度量单位", "指标单位", "单位");

  /** Whether a cell is a comparator a target can start with (≥, ≤, =, 大于 …), not 正向 or 定性. */
  static boolean isComparator(String text) {
    String t = fold(text.strip()); // 不超過, 大於
    return switch (t) {
      case "≥", "≤", "=", ">", "<", ">=", "<=", "≧", "≦", "＝", "＞", "＜", "大于", "小于", "等于", "不低于", "不高于", "不少于", "不多于", "不超过",
          "大于等于", "小于等于" -> true;
      default -> false;
    };
  }

  /** Whether a cell is only the template's continuation dots ({@code …}, {@code ……}, {@code ...}). */
  static boolean isDots(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '…' && c != '.' && c != '⋯' && c != '。') {
        return false;
      }
    }
    return true;
  }

  static final Set<String> EXPLANATION = Set.of("指标解释", "指标说明", "绩效标准", "指标值内容");

  /** The year of a line alone under the title: {@code (2021年度)}, {@code （ 2023年度）}. */
  static OptionalInt yearLine(String text) {
    String s = text.replace(" ", "").replace("\u3000", "").replace("（", "").replace("）", "").replace("(", "").replace(")", "");
    if (s.length() >= 5 && s.length() <= 6 && s.startsWith("20") && (s.endsWith("年度") || s.endsWith("年"))) {
      String digits = s.substring(0, 4);
      if (digits.chars().allMatch(Character::isDigit) && (s.length() == 5 ? s.charAt(4) == '年' : s.endsWith("年度"))) {
        return OptionalInt.of(Integer.parseInt(digits));
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a cell alone on its row is the declaration's title (…申报表, …目标表, …审批表). */
  static boolean isTitle(String text) {
    String t = fold(text); // 績效目標申報表
    return t.length() <= 60 && (t.contains("申报表") || t.contains("目标表") || t.contains("审批表") || t.contains("批复表"));
  }

  /**
   * Whether a cell beside a label is the heading of another column rather than the label's value
   * ({@code 年度目标 | | 年度总体目标完成情况}, the texts on the row below): short, and naming a
   * target or an outcome.
   */
  static boolean isHeading(String text) {
    String k = key(text);
    return k.length() <= 15 && (k.endsWith("情况") || k.endsWith("目标"));
  }

  /**
   * Whether a row after the indicators closes the declaration: a note (备注, 注：, 说明：), an
   * approval line (…审核意见 | (盖章)) or the sign-off line (填表人： | 审核人： | 填报日期：), which
   * is no indicator.
   */
  static boolean isClosing(String first, String row) {
    String f = fold(first); // 備註, 說明, 蓋章, 簽字
    String r = fold(row);
    return isSignOffLine(row)
        || f.startsWith("备注")
        || f.startsWith("注：")
        || f.startsWith("说明：")
        || key(first).endsWith("意见")
        || r.contains("盖章")
        || r.contains("签字")
        || r.contains("公章");
  }

  /** The people and dates a form's sign-off line names, by their {@link #key} without 签字 or 盖章. */
  private static final Set<String> SIGNERS =
      Set.of("填表人", "填报人", "制表人", "审核人", "复核人", "经办人", "联系人", "负责人", "单位负责人", "财务负责人", "项目负责人", "部门负责人",
          "分管领导", "单位领导", "填报日期", "填表日期", "报送日期", "日期", "联系电话");

  /**
   * Whether a row, its cells joined by tabs, is the form's sign-off line (填表人： | | 审核人： | |
   * 填报日期：, 项目负责人:查小兵 | 财务负责人:唐勇, or all of it in one cell): its first cell is a
   * signer's or a date's label, with its colon or beside another such label. It closes the form,
   * wherever it stands: no indicator and no field.
   */
  static boolean isSignOffLine(String row) {
    List<String> cells = new ArrayList<>();
    for (int from = 0; from <= row.length(); ) {
      int tab = row.indexOf('\t', from);
      String cell = row.substring(from, tab < 0 ? row.length() : tab);
      if (!cell.isBlank()) {
        cells.add(cell.strip());
      }
      from = tab < 0 ? row.length() + 1 : tab + 1;
    }
    if (cells.isEmpty() || !isSigner(cells.get(0))) {
      return false;
    }
    return firstColon(cells.get(0)) > 0 || cells.stream().skip(1).anyMatch(DeclarationLabels::isSigner);
  }

  /** Whether a cell starts with a signer's or a date's label (单位负责人（签字）：, 填报人及联系电话:). */
  private static boolean isSigner(String cell) {
    int colon = firstColon(cell);
    String k = key(colon < 0 ? cell : cell.substring(0, colon));
    for (String suffix : new String[] {"及联系电话", "及电话", "签字", "签名", "签章", "盖章"}) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        k = k.substring(0, k.length() - suffix.length());
      }
    }
    return SIGNERS.contains(k);
  }

  /** A label without white space, closing colon and parenthesised parts, traditional characters folded. */
  static String key(String label) {
    StringBuilder out = new StringBuilder(label.length());
    int depth = 0;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c) && c != '\u3000' && c != '?' && c != '\uFFFD') {
        out.append(c); // ? and U+FFFD: characters a copy could not carry (绩?? 效?? 目?? 标), no label's
      }
    }
    String s = fold(out.toString());
    while (s.endsWith("：") || s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return withoutRequiredMarks(s);
  }

  /**
   * The text with the traditional characters of the labels' vocabulary folded to simplified ones
   * (項目 → 项目), one for one: as long as the text, so that a position in one is a position in the
   * other. For comparing with the labels' words only; what is kept is kept as printed.
   */
  static String fold(String text) {
    return Labels.foldTraditional(text);
  }

  /**
   * A label without the marks a template puts on the fields that must be filled (湖南's *指标值,
   * *指标解释; ＊, ※, ★ elsewhere), before or after it: they are no part of the field's name.
   */
  private static String withoutRequiredMarks(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isRequiredMark(s.charAt(from))) {
      from++;
    }
    while (to > from && isRequiredMark(s.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  private static boolean isRequiredMark(char c) {
    return c == '*' || c == '＊' || c == '※' || c == '★';
  }
}
