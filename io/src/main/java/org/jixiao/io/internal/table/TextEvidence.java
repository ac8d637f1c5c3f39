package org.jixiao.io.internal.table;

import java.util.List;
import org.jixiao.core.label.Labels;

/**
 * What the text of a cell says about the slot it belongs in, judged the way a person reading a
 * shifted row would: a short 完成 / 已完成 / 达标 / 满意 / 100% is a 完成情况 cell, 无 at the end of a
 * row is 问题 / 整改, 满意 marks the satisfaction pair, 按时 / 月前 / 年底前 the timeliness pair,
 * 经济 / 社会 / 生态 words their benefit pair. Only classes of text are recognised, never phrases of
 * one table.
 */
final class TextEvidence {
  private TextEvidence() {}

  /** The text is a completion statement (完成, 已完成, 良好, 100% …): a 完成情况 cell. */
  static final int COMPLETION = 1;

  /** The text is a short appraisal (良好, 满意度较高): likely a 完成情况 cell. */
  static final int APPRAISAL = 1 << 9;

  /** The text ends a sentence (。；; !): it is not the first piece of a split cell. */
  static final int CLOSED = 1 << 10;

  /**
   * The text names its indicator outright (满意度, 经济效益, 社会效益, 生态效益): the evidence of
   * its satisfaction or benefit words counts double.
   */
  static final int NAMED = 1 << 11;

  /** 问题, 不足, 滞后, 未能, 取消, 影响 …: a 存在的问题 statement. */
  static final int PROBLEM = 1 << 12;

  /** 加强, 完善, 改进, 整改, 今后, 下一步 …: a 整改情况 statement. */
  static final int REMEDY = 1 << 13;

  /** The text is a placeholder (无, /, —, *): an empty statement. */
  static final int PLACEHOLDER = 1 << 1;

  /** The text reads as a target: a comparator (≥, 不少于, 以上 …) or an indicator name ending in 率. */
  static final int TARGET = 1 << 2;

  /** 满意, 认可, 投诉, 好评: the satisfaction pair. */
  static final int SATISFACTION = 1 << 3;

  /** 按时, 及时, 月前, 年底前, 年内, 时限 …: the timeliness pair. */
  static final int TIMELINESS = 1 << 4;

  /** 经济, 营收, 纳税, 节约 …: the economic benefit pair. */
  static final int ECONOMIC = 1 << 5;

  /** 社会, 群众, 民生, 就业 …: the social benefit pair. */
  static final int SOCIAL = 1 << 6;

  /** 生态, 环保, 绿色, 节能, 减排 …: the ecological benefit pair. */
  static final int ECOLOGICAL = 1 << 7;

  /** 质量, 合格, 验收, 准确 …: the quality pair. */
  static final int QUALITY = 1 << 8;

  // A verdict: 已完成, 基本完成, 完成较好, 100%完成, 已撤项, 未完成 … (the whole cell), read as
  // [percentage] [prefix] core [了] [suffix]. No regular expressions: the libraries use none.
  private static final List<String> VERDICT_PREFIXES =
      List.of("已经", "均已", "全部", "基本", "超额", "部分", "未能", "按时", "如期", "顺利", "圆满", "已", "均", "未");
  private static final List<String> VERDICT_CORES =
      List.of(
          "完成", "达成", "达标", "实现", "落实", "发放", "支付", "验收", "通过", "撤项", "取消", "开展", "执行",
          "满意");
  private static final List<String> VERDICT_SUFFIXES = List.of("情况良好", "较好", "良好", "较高", "任务");

  /** A short appraisal (良好, 满意度高, 较好 …): a 完成情况 cell, or a qualitative target. */
  private static final List<String> APPRAISAL_WORDS =
      List.of("满意", "良好", "较好", "较高", "好评", "认可", "优秀", "很好");

  private static final int SHORT = 12;

  // A bare figure (100%, 99.97%, 达到99%, 1857人次): [prefix] digits [unit].
  private static final List<String> FIGURE_PREFIXES = List.of("达到", "达", "约", "共", "为", "实际");
  private static final List<String> FIGURE_UNITS =
      List.of("人次", "万元", "%", "人", "家", "次", "件", "场", "个", "项", "份", "元", "台", "套");

  private static final List<String> COMPARATORS =
      List.of(
          "≥", "≤", ">", "<", "=", "不少于", "不低于", "不超过", "不高于", "以上", "以内", "至少", "控制在", "小于",
          "低于", "大于");

  private static final List<String> PLACEHOLDERS =
      List.of("无", "/", "-", "—", "——", "*", "**", "暂无", "没有", "无问题", "不适用", "——");

  private static final List<String> SATISFACTION_WORDS = List.of("满意", "认可", "投诉", "好评");
  private static final List<String> TIMELINESS_WORDS =
      List.of(
          "按时", "及时", "月前", "月底前", "年底前", "年前", "年内", "年度内", "时限", "期限", "按月", "按季",
          "当月", "上半年", "下半年", "之前", "日前", "工作日", "进度");
  private static final List<String> ECONOMIC_WORDS =
      List.of("经济", "营收", "纳税", "税收", "产值", "节约", "节省", "收益", "效率");
  private static final List<String> SOCIAL_WORDS =
      List.of("社会", "群众", "民生", "公众", "就业", "稳定", "和谐", "公平", "安全");
  private static final List<String> ECOLOGICAL_WORDS =
      List.of("生态", "环保", "绿色", "节能", "减排", "污染", "碳", "环境保护", "人居环境", "自然环境");
  private static final List<String> PROBLEM_WORDS =
      List.of("问题", "不足", "滞后", "未能", "不够", "较少", "困难", "影响", "偏差", "延迟", "不一致");
  private static final List<String> REMEDY_WORDS =
      List.of("加强", "完善", "改进", "整改", "今后", "下一步", "调整", "提前谋划", "督促");
  private static final List<String> NAMING_WORDS =
      List.of("满意度", "经济效益", "社会效益", "生态效益", "环境效益");
  private static final List<String> QUALITY_WORDS =
      List.of("质量", "合格", "验收", "准确", "规范", "标准", "达标率", "合格率");

  /** The features of a cell's text, as a bit set of this class's constants. */
  static int of(String raw) {
    String text = Labels.normalize(raw);
    String bare = stripEndPunctuation(text);
    int features = bare.length() < text.length() ? CLOSED : 0;
    if (PLACEHOLDERS.contains(bare)) {
      return PLACEHOLDER;
    }
    if (isVerdict(bare) || isFigure(bare)) {
      features |= COMPLETION;
    } else if (bare.length() <= SHORT && containsAny(bare, APPRAISAL_WORDS)) {
      features |= APPRAISAL;
    }
    if (containsAny(text, COMPARATORS) || (bare.length() <= SHORT && bare.endsWith("率"))) {
      features |= TARGET;
    }
    if (containsAny(text, SATISFACTION_WORDS)) {
      features |= SATISFACTION;
    }
    if (containsAny(text, TIMELINESS_WORDS)) {
      features |= TIMELINESS;
    }
    if (containsAny(text, ECONOMIC_WORDS)) {
      features |= ECONOMIC;
    }
    if (containsAny(text, SOCIAL_WORDS)) {
      features |= SOCIAL;
    }
    if (containsAny(text, ECOLOGICAL_WORDS)) {
      features |= ECOLOGICAL;
    }
    if (containsAny(text, PROBLEM_WORDS)) {
      features |= PROBLEM;
    }
    if (containsAny(text, REMEDY_WORDS)) {
      features |= REMEDY;
    }
    if (containsAny(text, NAMING_WORDS)) {
      features |= NAMED;
    }
    if (containsAny(text, QUALITY_WORDS)) {
      features |= QUALITY;
    }
    return features;
  }

  static boolean has(int features, int feature) {
    return (features & feature) != 0;
  }

  private static boolean isVerdict(String text) {
    int at = 0;
    int digits = digitsAt(text, at);
    if (digits > 0 && text.startsWith("%", at + digits)) {
      at += digits + 1;
    }
    at = skipOne(text, at, VERDICT_PREFIXES);
    int core = skipOne(text, at, VERDICT_CORES);
    if (core == at) {
      return false;
    }
    at = core;
    if (text.startsWith("了", at)) {
      at++;
    }
    at = skipOne(text, at, VERDICT_SUFFIXES);
    return at == text.length();
  }

  private static boolean isFigure(String text) {
    int at = skipOne(text, 0, FIGURE_PREFIXES);
    int digits = digitsAt(text, at);
    if (digits == 0) {
      return false;
    }
    at = skipOne(text, at + digits, FIGURE_UNITS);
    return at == text.length();
  }

  /** How many characters from {@code at} are digits, points or thousands separators. */
  private static int digitsAt(String text, int at) {
    int end = at;
    while (end < text.length()) {
      char c = text.charAt(end);
      if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '，') {
        end++;
      } else {
        break;
      }
    }
    return end - at;
  }

  /** The position after the first of {@code words} found at {@code at}, or {@code at}. */
  private static int skipOne(String text, int at, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return at + word.length();
      }
    }
    return at;
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String stripEndPunctuation(String text) {
    int end = text.length();
    while (end > 0 && "。.;；,，!！".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
