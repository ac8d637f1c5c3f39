package org.jixiao.rules.internal.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
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

/** 具体明确性: names that are names, no repeats, the right 二级指标. */
final class SpecificityChecks {
  private SpecificityChecks() {}

  abstract static class Base implements ReviewCheck {
    @Override
    public ReviewAspect aspect() {
      return ReviewAspect.SPECIFICITY;
    }
  }

  /** A 三级指标 that is long, or reads as a sentence of the goal (通过…, 确保…, with commas). */
  static final class IndicatorName extends Base {
    @Override
    public String id() {
      return ReviewCheckIds.INDICATOR_NAME;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      List<Indicator> indicators = p.indicators().indicators();
      for (int k = 0; k < indicators.size(); k++) {
        Indicator i = indicators.get(k);
        Optional<String> name = ReviewTexts.filled(i.name());
        if (name.isEmpty() || ReviewTexts.markedNotApplicable(i)) {
          continue;
        }
        String printed = ReviewTexts.normalized(name.get());
        String path = "indicators[" + k + "].name";
        String n = TemplateResidue.without(printed);
        if (!n.equals(printed) && !n.isEmpty()) {
          // 指标1:项目总成本(≤**万元): the template's numbering and placeholder left in the name; the
          // name itself (项目总成本) is what the length and the sentence are judged on
          out.add(
              Msg.of("JX-V-0303").arg("text", ReviewTexts.quote(name.get())).arg("name", n)
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, name.get())));
        }
        n = TemplateResidue.withoutMarks(n);
        boolean sentence = hasClauseMark(n) || startsAGoal(n, context.profile().goalVerbs(), context.profile().actionMeasures());
        if (n.length() >= context.profile().maxNameLength()) {
          out.add(
              Msg.of("JX-V-0301")
                  .arg("text", ReviewTexts.quote(name.get()))
                  .arg("length", n.length())
                  .arg("max", context.profile().maxNameLength())
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, name.get())));
        } else if (sentence) {
          out.add(Msg.of("JX-V-0302").arg("text", ReviewTexts.quote(name.get())).finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, name.get())));
        }
      }
      return out;
    }
  }

  /**
   * Whether a name starts with a goal verb that it goes on to act on (保障村社区正常运转, 促进…发展):
   * a verb followed by nothing but a measure of its own action (保障期限, 完成时间, 通过率), or
   * with it joined by 的 to what follows (保障范围的服务对象满意度), or 完成 and 通过 with a phrase
   * joined by 的 to a measure (完成档案整理的及时性), names that measure, as a noun phrase does,
   * and is no sentence.
   */
  static boolean startsAGoal(String name, List<String> verbs, List<String> measures) {
    for (String verb : verbs) {
      if (name.startsWith(verb)) {
        String rest = withoutBracketedUnit(name.substring(verb.length()));
        if (!measures.contains(rest) && !modifiesByDe(rest, measures) && !(WORK_VERBS.contains(verb) && endsInAMeasure(rest, measures))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verbs whose object is the work done, never a measure: with 的 and a measure after them they
   * name the measure of that work (完成档案整理的及时性: the timeliness of the filing), where 保障,
   * 提高 or 实现 take the measure as their object (保障工作人员用餐的及时性: ensure the
   * timeliness of the meals; 提高群众的满意度).
   */
  private static final List<String> WORK_VERBS = List.of("完成", "通过");

  /** Verbs of change: one before the 的 makes the phrase a goal of raising or cutting the measure. */
  private static final List<String> CHANGE_VERBS = List.of("提高", "提升", "增强", "促进", "推动", "加强", "改善", "降低", "减少", "增加");

  /**
   * Whether the verb and a measure of its action form a noun that 的 joins to what follows:
   * 保障范围的服务对象满意度 (the satisfaction within the scope of the cover).
   */
  private static boolean modifiesByDe(String rest, List<String> measures) {
    for (String m : measures) {
      if (rest.startsWith(m) && rest.length() > m.length() + 1 && rest.charAt(m.length()) == '的') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows the verb is joined by 的 to a measure that ends the name: one of the
   * measures of an action (率, 时间, 人数 …) or a noun of degree or quality (满意度, 及时性).
   */
  private static boolean endsInAMeasure(String rest, List<String> measures) {
    int of = rest.lastIndexOf('的');
    if (of < 0 || of == rest.length() - 1) {
      return false;
    }
    for (String verb : CHANGE_VERBS) {
      if (rest.lastIndexOf(verb, of) >= 0) {
        return false; // 通过宣传提高群众的满意度: 通过 is "by", and 提高 the goal's verb
      }
    }
    String measure = rest.substring(of + 1);
    if (measure.endsWith("度") || measure.endsWith("性")) {
      return true;
    }
    for (String m : measures) {
      if (measure.endsWith(m)) {
        return true;
      }
    }
    return false;
  }

  /** The text without a bracketed unit at its end: 人数(人) is 人数. */
  private static String withoutBracketedUnit(String text) {
    int open = text.lastIndexOf('(');
    return open > 0 && text.endsWith(")") ? text.substring(0, open) : text;
  }

  /** Whether a name has a comma, a full stop or a semicolon: it is then a sentence. */
  static boolean hasClauseMark(String name) {
    for (int i = 0; i < name.length(); i++) {
      if ("，,。；;".indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The same 三级指标 twice, or the same target and explanation under two names. */
  static final class DuplicateIndicator extends Base {
    @Override
    public String id() {
      return ReviewCheckIds.DUPLICATE_INDICATOR;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      Map<String, Integer> byName = new HashMap<>();
      Map<String, Integer> byContent = new HashMap<>();
      List<Indicator> indicators = p.indicators().indicators();
      for (int k = 0; k < indicators.size(); k++) {
        Indicator i = indicators.get(k);
        if (!ReviewTexts.isFilled(i)) {
          continue;
        }
        String name = ReviewTexts.normalized(i.name().orElse(""));
        Integer first = byName.putIfAbsent(name, k);
        if (first != null) {
          out.add(
              Msg.of("JX-V-0311")
                  .arg("text", ReviewTexts.quote(i.name().orElse("")))
                  .arg("first", first + 1)
                  .arg("second", k + 1)
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "indicators[" + k + "].name", i.name().orElse(""))));
          continue;
        }
        String content = ReviewTexts.normalized(i.target().orElse("")) + "|" + ReviewTexts.normalized(i.explanation().orElse(""));
        Integer same = byContent.putIfAbsent(content, k);
        if (same != null && ReviewTexts.normalized(i.explanation().orElse("")).length() >= 6) {
          out.add(
              Msg.of("JX-V-0312")
                  .arg("first", ReviewTexts.label(indicators.get(same)))
                  .arg("second", ReviewTexts.label(i))
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "indicators[" + k + "]")));
        }
      }
      return out;
    }
  }

  /** A satisfaction rate outside 满意度指标; money under 数量, 质量 or 时效. */
  static final class MisfiledIndicator extends Base {
    @Override
    public String id() {
      return ReviewCheckIds.MISFILED_INDICATOR;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      List<Indicator> indicators = p.indicators().indicators();
      for (int k = 0; k < indicators.size(); k++) {
        Indicator i = indicators.get(k);
        if (!ReviewTexts.hasContent(i)) {
          continue;
        }
        String name = ReviewTexts.normalized(i.name().orElse(""));
        String target = i.target().orElse("");
        String filed = ReviewTexts.level(i);
        String path = "indicators[" + k + "]";
        if (name.contains("满意") && i.category() != Category.SATISFACTION) {
          out.add(
              Msg.of("JX-V-0321").arg("indicator", ReviewTexts.label(i)).arg("filed", filed)
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path)));
        } else if (i.subcategory().filter(s -> s == Subcategory.QUANTITY || s == Subcategory.QUALITY || s == Subcategory.TIMELINESS).isPresent()
            && isMoney(target)) {
          out.add(
              Msg.of("JX-V-0322").arg("indicator", ReviewTexts.label(i)).arg("filed", filed).arg("text", ReviewTexts.quote(target))
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, target)));
        }
      }
      return out;
    }

    /** A target whose figure is an amount of money (元, 万元, 亿元; a per-unit price is not). */
    private static boolean isMoney(String target) {
      return IndicatorTexts.parseTarget(target)
          .quantity()
          .map(q -> q.unit().symbol())
          .filter(u -> u.equals("元") || u.equals("万元") || u.equals("亿元") || u.equals("千元"))
          .isPresent();
    }
  }
}
