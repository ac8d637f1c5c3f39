package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A rate the actual gives as its two counts, the whole and the part the rate counts (参训1260人次，考核合格1071人次 under
 * 培训考核合格率 ≥ 90 %: 85 %; 在册患者212人，规范管理209人 under 规范管理率; 抽检412批次，不合格15批次 under 抽检合格率: 96.36 %),
 * where no figure in % was given and the indicator was undetermined. The whole first, after a word of a whole (参训, 在册,
 * 受理, 抽检 …); the part after the word the rate's name holds before 率 (合格, 规范管理) or that word denied (不合格: the rest,
 * unless the name asks the denied: 不合格率), or what was done of what was due (应种2860人，实种2631人), before or after the
 * whole; both counts in one unit, the part no more than the whole. The part may say what it counts after its figure when
 * the figure opens its clause (1071人次考核合格) or follows a whole it is taken among; the whole may be the subject the name
 * says (馆藏档案12.6万卷 under 馆藏档案数字化率) or what was due after 需; a rate of coverage counts the part by the doing its
 * name says (已检查224家 under 监督检查覆盖率), and a satisfaction (满意度) is a share of the questionnaires returned. Part of
 * {@link QuantitativeScorer}.
 */
final class RatesFromCounts {
  private RatesFromCounts() {}

  /** The rate made, in %, and the note that shows how (（1071 人次 / 1260 人次）). */
  record Rate(Quantity rate, String note) {}

  /** Words before the whole a rate is taken of. */
  private static final List<String> WHOLES =
      List.of("参训", "参加", "参考", "在册", "受理", "抽检", "抽查", "检测", "检查", "登记", "应", "需", "共", "总", "申请", "纳入", "接收", "收到",
          "调查", "发放", "回收", "培训", "入学", "服务", "排查", "发现", "在校", "在管", "审核", "核查", "完工", "辖区", "有效", "计划", "下达",
          "预算", "验收", "报送", "全镇", "全乡", "全县", "全区", "全市", "全省", "全村", "全街道", "现有",
          // the work done, of which a part passed (完成改造100户，验收合格98户 under 验收合格率: session 79)
          "完成", "建成");

  /** Words of how the part was done that a rate's name may ask (及时接种率, 按期办结率): the part must say them too. */
  private static final List<String> QUALIFIERS = List.of("及时", "按时", "按期", "如期", "准时", "规范", "有效");

  /** Words that deny the part, making it the rest of the whole (不合格, 未办结). */
  private static final String DENIALS = "不未";

  /** At most this many figures are paired: a longer cell is a table of counts, not a whole and its part. */
  private static final int MOST_FIGURES = 4;

  /**
   * The rate of {@code figures} (of the normalised {@code actual}) as {@link RatesFromCounts} reads it under a rate named
   * {@code name}; null when none, or when two pairs of the figures would make two rates. Of more than two figures (年度计划项目14个，
   * 已开工11个，其中完工7个 under 开工率) one pair must be a whole and its part and no other.
   */
  static @Nullable Rate of(List<Quantity> figures, String actual, String name, Unit percent) {
    int rate = name.lastIndexOf('率');
    rate -= rate > 0 && (name.charAt(rate - 1) == '比' || name.charAt(rate - 1) == '例') ? 1 : 0; // 优良天数比率: 天数
    if (rate < 0 && name.endsWith(SATISFACTION)) {
      rate = name.length() - 1; // 受助对象满意度: a share of those asked, as 满意率 is
    }
    if (figures.size() < 2 || figures.size() > MOST_FIGURES || rate < 2) {
      return null;
    }
    String word = name.substring(rate - 2, rate); // 合格率: 合格; 规范管理率: 管理
    boolean deniedAsked = rate > 2 && DENIALS.indexOf(name.charAt(rate - 3)) >= 0; // 不合格率 counts the denied
    @Nullable Paired found = null;
    boolean twoReadings = false;
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        Paired made = pair(figures.get(i), figures.get(j), actual, name, word, deniedAsked, percent);
        if (made == null || found != null && made.rate().rate().value().compareTo(found.rate().rate().value()) == 0) {
          continue;
        }
        if (found == null) {
          found = made;
        } else if (made.ofReturned() != found.ofReturned()) {
          // 发放问卷200份，回收186份，满意172份: of the questionnaires handed out and those returned, the rate is of the returned
          found = made.ofReturned() ? made : found;
        } else {
          twoReadings = true;
        }
      }
    }
    return found == null || twoReadings ? null : found.rate(); // two readings: no rate to trust
  }

  /** A rate made of a pair, and whether its whole is what came back of a survey (回收, 收回, 有效: not what was handed out). */
  private record Paired(Rate rate, boolean ofReturned) {}

  /** The end of the name of a satisfaction, a share of those asked as a rate is. */
  private static final String SATISFACTION = "满意度";

  /** Words of what came back of a survey, the whole its shares are of. */
  private static final List<String> RETURNED = List.of("回收", "收回", "有效");

  /** The rate of two figures, {@code first} before {@code second} in the cell, the whole and its part in either order; null when none. */
  private static @Nullable Paired pair(Quantity first, Quantity second, String actual, String name, String word, boolean deniedAsked, Unit percent) {
    Quantity whole = first;
    Quantity part = second;
    String firstLabel = labelOf(actual, first, 0);
    // 1071人次考核合格，参训1260人次; up to the second figure only: 8个项目中7个已开工 says 开工 of the 7
    String firstAfter = firstLabel.isEmpty() ? after(actual, first, second.start()) : "";
    if (firstLabel.contains(word) && !dueOrPlanned(firstLabel, word)
        || firstAfter.contains(word) && !dueOrPlanned(firstAfter, word) && !labelOf(actual, second, 0).contains(word)) { // 合格1071人次，参训1260人次: the part first
      whole = second;
      part = first;
    }
    String wholeLabel = labelOf(actual, whole, 0);
    String partBefore = labelOf(actual, part, whole.end() < part.start() ? whole.end() : 0);
    // the part's words after it when it opens its clause without them (15个一次验收合格, 1071人次考核合格)
    boolean among = whole.end() < part.start() && wholeBefore(actual, whole, part); // 8个项目中已开工6个
    String partLabel = !partBefore.contains(word) && (among || labelOf(actual, part, 0).isEmpty()) ? after(actual, part) : partBefore;
    boolean done = partLabel.contains("实") || partLabel.contains("已");
    boolean ofThePlan = done && dueOrPlanned(wholeLabel, word) && partLabel.contains(word); // 计划走访1800户，实际走访1836户: may pass the plan
    if (!(whole.unit().isCount() || whole.unit().isMoney()) || !part.unit().equals(whole.unit()) || whole.isRange() || part.isRange() || whole.per().isPresent()
        || part.per().isPresent() || whole.value().signum() <= 0 || part.value().signum() < 0
        || part.value().compareTo(whole.value()) > 0 && !ofThePlan) {
      return null;
    }
    int at = partLabel.lastIndexOf(word);
    if (at < 0 && word.equals(COVERAGE) && !Texts.containsAny(partLabel, ADDED)) {
      at = doingAsked(partLabel, wholeLabel, name);
    }
    boolean due = Texts.containsAnyChar(wholeLabel, DUE);
    boolean dueAndDone = ofThePlan || done && (due || Texts.containsAny(wholeLabel, PLANNED) && DOING.contains(word)); // 应种2860人，实种2631人
    if (at < 0 && !dueAndDone || !(Texts.containsAny(wholeLabel, WHOLES) || among || namesTheSubject(wholeLabel, name, word))
        || wholeLabel.contains(word) && !ofThePlan) {
      return null; // 参训1260人次，考核合格1071人次: the whole's words, then the part's
    }
    for (String q : QUALIFIERS) {
      if (name.contains(q) && !partLabel.contains(q)) {
        return null; // 应种2860人，实种2631人 under 及时接种率: how many were done, not how many on time
      }
    }
    boolean rest = (at > 0 && DENIALS.indexOf(partLabel.charAt(at - 1)) >= 0) != deniedAsked; // 不合格 under 合格率, not under 不合格率
    BigDecimal counted = rest ? whole.value().subtract(part.value()) : part.value();
    BigDecimal value = percentOf(counted, whole.value());
    Quantity made = new Quantity(value, Optional.empty(), percent, false, part.start(), part.end());
    String note = "（" + (rest ? "1 − " : "") + part.describe() + " / " + whole.describe() + "）";
    return new Paired(new Rate(made, note), Texts.containsAny(wholeLabel, RETURNED));
  }

  /**
   * Whether the label says its figure is what was due or planned of the rate's own doing: 应 or a word of a plan right
   * before the rate's word (应参保人数, 计划走访), so a whole though it holds the word.
   */
  private static boolean dueOrPlanned(String label, String word) {
    int at = label.indexOf(word);
    if (at < 1) {
      return false;
    }
    if (DUE.indexOf(label.charAt(at - 1)) >= 0) {
      return true;
    }
    for (String plan : PLANNED) {
      if (label.startsWith(plan, at - plan.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of what was planned or allotted before a whole (计划, 下达, 预算): a part said done (实, 已) is of it when the rate
   * asked is of doing it ({@link #DOING}: 计划培训500人，实际培训450人 is no 合格率, nor 预算…，实际支出… a 结余率).
   */
  private static final List<String> PLANNED = List.of("计划", "下达", "预算");

  /** The two characters before 率 of a rate of doing what was planned. */
  private static final List<String> DOING = List.of("完成", "执行", "实施", "落实", "到位", "拨付", "发放", "兑现", "支付", "开工", "完工");

  /**
   * Whether the whole is the set the part is taken among: the whole's noun and 中 right after it, then the part in the same
   * clause (8个项目中已开工6个, 12所学校中9所已完工).
   */
  private static boolean wholeBefore(String actual, Quantity whole, Quantity part) {
    String between = actual.substring(whole.end(), part.start());
    int among = between.indexOf('中');
    return among >= 0 && among <= 6 && Clauses.clauseEnd(actual, whole.end()) >= part.start();
  }

  /** {@code part} over {@code whole} in %, rounded once to cents: how every rate made from counts is made. */
  static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    return part.movePointRight(2).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** Characters that make a count what was due (应种2860人, 需签订合同的项目20个): a whole though it holds the rate's word. */
  private static final String DUE = "应需";

  /**
   * Whether the whole's label is the subject the rate is of, as the name says it before the rate's word: 馆藏档案12.6万卷 under
   * 馆藏档案数字化率, 公租房860套 under 公租房空置率. Two characters at least: one is no subject.
   */
  private static boolean namesTheSubject(String wholeLabel, String name, String word) {
    String subject = wholeLabel.strip();
    int own = name.lastIndexOf(word);
    return subject.length() >= 2 && own > 0 && name.substring(0, own).contains(subject);
  }

  /** The word of a rate of coverage (覆盖率), which no count says: what covers is the doing the name says before it. */
  private static final String COVERAGE = "覆盖";

  /** Words of what was added this year (新建服务站12个): a count of them is no count of what is covered. */
  private static final List<String> ADDED = List.of("新建", "新增", "新设", "新开");

  /**
   * Where in the part's label a word of the doing a rate of coverage is of stands (检查 of 监督检查覆盖率 in 已检查224家, 签约 of
   * 家庭医生签约服务覆盖率 in 签约34400人): two characters of the name before 覆盖 that the whole's label does not hold (医疗
   * of 辖区医疗机构 is the subject, not the doing); -1 when none.
   */
  private static int doingAsked(String partLabel, String wholeLabel, String name) {
    int own = name.lastIndexOf(COVERAGE);
    for (int k = 0; k + 2 <= own; k++) {
      String w = name.substring(k, k + 2);
      int at = partLabel.lastIndexOf(w);
      if (at >= 0 && !wholeLabel.contains(w)) {
        return at;
      }
    }
    return -1;
  }

  /** The words after {@code q} to the end of its clause: a part may say what it counts after its figure (15个一次验收合格). */
  private static String after(String actual, Quantity q) {
    return after(actual, q, actual.length());
  }

  /** The words after {@code q} to the end of its clause or {@code before}, whichever comes first. */
  private static String after(String actual, Quantity q, int before) {
    return actual.substring(q.end(), Math.max(q.end(), Math.min(before, Clauses.clauseEnd(actual, q.end()))));
  }

  /** The words before {@code q} in its clause, after {@code from}. */
  private static String labelOf(String actual, Quantity q, int from) {
    return actual.substring(Math.max(from, Clauses.clauseStart(actual, q.start())), q.start());
  }
}
