package org.jixiao.testkit.internal;

import java.util.List;

/**
 * Templates of indicator text modelled on real published tables (the Longgang 2019 table and
 * the phrases of domain.md §4). {@code {n}} is the target number, {@code {m}} the actual one,
 * {@code {u}} a unit.
 */
public final class PhraseBank {
  private PhraseBank() {}

  /** Counting units as tables print them; 人 and 人次 are different units. */
  public static final List<String> UNITS =
      List.of("人", "人次", "名", "家", "家次", "场", "期", "次", "份", "个", "项", "件", "台", "套", "户", "天");

  /** Quantitative targets, larger is better. */
  public static final List<String> POSITIVE_TARGETS =
      List.of(
          "完成{n}{u}",
          "举办公益招聘会不少于{n}{u}",
          "档案托管数量：不少于{n}{u}",
          "培训{n}{u}以上",
          "至少开展{n}{u}活动",
          "服务对象满意度≥{n}%",
          "满意度达到{n}%以上",
          "计划完成率100%");

  /** Quantitative targets, smaller is better. */
  public static final List<String> REVERSE_TARGETS =
      List.of("投诉率≤{n}%", "故障不超过{n}次", "全区登记失业率：小于{n}%", "零投诉", "控制在{n}万元以内");

  /** Actuals of a quantitative target. */
  public static final List<String> NUMERIC_ACTUALS =
      List.of("完成{m}{u}", "共{m}{u}参加", "实际{m}{u}。", "达{m}%", "满意度达{m}%", "{m}{u}");

  /** Deadlines. */
  public static final List<String> DEADLINES =
      List.of("年度内完成", "{n}月前完成", "2019年底前完成", "按时支付各项费用", "在计划时间内完成", "2021.1.1-12.31");

  /** Qualitative targets. */
  public static final List<String> QUALITATIVE_TARGETS =
      List.of(
          "保障单位正常运行",
          "提高工作效率",
          "为本局工作人员提供完善的办公设施",
          "群众满意度较高",
          "按合同约定进度支付费用。");

  /** Completion words, best first. */
  public static final List<String> COMPLETION_WORDS =
      List.of(
          "完成", "已完成", "全部完成", "超额完成", "达标", "已实现", "100%", "满意",
          "基本完成", "完成较好", "良好", "较高",
          "部分完成", "部分达成",
          "未完成", "未达成", "取消", "未开展", "已撤项");

  /** Negative facts hidden in prose. */
  public static final List<String> NEGATIVE_PROSE =
      List.of("因不可抗力因素，该期培训计划取消", "1-2期未能及时培训", "青年见习补贴无人申请");

  /** Placeholders that mean "not filled". */
  public static final List<String> PLACEHOLDERS = List.of("/", "—", "*", "**", "无");

  /** Chinese numerals for small counts. */
  public static final List<String> CHINESE_NUMERALS = List.of("一", "两", "三", "四", "五", "六", "七", "八", "九", "十");
}
