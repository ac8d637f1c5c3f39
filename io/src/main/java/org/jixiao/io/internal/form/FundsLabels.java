package org.jixiao.io.internal.form;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jspecify.annotations.Nullable;

/**
 * The words of the funds block: what a column heading names ({@link FundsRole}), the money unit a
 * label states, and the fund a row label names. {@link FundsBlock} reads the figures under them.
 */
final class FundsLabels {
  private FundsLabels() {}

  /**
   * The transfer template's budget after the pooled funds are deducted (扣除统筹整合资金后预算金额 (C), 名山
   * 2024) is the budget its rate E/C is of: the adjusted one. Its 全年预算数 (A) is then the budget before it.
   */
  static void afterDeduction(FundsRole[] roles, String[] headers) {
    int deducted = -1;
    boolean budget = false;
    for (int c = 0; c < roles.length; c++) {
      String k = FormText.key(headers[c]);
      if (roles[c] == FundsRole.ADJUSTED && k.startsWith("扣除")) {
        deducted = c;
      }
      budget |= roles[c] == FundsRole.BUDGET;
    }
    for (int c = 0; c < roles.length && deducted >= 0 && !budget; c++) {
      if (roles[c] == FundsRole.ADJUSTED && c != deducted) {
        roles[c] = FundsRole.BUDGET;
        budget = true;
      }
    }
  }

  /** Whether a label at the form's edge is the funds block's caption (项目资金, 预算执行情况, 资金情况 …). */
  static boolean isCaption(String key) {
    return key.startsWith("项目资金") || key.startsWith("预算执行情况") || key.startsWith("资金情况")
        || key.startsWith("预算资金") || key.startsWith("年度预算") || key.startsWith("资金投入");
  }

  /** Whether a heading is the template's numbering of rows or columns (行次, 列次): it states nothing of the funds. */
  static boolean isNumbering(String key) {
    return key.equals("行次") || key.equals("列次");
  }

  /** The unit a label names in brackets or after 单位: (万元), (元), 单位:万元. */
  static @Nullable MoneyUnit unitIn(String folded) {
    if (folded.contains("(万元)") || folded.contains("单位:万元")) {
      return MoneyUnit.WAN_YUAN;
    }
    if (folded.contains("(亿元)") || folded.contains("单位:亿元")) {
      return MoneyUnit.YI_YUAN;
    }
    if (folded.contains("(元)") || folded.contains("单位:元")) {
      return MoneyUnit.YUAN;
    }
    return null;
  }

  /** Whether a heading names how points are given (得分计算方法, 得分标准), a text, not the points. */
  static boolean describesScoring(String key) {
    return key.contains("方法") || key.contains("标准") || key.contains("依据") || key.contains("说明") || key.contains("规则");
  }

  /** 年度预算数: Sichuan's heading of the column of the rows' labels (总额, 财政拨款 …), no amount. */
  static final String LABEL_HEADING = "年度预算数";

  /**
   * Whether a heading names the column of the rows' labels, over no amount: 年度预算数 (Sichuan), 资金来源 (蔡甸
   * 2021), 资金性质, 资金类别.
   */
  static boolean isLabelHeading(String key) {
    return key.equals(LABEL_HEADING) || key.equals("资金来源") || key.equals("资金性质") || key.equals("资金类别") || key.equals("资金构成");
  }

  static FundsRole role(String key) {
    if (key.isEmpty()) {
      return FundsRole.NONE;
    }
    if (key.startsWith("年初预算")) {
      return FundsRole.BUDGET;
    }
    if (key.equals(LABEL_HEADING)) {
      return FundsRole.NONE; // Sichuan: the heading of the row-label column
    }
    if (key.startsWith("全年预算") || key.startsWith("调整后预算") || key.equals("预算数")
        || key.equals("转移支付预算数") || key.equals("资金预算数")) {
      // a budget named by its money as 执行数 is (转移支付预算数 (A), 遂宁 2021); not any …预算数: 上年预算数
      // and 下年预算数 name other years' budgets, and 项目总预算数 the whole project's
      return FundsRole.ADJUSTED;
    }
    if (key.endsWith("执行数") || key.equals("全年实际支出") || key.equals("实际支出") || key.endsWith("执行资金")) {
      return FundsRole.ACTUAL;
    }
    if (key.startsWith("执行率") && (key.endsWith("权重") || key.endsWith("得分"))) {
      // 执行率权重 | 执行率得分 (重庆's 部门整体绩效自评表): the execution's 分值 and 得分
      return key.endsWith("权重") ? FundsRole.WEIGHT : FundsRole.SCORE;
    }
    if (key.endsWith("执行率") || key.equals("预算执行")) {
      return FundsRole.RATE; // 预算执行 (E/C×100%): the rate, its formula in brackets
    }
    if (key.endsWith("全年执行") || key.endsWith("年度执行") || key.equals("实际执行")) {
      return FundsRole.ACTUAL; // 全年执行 without its 数 (新洲 2020): the amount, as 全年执行数 is
    }
    if (key.startsWith("扣除") && key.contains("预算")) {
      return FundsRole.ADJUSTED; // 扣除统筹整合资金后预算金额 (C), see afterDeduction
    }
    if (key.contains("到位") || key.startsWith("统筹整合")) {
      return FundsRole.KEPT; // 全年到位资金 (D), 预算到位 (D/C×100%), 统筹整合资金数 (B)
    }
    if (isNumbering(key)) {
      return FundsRole.NUMBERING;
    }
    if (key.equals("分值") || key.equals("权重")) {
      return FundsRole.WEIGHT;
    }
    if (key.startsWith("得分") && !describesScoring(key)) {
      return FundsRole.SCORE;
    }
    if (key.contains("原因") || key.contains("说明")) {
      return FundsRole.REASON;
    }
    return FundsRole.NONE;
  }

  /** What a label names where it is followed by its figure (预算数: | 2.38): as a column heading would, a reason aside. */
  static FundsRole pairRole(String key) {
    FundsRole r = role(key);
    return r.field() ? r : FundsRole.NONE;
  }

  /**
   * {@link #rowKind}, for a row under a funds header already read: there 合计, 总计 and 总金额 are the
   * block's total too (资金来源 | 一般预算内拨款 … 合计, 蔡甸 2021; 年度总金额, 重庆's department-wide form).
   * Not so where a funds header is looked for: a form ends in 合计, and the row above it would pass for
   * a header.
   */
  static @Nullable Optional<FundKind> rowKindInBlock(String key) {
    String k = FormText.withoutQizhong(key);
    if (k.equals("合计") || k.equals("总计") || k.equals("资金合计") || k.equals("年度总金额") || k.equals("总金额")) {
      return Optional.empty();
    }
    return rowKind(key);
  }

  /** The kind a row label names; empty for the total row; null when it is no funds row. */
  static @Nullable Optional<FundKind> rowKind(String key) {
    String k = FormText.withoutQizhong(key);
    if (k.isEmpty()) {
      return null;
    }
    if (k.equals("年度资金总额") || k.equals("总额") || k.equals("资金总额") || k.equals("年度财政资金总额")
        || k.equals("年度资金合计")) {
      return Optional.empty();
    }
    Optional<FundKind> known = FundKind.fromLabel(k);
    if (known.isPresent()) {
      return known;
    }
    if (k.contains("结转")) {
      return Optional.of(FundKind.CARRIED_OVER);
    }
    if (k.contains("专户")) {
      return Optional.of(FundKind.SPECIAL_ACCOUNT_FUNDS);
    }
    if (k.contains("其他资金") || k.contains("其它资金") || k.contains("单位资金") || k.contains("自有资金") || k.contains("非财政")) {
      return Optional.of(FundKind.NON_FISCAL);
    }
    if (k.contains("一般公共预算") || k.contains("一般预算")) { // 一般预算: its name before 2015 (一般预算内拨款)
      return Optional.of(FundKind.GENERAL_PUBLIC_BUDGET);
    }
    if (k.contains("政府性基金")) {
      return Optional.of(FundKind.GOVERNMENT_FUND_BUDGET);
    }
    if (k.contains("财政拨款") || k.contains("财政资金") || k.contains("补助") || k.startsWith("上级")
        || fromAGovernment(k)) {
      // 中央补助, 省级补助, 上级资金, 中央资金, 省级资金, 地方资金 (transfer payments): appropriations,
      // from above or local
      return Optional.of(FundKind.FISCAL_APPROPRIATION);
    }
    return null;
  }

  /** The governments whose money a transfer form lists by level (中央资金, 省级资金, 县级资金). */
  private static final List<String> GOVERNMENTS =
      List.of("中央", "省级", "省", "市级", "市", "州", "县级", "县", "区级", "区", "乡镇", "本级", "地方");

  /** Whether a label is the money of one level of government: 中央资金, 省级资金, 地方资金. */
  private static boolean fromAGovernment(String k) {
    return k.endsWith("资金") && GOVERNMENTS.contains(k.substring(0, k.length() - 2));
  }
}
