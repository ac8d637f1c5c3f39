package org.jixiao.rules.internal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.ReviewCheckIds;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * 可测性: each 目标值 is a figure with a unit, or an explicit grade where a grade is enough.
 * Output and cost indicators call for a figure (a 质量 indicator may also name a standard such
 * as 合格); benefit and satisfaction indicators may state a grade (显著, 明显, 一般 …). 时效
 * targets are judged by {@code time-limit}, except for a unit their name implies (JX-V-0205).
 */
final class MeasurabilityCheck implements ReviewCheck {
  /** Grades a reviewer accepts as measurable (显著/明显/一般; 合格; 一级 …). */
  static final List<String> GRADES =
      List.of("显著", "明显", "一般", "较好", "良好", "优秀", "优良", "合格", "达标", "满意", "较高", "一级", "二级", "三级", "甲级", "乙级", "A级", "B级");

  /** Grades that stand as a standard for a 质量 indicator. */
  private static final List<String> STANDARDS = List.of("合格", "达标", "优良", "优秀", "通过验收", "验收通过", "零差错", "无差错", "无事故", "零事故");

  @Override
  public String id() {
    return ReviewCheckIds.MEASURABLE_TARGET;
  }

  @Override
  public ReviewAspect aspect() {
    return ReviewAspect.MEASURABILITY;
  }

  @Override
  public List<Finding> check(Project p, ReviewContext context) {
    List<Finding> out = new ArrayList<>();
    List<Indicator> indicators = p.indicators().indicators();
    for (int k = 0; k < indicators.size(); k++) {
      Indicator i = indicators.get(k);
      Optional<String> target = ReviewTexts.filled(i.target());
      if (ReviewTexts.markedNotApplicable(i) || target.isEmpty()) {
        continue;
      }
      Optional<Finding> found = judge(p, i, k, target.get(), context);
      if (i.subcategory().filter(s -> s == Subcategory.TIMELINESS).isPresent()) {
        // time-limit judges a 时效 target; only a unit its name implies is this check's to ask for
        // (项目完成及时率 | 100 → 100%), since time-limit takes the name's 及时 for the limit
        // a figure of one or less is a rate written as a fraction (及时率 | 1, ≥0.95), not a % left out
        boolean fraction = IndicatorTexts.parseTarget(i).quantity().filter(q -> q.value().compareTo(BigDecimal.ONE) <= 0).isPresent();
        found = found.filter(f -> f.code().equals("JX-V-0205") && !fraction);
      }
      found.ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> judge(Project p, Indicator i, int k, String text, ReviewContext context) {
    String path = "indicators[" + k + "].target";
    // The cell as written: a unit the name implies (宣传场次 → 场次) is not written in it. Under an
    // indicator about money a bare 万 is written money (≤620万/月 of 人工成本 is 620 万元 a month,
    // domain §4: over 60 cells of one district's declarations write it so), not a bare figure.
    String written = IndicatorTexts.normalize(text);
    Target t = TargetParser.parse(written, TargetContext.of(i).money() ? TargetContext.MONEY : TargetContext.ofText(written));
    String n = ReviewTexts.normalized(text);
    boolean callsForFigure = i.category() == Category.OUTPUT || i.category() == Category.COST;
    if (t.quantity().isPresent()) {
      Quantity q = t.quantity().get();
      boolean hasUnit = !q.unit().symbol().isEmpty() || i.measureUnit().filter(u -> !u.isBlank()).isPresent();
      if (!hasUnit && !(ReviewTexts.isCost(i) && ReviewTexts.moneyInYuan(i).isPresent())) {
        Optional<String> implied =
            IndicatorTexts.parseTarget(i).quantity().map(x -> x.unit().symbol()).filter(u -> !u.isEmpty());
        Msg msg = Msg.of(implied.isPresent() ? "JX-V-0205" : "JX-V-0201").arg("indicator", ReviewTexts.label(i)).arg("text", ReviewTexts.quote(text));
        implied.ifPresent(u -> msg.arg("unit", u).arg("suggested", ReviewTexts.quote(withUnit(written, q, u))));
        return Optional.of(msg.finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, text)));
      }
      return Optional.empty();
    }
    if (!callsForFigure && statesGrade(n, GRADES)) {
      return Optional.empty();
    }
    boolean vagueBesideDate = context.profile().vagueWords().stream().anyMatch(n::contains); // 2023年底有所改善
    if (!callsForFigure && (t.deadline().isPresent() || !ReviewTexts.years(text).isEmpty()) && !vagueBesideDate && byCalendar(i, n)) {
      return Optional.empty(); // a date or a period (保障期限 2020年1月--2020年11月) is measured against the calendar
    }
    if (i.subcategory().filter(s -> s == Subcategory.QUALITY).isPresent() && statesGrade(n, STANDARDS)) {
      return Optional.empty();
    }
    Optional<String> vague = context.profile().vagueWords().stream().filter(n::contains).findFirst();
    if (callsForFigure && vague.isPresent()) {
      return Optional.of(
          Msg.of("JX-V-0202")
              .arg("indicator", ReviewTexts.label(i))
              .arg("text", ReviewTexts.quote(text))
              .arg("word", vague.get())
              .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, text)));
    }
    return Optional.of(
        Msg.of(callsForFigure ? "JX-V-0203" : "JX-V-0204")
            .arg("indicator", ReviewTexts.label(i))
            .arg("text", ReviewTexts.quote(text))
            .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, text)));
  }

  /**
   * Whether a dated target is met or missed by the calendar: a date finer than a year (2023年6月30日,
   * 2023年底, 2023.6), a period (2023年1月-2023年12月, 2023年至2025年), a date something is done by
   * (2023年底前完成), or any date under a name that measures a time (保障期限, 完工时间). A year
   * alone under 带动就业人数, or 2023年有所改善, says how much of nothing.
   */
  private static boolean byCalendar(Indicator i, String n) {
    String name = ReviewTexts.normalized(i.name().orElse(""));
    if (COUNT_NAMES.stream().anyMatch(name::endsWith) && NOT_COUNTS.stream().noneMatch(name::endsWith)) {
      return false; // 带动就业人数 | 2023年底前完成: a date is no count
    }
    for (String word : CALENDAR_MARKS) {
      if (n.contains(word)) {
        return true;
      }
    }
    for (int k = 0; k < n.length(); k++) {
      char c = n.charAt(k);
      boolean afterDigit = k > 0 && ReviewScans.isDigit(n.charAt(k - 1));
      boolean beforeDigit = k + 1 < n.length() && ReviewScans.isDigit(n.charAt(k + 1));
      if (afterDigit && (c == '月' || c == '日')) {
        return true; // 6月, 30日
      }
      if ((c == '.' || c == '-') && afterDigit && beforeDigit) {
        return true; // 2023.6, 2023-06-30, 2023.1-2023.12
      }
      if (c == '到' && beforeDigit) {
        return true; // …到2023年12月; not 得到改善
      }
      if (c == '年' && k >= 4 && ReviewScans.isDigit(n.charAt(k - 4)) && afterDigit && k + 1 < n.length() && YEAR_PARTS.indexOf(n.charAt(k + 1)) >= 0) {
        return true; // 2023年底, 2023年内, 2023年上半年
      }
    }
    return TIME_NAMES.stream().anyMatch(name::contains);
  }

  private static final List<String> CALENDAR_MARKS =
      List.of("--", "—", "–", "－", "至", "~", "～", "完成", "完工", "建成", "截至", "截止", "之前", "以前", "前完成", "季度");

  /** What may follow a year's 年 in a date finer than the year. */
  private static final String YEAR_PARTS = "底末初前内中上下第";

  private static final List<String> TIME_NAMES =
      List.of("期限", "周期", "时间", "日期", "时限", "期间", "年限", "时段", "工期", "进度", "时效", "有效期", "受益期", "运营期", "实施期", "建设期", "服务期");

  /** Names of a count or a rate, which a date does not answer. */
  private static final List<String> COUNT_NAMES = List.of("人数", "数量", "个数", "次数", "户数", "人次", "率", "面积", "里程", "规模");

  /** Names ending in 率 that are no rate of a count (行政审批效率 may be met by a date). */
  private static final List<String> NOT_COUNTS = List.of("效率", "频率", "利率", "税率", "汇率", "功率");

  /**
   * The text with {@code unit} written right after its figure {@code q}: after the digits, a
   * range's second figure and a multiplier, before what the figure is per and any words after it
   * (≤620/月 → ≤620万元/月, 5万/年 → 5万人次/年, ≥10 → ≥10场), so that a unit is never put after a
   * per-period or a word.
   */
  static String withUnit(String written, Quantity q, String unit) {
    int at = q.start();
    int end = Math.min(q.end(), written.length());
    while (at < end && (ReviewScans.isDigit(written.charAt(at)) || FIGURE_PARTS.indexOf(written.charAt(at)) >= 0)) {
      at++;
    }
    if (at == q.start()) {
      at = end; // a figure in words (两场 has its unit): the unit goes after it
    }
    return written.substring(0, at) + unit + written.substring(at);
  }

  /** What a figure is written with besides its digits: decimal point, separators, a range, multipliers, hedges. */
  private static final String FIGURE_PARTS = ".,-—–~至到千万亿余多";

  /**
   * Whether the text states one of the grades: a grade word that is not negated (不明显, 不满意)
   * and is not the name of a measure that still wants its figure (提高满意度, 合格率, 达标性).
   */
  static boolean statesGrade(String text, List<String> words) {
    for (String w : words) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        int end = at + w.length();
        boolean negated = at > 0 && NEGATIONS.indexOf(text.charAt(at - 1)) >= 0;
        boolean measureName = end < text.length() && MEASURE_ENDS.indexOf(text.charAt(end)) >= 0;
        if (!negated && !measureName) {
          return true;
        }
      }
    }
    return false;
  }

  /** Characters that negate the grade after them. */
  private static final String NEGATIONS = "不未无没非";

  /** Characters that make a grade word the name of a measure (满意度, 合格率, 达标性). */
  private static final String MEASURE_ENDS = "度率性";
}
