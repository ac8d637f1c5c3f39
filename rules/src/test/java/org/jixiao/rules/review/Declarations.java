package org.jixiao.rules.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;

/**
 * A clean declaration every built-in check is quiet on, modelled on the real 2023 district
 * declarations (物业后勤类社区工作站经费), and ways to spoil one cell of it.
 */
final class Declarations {
  private Declarations() {}

  static Indicator row(Subcategory sub, String name, String target, String explanation) {
    return Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).explanation(explanation).build();
  }

  static Indicator notApplicable(Subcategory sub) {
    return row(sub, "不适用", "不适用", "不适用");
  }

  static List<Indicator> cleanIndicators() {
    return List.of(
        row(Subcategory.QUANTITY, "保洁的党群服务中心数量", "≥2栋", "考核保障保洁的党群服务中心数量"),
        row(Subcategory.QUALITY, "保洁服务验收合格率", "≥95%", "考核保洁服务按合同验收合格的比例"),
        row(Subcategory.TIMELINESS, "服务响应时间", "30分钟内", "考核接到报修后到场处理的时间"),
        row(Subcategory.COST, "物业后勤服务成本", "≤24.68万元", "考核全年物业后勤服务费用支出"),
        notApplicable(Subcategory.ECONOMIC),
        row(Subcategory.SOCIAL, "社区服务环境改善", "明显改善", "考核社区工作站办公和服务环境的改善程度"),
        notApplicable(Subcategory.ECOLOGICAL),
        notApplicable(Subcategory.SUSTAINABILITY),
        row(Subcategory.SERVED_SATISFACTION, "服务对象满意度", "≥95%", "考核居民和工作人员对服务的满意程度"));
  }

  static Project.Builder clean() {
    return Project.builder()
        .code("440306231391500000189")
        .name("政府购买服务（物业后勤类社区工作站经费）潭头社区工作站")
        .unit("深圳市宝安区松岗街道办事处（本级）")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .totalAmount(new BigDecimal("74.04"))
        .budget(new BigDecimal("24.68"))
        .policyBasis("《深圳市宝安区社区工作站管理办法》（深宝府〔2021〕12号）第十条")
        .calculationBasis("保洁服务费：3人×4000元/月×12个月=14.4万元；安保服务费：2人×4283元/月×12个月=10.28万元")
        .goal("2023年保障潭头社区党群服务中心两栋楼的保洁和安保，服务对象满意度不低于95%")
        .indicators(IndicatorSet.of(cleanIndicators()));
  }

  /** The clean declaration with indicator {@code index} replaced. */
  static Project withIndicator(int index, Indicator replacement) {
    List<Indicator> rows = new ArrayList<>(cleanIndicators());
    rows.set(index, replacement);
    return clean().indicators(IndicatorSet.of(rows)).build();
  }

  /** The clean declaration with its indicators changed by {@code change}. */
  static Project withIndicators(UnaryOperator<List<Indicator>> change) {
    return clean().indicators(IndicatorSet.of(change.apply(new ArrayList<>(cleanIndicators())))).build();
  }

  static final int QUANTITY = 0;
  static final int QUALITY = 1;
  static final int TIMELINESS = 2;
  static final int COST = 3;
  static final int SOCIAL = 5;
  static final int SATISFACTION = 8;

  static Indicator with(int index, String target) {
    Indicator i = cleanIndicators().get(index);
    return Indicator.builder().from(i).target(target).build();
  }

  static Indicator named(int index, String name) {
    Indicator i = cleanIndicators().get(index);
    return Indicator.builder().from(i).name(name).build();
  }

  static Category category(int index) {
    return cleanIndicators().get(index).category();
  }
}
