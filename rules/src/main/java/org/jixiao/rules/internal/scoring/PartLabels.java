package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jspecify.annotations.Nullable;

/**
 * Whether the labels of figures a cell lists name parallel parts of one whole, which {@link PartSums} adds: no word of a
 * relation (其中, 计划, 人均 …), no second step of the work (开工12个、完工7个), and what they open with (periods, places,
 * kinds) against the indicator's name. Split from {@link PartSums}.
 */
final class PartLabels {
  private PartLabels() {}

  /** Words of a relation between figures, not of parallel parts: a plan, a part of a total, a rest, a change, an average. */
  private static final List<String> RELATIONS =
      List.of("其中", "计划", "目标", "预计", "下达", "应", "实际", "剩余", "其余", "尚", "未", "占", "较", "同比", "比上年", "增长", "下降", "减少",
          "增加", "人均", "户均", "平均", "每", "另", "超过", "不足", "近", "约", "累计", "合计", "总");

  /** Words of a step that a part after the first may open with (开工12个、完工7个): two steps of the work, not two parts. */
  static final List<String> STEPS =
      List.of("已", "受理", "办结", "办理", "完成", "完工", "竣工", "开工", "验收", "合格", "通过", "结业", "取证", "就业", "上岗", "整改", "发现",
          "处理", "处置", "审核", "审批", "批准", "发放", "拨付", "到位", "支付", "签约", "达标", "考核", "培训", "参加", "参训", "服务", "回收",
          "申请", "认定", "鉴定", "获得", "获", "评为", "排查", "检查", "查处", "授权", "交工");

  /**
   * Whether the labels are of parallel parts: no word of a relation in any (besides a total's word before the first), and
   * no two steps: a part after the first that opens with a step the first does not open with, when it is no more than
   * the step (办结118件, 考核合格980人次) or the first opens with another step (受理行政复议案件96件、办结行政复议案件72件).
   */
  static boolean labelsOfParts(List<String> labels) {
    String first = withoutGrades(labels.get(0).strip());
    for (String relation : RELATIONS) {
      if (!relation.equals("累计") && !relation.equals("合计") && !relation.equals("总") && first.contains(relation)) {
        return false;
      }
    }
    @Nullable String firstStep = stepAt(first);
    for (int i = 1; i < labels.size(); i++) {
      String label = labels.get(i).strip();
      if (Texts.containsAny(withoutGrades(label), RELATIONS)) {
        return false;
      }
      @Nullable String step = stepAt(label);
      if (step != null && !step.equals(firstStep) && (label.length() <= 4 || firstStep != null || step.equals("已"))) {
        return false; // not 发放创业补贴86.5万元、就业见习补贴42万元 (a kind of subsidy): 就业 opens a noun there
      }
    }
    return true;
  }

  /**
   * {@code label} without the grade 较大 (发生较大事故1起、重大事故1起: two grades of one harm, parts of its count), whose 较 is
   * no comparison with another year (较上年增长).
   */
  private static String withoutGrades(String label) {
    return label.indexOf("较大") < 0 ? label : label.replace("较大", "");
  }

  /** The step {@code label} opens with ({@link #STEPS}), or null. */
  private static @Nullable String stepAt(String label) {
    for (String step : STEPS) {
      if (label.startsWith(step)) {
        return step;
      }
    }
    return null;
  }

  /**
   * Whether the list's first label holds steps ({@link #STEPS}) none of which the name, naming another step, does (全年排查
   * 一般隐患498处、重大隐患22处 under 安全隐患整改数: found, not put right).
   */
  private static boolean anotherStepNamed(String name, String label) {
    String first = label.replace("参训", "培训"); // 各期参训 is the training 培训人次 counts
    boolean stepped = false;
    for (String step : STEPS) {
      if (step.length() > 1 && first.contains(step)) {
        if (name.contains(step)) {
          return false; // 组织教师参加省级培训 under 教师培训人次: 培训 is asked
        }
        stepped = true;
      }
    }
    if (!stepped) {
      return false;
    }
    for (String other : STEPS) {
      if (other.length() > 1 && name.contains(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label opens with something: a period, a place. */
  interface Opening {
    boolean at(String label);
  }

  static boolean allOpenWith(List<String> labels, Opening opening) {
    for (String label : labels) {
      if (!opening.at(label.strip())) {
        return false;
      }
    }
    return true;
  }

  /** Numerals of a period's number: 第一季度, 1季度, 四季度, 1-6月. */
  private static final String PERIOD_NUMERALS = "一二三四五六七八九十0123456789-至~—";

  /**
   * Whether every label after the first is a period and at most a general verb, the work left unsaid as the first said it
   * (上半年开展宣传活动4场，下半年开展3场): the parts are of the first part's work, whatever the name names of it.
   */
  static boolean workSaidOnce(List<String> labels) {
    for (int i = 1; i < labels.size(); i++) {
      String label = labels.get(i).strip();
      int end = periodEnd(label);
      if (end < 0) {
        return false;
      }
      String rest = label.substring(end).strip();
      if (!rest.isEmpty() && !GENERAL_VERBS.contains(rest)) {
        return false;
      }
    }
    return true;
  }

  /** Verbs that say nothing of which work they do: 开展, 举办, 完成. */
  private static final List<String> GENERAL_VERBS =
      List.of("开展", "举办", "组织", "完成", "实施", "召开", "进行", "共", "又", "再", "共计", "共开展", "又开展", "再开展", "共举办", "累计");

  /** Where the period a label opens with ends ({@link #periodAt}: 上半年, 第一季度, 1-6月), or -1. */
  private static int periodEnd(String label) {
    if (label.startsWith("上半年") || label.startsWith("下半年")) {
      return 3;
    }
    if (label.startsWith("春季") || label.startsWith("秋季")) {
      return 2;
    }
    if (!periodAt(label)) {
      return -1;
    }
    int k = label.startsWith("第") || label.startsWith("前") ? 1 : 0;
    while (k < label.length() && PERIOD_NUMERALS.indexOf(label.charAt(k)) >= 0) {
      k++;
    }
    return label.startsWith("季度", k) || label.startsWith("月份", k) ? k + 2 : k + 1;
  }

  /** Whether a label opens with a period or an ordinal turn: 第一季度, 二季度, 上半年, 1-6月, 3月, 第二期, 春季. */
  static boolean periodAt(String label) {
    if (label.startsWith("上半年") || label.startsWith("下半年") || label.startsWith("春季") || label.startsWith("秋季")) {
      return true;
    }
    int k = label.startsWith("第") || label.startsWith("前") ? 1 : 0; // 前三季度
    int digits = k;
    while (digits < label.length() && PERIOD_NUMERALS.indexOf(label.charAt(digits)) >= 0) {
      digits++;
    }
    if (digits == k || digits >= label.length()) {
      return false;
    }
    char unit = label.charAt(digits);
    return unit == '季' || unit == '月' || k == 1 && (unit == '期' || unit == '批' || unit == '轮');
  }

  /**
   * Whether a label opens with a place: a name of one to four characters and 镇, 乡, 村, 县, 区, 街道 or 社区 (城关镇, 河口镇排查),
   * not a word of a kind (农村, 乡村, 村级, 县域) nor work done (新建村级卫生室, 培训乡村医生).
   */
  static boolean placeAt(String label) {
    if (stepAt(label) != null || Texts.startsWithAny(label, 0, WORK_OPENINGS)) {
      return false;
    }
    for (int k = 1; k <= Math.min(4, label.length() - 1); k++) {
      char c = label.charAt(k);
      boolean suffix = "镇乡村县区".indexOf(c) >= 0 || label.startsWith("街道", k) || label.startsWith("社区", k);
      if (suffix) {
        String word = label.substring(k - 1, k + 1);
        char after = k + 1 < label.length() ? label.charAt(k + 1) : ' ';
        return !KINDS_OF_PLACE.contains(word) && !(k == 1 && OPENING_KINDS.contains(word)) && "级民委务域内外".indexOf(after) < 0;
      }
    }
    return false;
  }

  /** Words of a kind of place, not a place: 农村, 乡村 (城关镇 and 新城镇 are places). */
  private static final List<String> KINDS_OF_PLACE = List.of("农村", "乡村", "城乡", "山村", "渔村");

  /** Words of a kind of place when a label opens with them (城镇新增就业; 新城镇 is a place). */
  private static final List<String> OPENING_KINDS = List.of("城镇", "城区", "市区", "县区", "郊区", "景区", "园区", "校区");

  /** Verbs of work a label may open with that no place name does. */
  private static final List<String> WORK_OPENINGS =
      List.of("新建", "改造", "改建", "扩建", "维修", "建设", "开展", "举办", "组织", "实施", "新增", "设立", "配备", "购置", "慰问", "走访");

  /**
   * Whether periods told as parts make up the whole year: four quarters, both halves, the months from 1 to 12, or ordinal
   * turns (第一期, 第二期: the turns held); or a word that the rest of the year had none (其余季度未发生).
   */
  static boolean wholeYear(List<String> labels, String s) {
    if (s.contains("其余") || s.contains("其他")) {
      return Texts.containsAny(s, List.of("未发生", "无", "未开展", "为0", "为零"));
    }
    Set<Character> quarters = new HashSet<>();
    boolean upper = false;
    boolean lower = false;
    boolean turns = true;
    for (String label : labels) {
      String l = label.strip();
      upper |= l.startsWith("上半年");
      lower |= l.startsWith("下半年");
      int q = l.indexOf('季');
      if (q > 0) {
        quarters.add(l.charAt(q - 1));
      }
      turns &= l.startsWith("第") && l.indexOf('季') < 0 && l.indexOf('月') < 0;
    }
    return turns || upper && lower || quarters.size() == 4 && labels.size() == 4 || monthsOfYear(labels) || YearParts.makeTheYear(labels, s);
  }

  /** Whether the labels are month spans that run from January to December, one after another (1-6月, 7-12月). */
  private static boolean monthsOfYear(List<String> labels) {
    int next = 1;
    for (String label : labels) {
      String l = label.strip();
      int dash = 0;
      while (dash < l.length() && Character.isDigit(l.charAt(dash))) {
        dash++;
      }
      if (dash == 0 || Integer.parseInt(l.substring(0, dash)) != next) {
        return false;
      }
      int end = dash;
      if (end < l.length() && "-至~—".indexOf(l.charAt(end)) >= 0) {
        end++;
        int from = end;
        while (end < l.length() && Character.isDigit(l.charAt(end))) {
          end++;
        }
        if (end == from) {
          return false;
        }
        next = Integer.parseInt(l.substring(from, end)) + 1;
      } else {
        next++;
      }
      if (end >= l.length() || l.charAt(end) != '月') {
        return false;
      }
    }
    return next == 13;
  }

  /**
   * Whether the name asks some of the parts and not the others, or the list opens with a step the name does not ask
   * ({@link #anotherStepNamed}). When every part has a verb of its own (新建3座、改造5座, or clauses of their own) a
   * part is named by a pair of the name's characters in its label and not in every label; the name asks some when it
   * names some parts and not all. When a verb opens the first part only, it is shared, with whatever else stands before
   * the first figure (组织教师参加省级培训46人次、市级培训98人次): the first part's own words are then the last of its
   * label, as many as the longest other label has (省级培训; 检查A级旅游景区42家、星级饭店36家 under A级旅游景区安全检查数:
   * 旅游景区, named).
   */
  static boolean namesSomeParts(String name, List<String> labels, boolean commas) {
    if (anotherStepNamed(name, labels.get(0))) {
      return true;
    }
    List<String> own = new ArrayList<>(labels.size());
    int longest = 0;
    for (String label : labels) {
      own.add(label.strip());
      longest = own.size() > 1 ? Math.max(longest, own.get(own.size() - 1).length()) : 0;
    }
    String first = own.get(0);
    boolean ownVerbs = commas || first.length() <= 2 || stepAt(own.get(1)) != null || Texts.startsWithAny(own.get(1), 0, WORK_OPENINGS);
    if (!ownVerbs && first.length() > 2) {
      // the first part's own words: as long as the others', and never the verb they share
      own.set(0, first.substring(first.length() - Math.min(longest, first.length() - 2)));
    }
    int named = 0;
    String work = RestatedTargets.withoutMeasure(name); // 城镇新增就业人数: its 业人 is no 失业人员's
    for (String label : own) {
      if (namesThis(work, label, own)) {
        named++;
      }
    }
    return named > 0 && named < own.size();
  }

  /**
   * Whether every label ends with the same two characters and the name holds them: kinds of the one thing it counts, told in
   * clauses (电工培训420人次，焊工培训365人次，家政服务培训510人次 under 职业技能培训人次; not 新建公厕3座，改造旱厕5座).
   */
  static boolean kindsOfTheNamed(List<String> labels, String name) {
    String first = labels.get(0).strip();
    if (first.length() < 3) {
      return false;
    }
    String head = first.substring(first.length() - 2);
    for (String label : labels) {
      String l = label.strip();
      if (l.length() < 3 || !l.endsWith(head)) {
        return false; // a kind has a word before the head: 电工培训, not 培训 alone
      }
    }
    for (String label : labels) {
      if (stepAt(label.strip()) != null) {
        return false; // 立项…工程8处，完工验收…工程5处: two steps of the work, not two kinds
      }
    }
    return Character.isLetter(head.charAt(0)) && name.contains(head);
  }

  /**
   * Whether {@code pair} ends two or more of {@code labels}: the kind the parts are of, not the name of one (护理补贴、服务补贴
   * under 老年人补贴人次, beside 高龄津贴).
   */
  private static boolean kindOfParts(String pair, List<String> labels) {
    int ending = 0;
    for (String label : labels) {
      ending += label.endsWith(pair) ? 1 : 0;
    }
    return ending > 1;
  }

  /** Whether a pair of the name's characters is in {@code label} and not in every one of {@code labels}, nor the parts' kind. */
  private static boolean namesThis(String name, String label, List<String> labels) {
    for (int k = 0; k + 1 < name.length(); k++) {
      if (!Character.isLetter(name.charAt(k)) || !Character.isLetter(name.charAt(k + 1))) {
        continue;
      }
      String pair = name.substring(k, k + 2);
      if (label.contains(pair) && !STEPS.contains(pair) && !kindOfParts(pair, labels)) { // a step asked is read by anotherStepNamed (发放 of 补贴资金发放总额)
        for (String other : labels) {
          if (!other.contains(pair)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
