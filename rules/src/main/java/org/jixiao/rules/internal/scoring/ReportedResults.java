package org.jixiao.rules.internal.scoring;

import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * An actual that answers a target of words by reporting the work done in figures: {@code
 * 吸引各类人才到龙岗创新创业} answered by {@code 1.全年新增深龙英才认定和备案302人。 2.新引进…人才25296人},
 * {@code 加强企业联系，做好精准服务…} by {@code 1.举办“春风行动”公益招聘会，达成意向人数5456人；…}. The
 * target asks for no figure, so none falls short of it; the actual says what was done and nothing
 * that was not. A careful evaluator reads it as met (达成年度指标); the engine left it undetermined
 * for want of a completion word.
 *
 * <p>Read only for a whole indicator, not an item of a list of sub-targets: the items of real lists
 * skip and repeat their numbers (龙岗 2019: 1, 2, 2, 4), so an item's figures may report another
 * item's work. Not read when the actual states a shortfall or a negation anywhere (未, 尚未, 仅, 只有 …),
 * a plan or work still going on (计划, 将, 正在, 目前 …), or a fall (下降, 减少): each can say the
 * target was not met, which figures alone do not show. A percentage alone is no report of work
 * done (覆盖率95% against 提高覆盖率 asks what level was meant).
 */
final class ReportedResults {
  private ReportedResults() {}

  /** Words that make a report a plan, work in progress, or a fall rather than a result. */
  private static final List<String> NOT_A_RESULT =
      List.of("计划", "拟", "将", "预计", "正在", "目前", "准备", "争取", "力争", "待", "下降", "减少", "降低", "回落", "阶段", "仅", "只有");

  /** The figures of work done the actual reports, when it answers a target of words so; empty otherwise. */
  static Optional<List<Quantity>> of(IndicatorInput input) {
    if (input.item().isPresent() || IndicatorTexts.isPlaceholder(input.target())) {
      return Optional.empty();
    }
    String actual = IndicatorTexts.normalize(input.actual());
    for (String word : NOT_A_RESULT) {
      if (actual.contains(word)) {
        return Optional.empty();
      }
    }
    if (!Clauses.shortfalls(actual).isEmpty()) {
      return Optional.empty(); // 未, 尚未, 仅, 存在…问题: something was not done
    }
    Target target = TargetParser.parse(IndicatorTexts.normalize(input.target()), TargetContext.of(input.indicator()));
    if (target.quantity().isPresent() || target.deadline().isPresent()) {
      return Optional.empty(); // a figure or a deadline to compare with: other rules decide
    }
    List<Quantity> figures = IndicatorTexts.parseActual(input.actual());
    for (Quantity q : figures) {
      if (!q.unit().symbol().equals("%")) {
        return Optional.of(figures);
      }
    }
    return Optional.empty();
  }
}
