package org.jixiao.rules.internal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.ReviewCheckIds;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/** 完整性: the bases, the goal, the required indicators and their cells are there. */
final class CompletenessChecks {
  private CompletenessChecks() {}

  static Location at(Project p, String path) {
    return Location.builder().seq(p.seq()).path(path).build();
  }

  static Location at(Project p, String path, String text) {
    return Location.builder().seq(p.seq()).path(path).text(ReviewTexts.quote(text)).build();
  }

  /** A text cell that must be there and longer than a token sentence. */
  abstract static class TextCell implements ReviewCheck {
    private final String id;
    private final String path;
    private final String missingCode;
    private final String shortCode;

    TextCell(String id, String path, String missingCode, String shortCode) {
      this.id = id;
      this.path = path;
      this.missingCode = missingCode;
      this.shortCode = shortCode;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public ReviewAspect aspect() {
      return ReviewAspect.COMPLETENESS;
    }

    abstract Optional<String> cell(Project p);

    /** The field's name on the form (政策依据), for a finding that says the form has none. */
    abstract String label();

    abstract int minLength(ReviewContext context);

    /** Whether a short cell is specific all the same (a document cited by its number); no by default. */
    boolean specific(String text) {
      return false;
    }

    /** More to say about a cell long enough; nothing by default. */
    List<Finding> more(Project p, String text) {
      return List.of();
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      Optional<String> text = ReviewTexts.filled(cell(p));
      if (text.isEmpty() && !context.formAsks(path)) {
        // the form has no row for it: nothing the declarant left out, but nothing reviewed either
        return List.of(Msg.of("JX-V-0105").arg("field", label()).finding(id, Severity.INFO, at(p, path)));
      }
      if (text.isEmpty()) {
        return List.of(Msg.of(missingCode).finding(id, Severity.ERROR, at(p, path)));
      }
      int length = ReviewTexts.normalized(text.get()).length();
      if (length < minLength(context) && !specific(text.get())) {
        return List.of(
            Msg.of(shortCode)
                .arg("text", ReviewTexts.quote(text.get()))
                .arg("length", length)
                .arg("min", minLength(context))
                .finding(id, Severity.WARNING, at(p, path, text.get())));
      }
      return more(p, text.get());
    }
  }

  /** 政策依据. */
  static final class PolicyBasis extends TextCell {
    PolicyBasis() {
      super(ReviewCheckIds.POLICY_BASIS, "policyBasis", "JX-V-0101", "JX-V-0102");
    }

    @Override
    String label() {
      return "政策依据";
    }

    @Override
    Optional<String> cell(Project p) {
      return p.policyBasis();
    }

    @Override
    int minLength(ReviewContext context) {
      return context.profile().minBasisLength();
    }

    /** A document cited by its number (甘财科〔2022〕78号, 第5号) or its title (《…》) names the basis, however short. */
    @Override
    boolean specific(String text) {
      return ReviewScans.citesDocument(ReviewTexts.normalized(text));
    }
  }

  /** 测算依据: also a computation, so at least one figure. */
  static final class CalculationBasis extends TextCell {
    CalculationBasis() {
      super(ReviewCheckIds.CALCULATION_BASIS, "calculationBasis", "JX-V-0111", "JX-V-0112");
    }

    @Override
    String label() {
      return "测算依据";
    }

    @Override
    Optional<String> cell(Project p) {
      return p.calculationBasis();
    }

    @Override
    int minLength(ReviewContext context) {
      return context.profile().minBasisLength();
    }

    @Override
    List<Finding> more(Project p, String text) {
      String normalized = IndicatorTexts.normalize(text);
      List<Quantity> figures = new ArrayList<>();
      for (Quantity q : IndicatorTexts.parseActual(text)) {
        // a document's or an attachment's number, and a period or a batch of one (服务期1年, 1批),
        // compute nothing; a rate of one (1%, 1:1) or one item (1台) does
        boolean one = q.upper().isEmpty() && q.value().compareTo(BigDecimal.ONE) == 0
            && (q.unit().isDuration() || BATCHES.contains(q.unit().symbol()));
        if (!one && !ReviewScans.isReference(normalized, q.start(), Math.min(q.end(), normalized.length()))) {
          figures.add(q);
        }
      }
      if (figures.isEmpty()) {
        return List.of(
            Msg.of("JX-V-0113").arg("text", ReviewTexts.quote(text)).finding(id(), Severity.WARNING, at(p, "calculationBasis", text)));
      }
      if (figures.size() == 1 && isAmount(figures.get(0), normalized) && !ReviewScans.statesRate(ReviewTexts.normalized(text))) {
        // 按实际合同196.2576万元: the total restated, however long the sentence around it
        return List.of(
            Msg.of("JX-V-0114").arg("text", ReviewTexts.quote(text))
                .finding(id(), Severity.WARNING, at(p, "calculationBasis", text)));
      }
      return List.of();
    }

    /**
     * Whether a figure is money: in a unit of money, or a bare 万 or 亿, which a 测算依据 writes for
     * 万元 (domain §4), unless what it counts is named just before it (人口约3.5万).
     */
    private static boolean isAmount(Quantity q, String normalized) {
      if (q.unit().isMoney()) {
        return true;
      }
      int end = q.end();
      if (!q.unit().symbol().isEmpty() || end <= 0 || end > normalized.length()
          || (normalized.charAt(end - 1) != '万' && normalized.charAt(end - 1) != '亿')) {
        return false;
      }
      String before = normalized.substring(Math.max(0, q.start() - 6), q.start());
      return COUNTED.stream().noneMatch(before::contains) || FUNDS.stream().anyMatch(before::contains); // 资金规模1200万
    }

    private static final List<String> BATCHES = List.of("批", "批次", "项", "宗", "期", "次");

    private static final List<String> FUNDS = List.of("资金", "投资", "经费", "预算", "金额");

    /** What a bare 万 counts when it is not money. */
    private static final List<String> COUNTED =
        List.of("人口", "人数", "户数", "人次", "居民", "群众", "学生", "农户", "面积", "数量", "规模", "服务对象", "受益");
  }

  /** 年度目标. */
  static final class AnnualGoal extends TextCell {
    AnnualGoal() {
      super(ReviewCheckIds.ANNUAL_GOAL, "goal", "JX-V-0121", "JX-V-0122");
    }

    @Override
    String label() {
      return "年度目标";
    }

    @Override
    Optional<String> cell(Project p) {
      return p.goal();
    }

    @Override
    int minLength(ReviewContext context) {
      return context.profile().minGoalLength();
    }
  }

  /** The required 二级指标 are listed, and each is filled or says 不适用; the block is not empty. */
  static final class RequiredIndicators implements ReviewCheck {
    @Override
    public String id() {
      return ReviewCheckIds.REQUIRED_INDICATORS;
    }

    @Override
    public ReviewAspect aspect() {
      return ReviewAspect.COMPLETENESS;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Indicator> indicators = p.indicators().indicators();
      List<String> otherFramework = ReviewTexts.inputOrProcessLevels(p);
      if (indicators.stream().noneMatch(ReviewTexts::hasContent)) {
        List<String> table = ReviewTexts.indicatorTableCells(p);
        if (!table.isEmpty()) {
          // the table is printed (its levels or headings are among the stray cells) but was not
          // read: "not filled in" would return a filled declaration, so a person is asked to look
          return List.of(Msg.of("JX-V-0138")
              .arg("first", ReviewTexts.quote(table.get(0)))
              .arg("count", table.size())
              .finding(id(), Severity.ERROR, at(p, "indicators", table.get(0))));
        }
        if (!otherFramework.isEmpty()) {
          // filled in, but under 投入指标 / 过程指标 (the evaluation framework's levels): not a
          // declaration without indicators, but one whose indicators review cannot read as targets
          return List.of(Msg.of("JX-V-0136")
              .arg("levels", quoted(otherFramework))
              .finding(id(), Severity.ERROR, at(p, "indicators", otherFramework.get(0))));
        }
        return List.of(Msg.of("JX-V-0133").finding(id(), Severity.ERROR, at(p, "indicators")));
      }
      List<Finding> out = new ArrayList<>();
      if (!otherFramework.isEmpty()) {
        // 产出 / 效益 rows beside 投入 / 过程 ones (the older 投入-过程-产出-效果 templates): the
        // targets are reviewed, the other rows are said to be left out
        out.add(Msg.of("JX-V-0137")
            .arg("levels", quoted(otherFramework))
            .finding(id(), Severity.INFO, at(p, "indicators", otherFramework.get(0))));
      }
      // names of rows the reader could not place (their levels lost): a required row may be among
      // them, so its absence is not stated as a fact
      // with lines, a 投入 / 过程 block owns only its own rows; without, it may own any
      List<ReviewTexts.Unplaced> unplaced =
          otherFramework.isEmpty() || ReviewTexts.linesKnown(p) ? ReviewTexts.unplacedNames(p) : List.of();
      out.addAll(required(p, indicators, unplaced, context));
      return out;
    }

    /** The labels, each in quotation marks, joined by 、 (“投入指标”、“过程指标”). */
    private static String quoted(List<String> labels) {
      return "“" + String.join("”、“", labels) + "”";
    }

    /** The required rows, once the indicators are known to hold something. */
    private List<Finding> required(Project p, List<Indicator> indicators, List<ReviewTexts.Unplaced> unplaced, ReviewContext context) {
      if (indicators.stream().filter(ReviewTexts::hasContent).noneMatch(RequiredIndicators::named)) {
        // figures under every heading and no name anywhere (a flattened copy): nothing to approve
        return List.of(Msg.of("JX-V-0135").finding(id(), Severity.ERROR, at(p, "indicators")));
      }
      if (indicators.stream().allMatch(i -> i.namedSubcategories().isEmpty() && i.category() != Category.COST)) {
        return byCategory(p, indicators, unplaced, context);
      }
      Map<Subcategory, Boolean> listed = new EnumMap<>(Subcategory.class);
      for (Indicator i : indicators) {
        boolean filled = ReviewTexts.hasContent(i) || ReviewTexts.markedNotApplicable(i);
        // a row printed for several levels at once (社会、经济、生态效益 指标) is the row of each
        for (Subcategory s : i.namedSubcategories()) {
          listed.merge(s, filled, Boolean::logicalOr);
        }
        if (i.category() == Category.COST) {
          // 成本指标 as a first level (forms from 2021 on: 经济成本 社会成本 …) is the 成本 row asked for
          listed.merge(Subcategory.COST, filled, Boolean::logicalOr);
        }
      }
      List<Finding> out = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Subcategory required : context.profile().requiredSubcategories()) {
        missingOrBlank(p, required.label(), listed.get(required), missing, out);
      }
      missing(p, missing, unplaced, out);
      return out;
    }

    /** JX-V-0131 for a required row not listed (state null), JX-V-0132 for one listed blank. */
    private void missingOrBlank(Project p, String label, @Nullable Boolean state, List<String> missing, List<Finding> out) {
      if (state == null) {
        missing.add(label);
      } else if (!state) {
        out.add(Msg.of("JX-V-0132").arg("subcategory", label).finding(id(), Severity.WARNING, at(p, "indicators")));
      }
    }

    /**
     * The required rows not listed: each said missing (JX-V-0131), or, when rows the reader could
     * not place may hold them, all said once not to have been read, with those rows (JX-V-0139).
     */
    private void missing(Project p, List<String> missing, List<ReviewTexts.Unplaced> unplaced, List<Finding> out) {
      if (missing.isEmpty()) {
        return;
      }
      if (unplaced.isEmpty()) {
        for (String label : missing) {
          out.add(Msg.of("JX-V-0131").arg("subcategory", label).finding(id(), Severity.WARNING, at(p, "indicators")));
        }
        return;
      }
      ReviewTexts.Unplaced first = unplaced.get(0);
      Location.Builder where = Location.builder().from(at(p, "indicators", first.name()));
      first.line().ifPresent(where::line); // the row's line, where a reader of the source finds it
      out.add(Msg.of("JX-V-0139")
          .arg("subcategories", String.join("、", missing))
          .arg("count", unplaced.size())
          .arg("first", ReviewTexts.quote(first.name()))
          .finding(id(), Severity.WARNING, where.build()));
    }

    private static boolean named(Indicator i) {
      Optional<String> name = ReviewTexts.filled(i.name());
      return name.isPresent() && !ReviewTexts.namesNothing(name.get());
    }

    /**
     * A form whose indicators have no second level (an umbrella 一级 such as 实施效果指标 over
     * 产出指标 and 效益指标: the Development and Reform Commission's target table) cannot list a
     * 数量 or 成本 row: the required rows are looked for by their first level, and the review says
     * that the second level was not checked.
     */
    private List<Finding> byCategory(Project p, List<Indicator> indicators, List<ReviewTexts.Unplaced> unplaced, ReviewContext context) {
      Map<Category, Boolean> listed = new EnumMap<>(Category.class);
      for (Indicator i : indicators) {
        listed.merge(i.category(), ReviewTexts.hasContent(i) || ReviewTexts.markedNotApplicable(i), Boolean::logicalOr);
      }
      List<Finding> out = new ArrayList<>();
      out.add(Msg.of("JX-V-0134").finding(id(), Severity.INFO, at(p, "indicators")));
      EnumSet<Category> asked = EnumSet.noneOf(Category.class);
      for (Subcategory required : context.profile().requiredSubcategories()) {
        asked.add(required.category());
      }
      List<String> missing = new ArrayList<>();
      for (Category required : asked) {
        missingOrBlank(p, required.label(), listed.get(required), missing, out);
      }
      missing(p, missing, unplaced, out);
      return out;
    }
  }

  /** Each indicator that is listed has its 三级指标, 目标值 and 指标解释, or says 不适用 in all. */
  static final class IndicatorFields implements ReviewCheck {
    @Override
    public String id() {
      return ReviewCheckIds.INDICATOR_FIELDS;
    }

    @Override
    public ReviewAspect aspect() {
      return ReviewAspect.COMPLETENESS;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      List<Indicator> indicators = p.indicators().indicators();
      for (int k = 0; k < indicators.size(); k++) {
        Indicator i = indicators.get(k);
        String path = "indicators[" + k + "]";
        if (ReviewTexts.markedNotApplicable(i)) {
          boolean whole = ReviewTexts.notApplicable(i.name()) && ReviewTexts.notApplicable(i.target()) && ReviewTexts.notApplicable(i.explanation());
          if (!whole) {
            out.add(Msg.of("JX-V-0143").arg("indicator", ReviewTexts.label(i)).finding(id(), Severity.INFO, at(p, path)));
          }
          continue;
        }
        if (!ReviewTexts.hasContent(i)) {
          continue; // a blank row: required-indicators speaks of it
        }
        Optional<String> name = ReviewTexts.filled(i.name());
        if (name.isEmpty()) {
          out.add(Msg.of("JX-V-0144").arg("indicator", ReviewTexts.label(i)).finding(id(), Severity.WARNING, at(p, path + ".name")));
        } else if (ReviewTexts.namesNothing(name.get())) {
          out.add(Msg.of("JX-V-0145")
              .arg("indicator", ReviewTexts.label(i))
              .arg("level", ReviewTexts.level(i))
              .finding(id(), Severity.WARNING, at(p, path + ".name")));
        }
        if (ReviewTexts.filled(i.target()).isEmpty()) {
          out.add(Msg.of("JX-V-0141").arg("indicator", ReviewTexts.label(i)).finding(id(), Severity.WARNING, at(p, path + ".target")));
        }
        if (ReviewTexts.filled(i.explanation()).isEmpty() && context.formAsks("explanation")) { // a form without the column asks none
          out.add(Msg.of("JX-V-0142").arg("indicator", ReviewTexts.label(i)).finding(id(), Severity.WARNING, at(p, path + ".explanation")));
        }
      }
      return out;
    }
  }
}
