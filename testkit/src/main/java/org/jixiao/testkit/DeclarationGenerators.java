package org.jixiao.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;

/**
 * Generators of target declarations (绩效目标申报表: projects with targets and no actuals), for
 * property tests of review checks.
 *
 * <p>{@link #clean()} declarations are what a careful unit files: every basis specific, every
 * required indicator filled or marked 不适用, every target a figure with its unit or a grade, time
 * limits within {@link #BUDGET_YEAR}, costs within the year's amount. The built-in reviewer passes
 * every one of them without an opinion, so a review check can be tested for staying quiet on
 * them and for firing on one spoiled cell. {@link #hostile()} declarations have hostile text and
 * amounts in every cell.
 */
public final class DeclarationGenerators {
  /** The budget year of the clean declarations' dates. */
  public static final int BUDGET_YEAR = 2023;

  private static final List<String> SERVICES = List.of("保洁", "安保", "绿化养护", "档案整理", "设备运维", "社区宣传", "法律援助", "就业培训");
  private static final List<String> PLACES = List.of("潭头社区", "溪头社区", "沙浦社区", "江边社区", "花果山社区", "朗下社区");
  private static final List<String> COUNT_UNITS = List.of("场", "人次", "栋", "个", "户", "份", "次", "处");

  private DeclarationGenerators() {}

  /** Clean declarations, amounts in 万元. */
  public static Generator<Project> clean() {
    return c -> {
      String service = c.pick(SERVICES);
      String place = c.pick(PLACES);
      int years = c.between(1, 3);
      // The year's amount in 万元 with two decimals, from 5 to 5000.
      BigDecimal amount = BigDecimal.valueOf(c.between(500L, 500_000L), 2);
      // The cost ceiling: 80 % to 100 % of the year's amount.
      BigDecimal cost = amount.multiply(BigDecimal.valueOf(c.between(80, 100), 2)).setScale(2, java.math.RoundingMode.DOWN);
      List<Indicator> rows = new ArrayList<>();
      int count = c.between(2, 500);
      String unit = c.pick(COUNT_UNITS);
      rows.add(row(Subcategory.QUANTITY, service + "服务数量", "≥" + count + unit, "考核全年提供" + service + "服务的数量"));
      rows.add(row(Subcategory.QUALITY, service + "验收合格率", "≥" + c.between(90, 100) + "%", "考核" + service + "服务按合同验收合格的比例"));
      rows.add(row(Subcategory.TIMELINESS, service + "完成时限", c.pick(List.of(c.between(1, 12) + "月底前", c.between(1, 10) + "个工作日内", BUDGET_YEAR + "年12月31日前", c.between(10, 60) + "分钟内")), "考核" + service + "服务按时完成的情况"));
      rows.add(row(Subcategory.COST, service + "服务成本", "≤" + cost.stripTrailingZeros().toPlainString() + "万元", "考核" + service + "服务全年费用支出"));
      rows.add(notApplicable(Subcategory.ECONOMIC));
      rows.add(row(Subcategory.SOCIAL, place + "服务环境", c.pick(List.of("明显改善", "显著提升", "明显提升")), "考核" + place + "服务环境的改善程度"));
      rows.add(notApplicable(Subcategory.ECOLOGICAL));
      rows.add(notApplicable(Subcategory.SUSTAINABILITY));
      rows.add(row(Subcategory.SERVED_SATISFACTION, "服务对象满意度", "≥" + c.between(90, 99) + "%", "考核服务对象对" + service + "服务的满意程度"));
      return Project.builder()
          // Locale.ROOT: under a default locale such as ar-SA, %d writes Arabic-Indic digits
          .code("4403062313915" + String.format(Locale.ROOT, "%08d", c.between(0, 99_999_999)))
          .name("政府购买服务（" + service + "）" + place + "工作站")
          .unit("深圳市宝安区松岗街道办事处（本级）")
          .department("深圳市宝安区松岗街道办事处（本级）")
          .period(Integer.toString(years))
          .projectType("15 其他经费")
          .newProject(c.percent(20))
          .allocationMethod("因素法和项目法")
          .moneyUnit(MoneyUnit.WAN_YUAN)
          .totalAmount(amount.multiply(BigDecimal.valueOf(years)))
          .budget(amount)
          .policyBasis("《深圳市宝安区社区工作站管理办法》（深宝府〔" + (BUDGET_YEAR - 2) + "〕" + c.between(1, 99) + "号）第" + c.between(2, 30) + "条")
          .calculationBasis(service + "服务费：" + c.between(1, 20) + "人×" + c.between(3000, 9000) + "元/月×12个月，合计不超过" + cost.stripTrailingZeros().toPlainString() + "万元")
          .goal(BUDGET_YEAR + "年保障" + place + "全年" + service + "服务" + count + unit + "，服务对象满意度不低于90%")
          .indicators(IndicatorSet.of(rows))
          .build();
    };
  }

  /** Declarations with hostile text and edge amounts in every cell. */
  public static Generator<Project> hostile() {
    ModelGenerators gen = ModelGenerators.hostile();
    return c -> {
      Project base = gen.project(MoneyUnit.WAN_YUAN, 1).generate(c);
      List<Indicator> rows = new ArrayList<>();
      for (Indicator i : base.indicators().indicators()) {
        Indicator.Builder b = Indicator.builder().from(i).actual(java.util.Optional.empty());
        if (c.percent(70)) {
          b.name(gen.hostileText().generate(c));
        }
        if (c.percent(70)) {
          b.explanation(c.percent(20) ? "不适用" : gen.hostileText().generate(c));
        }
        rows.add(b.build());
      }
      return Project.builder()
          .from(base)
          .actual(java.util.Optional.empty())
          .code(c.percent(50) ? gen.hostileText().generate(c) + "x" : "1")
          .totalAmount(gen.amount().generate(c))
          .policyBasis(gen.hostileText().generate(c))
          .calculationBasis(gen.hostileText().generate(c))
          .goal(gen.hostileText().generate(c))
          .indicators(IndicatorSet.of(rows))
          .build();
    };
  }

  private static Indicator row(Subcategory sub, String name, String target, String explanation) {
    return Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).explanation(explanation).build();
  }

  private static Indicator notApplicable(Subcategory sub) {
    return row(sub, "不适用", "不适用", "不适用");
  }
}
