package org.jixiao.core.project;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** Where a project's money comes from (资金来源). */
public enum FundKind implements Labelled {
  /** 一般公共预算 (general public budget appropriation). */
  GENERAL_PUBLIC_BUDGET("一般公共预算", "一般公共", "一般公共预算拨款", "一般公共预算资金", "公共预算"),
  /** 政府性基金预算 (government fund budget appropriation). */
  GOVERNMENT_FUND_BUDGET("政府性基金预算", "政府性基金", "政府性基金预算拨款", "政府性基金预算资金", "基金预算"),
  /** 国有资本经营预算 (state capital operating budget). */
  STATE_CAPITAL_BUDGET("国有资本经营预算", "国有资本经营", "国有资本经营预算拨款"),
  /** 财政专户管理资金 (funds managed in a special fiscal account). */
  SPECIAL_ACCOUNT_FUNDS("财政专户管理资金", "财政专户管理", "财政专户资金", "财政专户"),
  /**
   * 当年财政拨款: fiscal appropriation of the year not split by budget type, as the single-project
   * form (项目支出绩效自评表) prints it.
   */
  FISCAL_APPROPRIATION("当年财政拨款", "本年财政拨款", "财政拨款", "其中:当年财政拨款", "其中:本年财政拨款"),
  /** 上年结转资金 (funds carried over from the previous year). */
  CARRIED_OVER("上年结转资金", "上年结转", "结转资金"),
  /** 非财政拨款 / 单位资金 / 其他资金 (non-fiscal funds). */
  NON_FISCAL("非财政拨款", "非财政拨款资金", "单位资金", "其他资金", "非财政资金", "自有资金");

  private static final Labels<FundKind> LABELS = Labels.of(FundKind.class);

  private final Label label;

  FundKind(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Whether this is a fiscal appropriation (财政拨款), as opposed to carried-over or own funds. */
  public boolean isFiscal() {
    return this != NON_FISCAL && this != CARRIED_OVER;
  }

  /** Parses a label as printed in a header, for example {@code 一般公共} or {@code 非财政拨款资金}. */
  public static Optional<FundKind> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
