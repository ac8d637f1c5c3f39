package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.ListItem;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * A benefit (效益指标) stated in words, answered by the effect counted: {@code 吸引各类人才到龙岗创新创业}
 * by {@code 1.全年新增深龙英才认定和备案302人。 2.新引进…人才25296人}, {@code 加强企业联系…优化龙岗企业人才储备}
 * by {@code 1.举办“春风行动”公益招聘会，达成意向人数5456人；…}. A benefit target names an effect and asks
 * for no figure, so none falls short of it; the actual counts what came of the work and says
 * nothing of a shortfall. A careful evaluator reads it as met (达成年度指标, the sample's hand key);
 * the engine left it undetermined for want of a completion word.
 *
 * <p>Read narrowly, since a count alone does not show that an effect was reached:
 * <ul>
 *   <li>only for a whole indicator filed under 社会, 经济 or 生态效益, never an item of a list of
 *       sub-targets (real lists skip and repeat their numbers), a 可持续影响 (how long), an output,
 *       a cost or a satisfaction (a count is no rate);
 *   <li>not when the target asks for less or none (减少, 降低, 控制, 杜绝 …), for all of something
 *       (全, 所有, 每, 足额, 应 …), for a standard (合格, 规范, 安全, 达到预期 …), a rate or
 *       durability, or names several tasks (、, 和, 及), or when the name carries a figure:
 *       counts do not show those;
 *   <li>not when the actual says anything of a shortfall, a fall, a delay, a plan, work still going
 *       on, a part of a whole or a bad event (未, 仅, 不足, 差距, 下降, 降至, 停, 延, 计划, 目前,
 *       截至, 剩余, 事故, 问题 …; and the reader's shortfall scan), or counts nothing (0人);
 *   <li>only when it counts things done or reached (人, 场, 家 …), in each item of a numbered
 *       actual: amounts, shares and measurements (万元, %, 微克/立方米) are no count of an effect.
 * </ul>
 */
final class ReportedResults {
  private ReportedResults() {}

  /** Words of a target that asks for what a count does not show: less, all, a standard, durability. */
  private static final List<String> TARGET_ASKS_MORE =
      List.of("减少", "降低", "控制", "杜绝", "不超", "避免", "防止", "下降", "压减", "零", "无", "全", "所有", "每",
          "各个", "足额", "应", "多", "持续", "长期", "长效", "合格", "规范", "安全", "达到", "预期", "计划", "完成",
          "及时", "按时", "率", "满意", "见", // 详见申报表, 见附件: the target is elsewhere
          // several tasks in one target: a count may answer one of them
          "、", "和", "及");

  /** Words of an actual that say less than a result: a shortfall, a fall, a delay, a plan, a part, a bad event. */
  private static final List<String> NOT_A_RESULT =
      List.of(
          // shortfalls and parts of a whole
          "未", "仅", "只", "不足", "不到", "少", "差距", "原定", "目标", "应发", "还有", "剩余", "其余", "另", "中的",
          "偏低", "较低", "困难", "影响", "问题", "原因",
          // falls
          "下降", "减少", "降低", "回落", "降至", "降幅", "下滑", "缩减", "减至", "上升", "增加了", "超支", "超出",
          "上年", "去年", "上一年", // a comparison whose direction is not worded (上年为1500人)
          // delays, stops and work going on
          "停", "暂", "中止", "搁置", "延", "推迟", "推至", "改期", "改为", "滞后", "进行中", "实施中", "在建", "施工",
          "仍", "尚", "继续", "阶段", "截至", "截止", "上半年", "目前",
          // plans and expectations
          "计划", "拟", "将", "预计", "预期", "正在", "准备", "争取", "力争", "力求", "待", "下一步", "明年", "下半年", "约",
          "≥", "≤",
          // bad events and their remedies
          "事故", "违规", "投诉", "返工", "整改", "信访", "失业", "发生");

  /** The figures of the effect the actual counts, when it answers a benefit target of words so; empty otherwise. */
  static Optional<List<Quantity>> of(IndicatorInput input) {
    Indicator indicator = input.indicator();
    if (input.item().isPresent() || !countedBenefit(indicator) || IndicatorTexts.isPlaceholder(input.target())) {
      return Optional.empty();
    }
    String target = IndicatorTexts.normalize(input.target());
    String name = indicator.name().orElse("");
    if (Texts.containsAny(target, TARGET_ASKS_MORE) || Texts.containsAny(name, TARGET_ASKS_MORE) || hasDigit(name)) {
      return Optional.empty(); // a name with a figure (培训人次（≥500人次）) says what was asked
    }
    String actual = IndicatorTexts.normalize(input.actual());
    if (Texts.containsAny(actual, NOT_A_RESULT) || !Clauses.shortfalls(actual).isEmpty()) {
      return Optional.empty();
    }
    Target parsed = TargetParser.parse(target, TargetContext.of(indicator));
    if (parsed.quantity().isPresent() || parsed.deadline().isPresent()) {
      return Optional.empty(); // a figure or a deadline to compare with: other rules decide
    }
    // each item of a numbered actual (the whole cell when it is not one) counts something: an item
    // without a count may be undone; a count of 0 (带动就业0人) says nothing came of it
    List<Quantity> figures = new ArrayList<>();
    for (ListItem item : IndicatorTexts.split(input.actual())) {
      List<Quantity> found = IndicatorTexts.parseActual(item.text());
      if (!counts(found)) {
        return Optional.empty();
      }
      figures.addAll(found);
    }
    for (Quantity q : figures) {
      if (q.value().signum() <= 0) {
        return Optional.empty();
      }
    }
    return Optional.of(figures);
  }

  /** Whether a figure counts things (人, 场, 家 …), not money, a share or a measurement. */
  private static boolean counts(List<Quantity> figures) {
    for (Quantity q : figures) {
      if (q.unit().isCount()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the indicator is filed under 社会, 经济 or 生态效益 (or under 效益 with no second level). */
  private static boolean countedBenefit(Indicator indicator) {
    Optional<Subcategory> sub = indicator.subcategory();
    if (sub.isEmpty()) {
      return indicator.category() == Category.BENEFIT;
    }
    Subcategory s = sub.get();
    return s == Subcategory.SOCIAL || s == Subcategory.ECONOMIC || s == Subcategory.ECOLOGICAL;
  }


}
