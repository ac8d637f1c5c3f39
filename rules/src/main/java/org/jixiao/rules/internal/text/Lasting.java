package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Quantity;

/**
 * Whether a duration printed without a direction states how long something lasts or is covered
 * (持续时长), not a time limit: {@code 整治队宿舍租赁期限 | 1年} is a lease of one year, {@code
 * 海防打私河岸线巡查工作 | 24小时} a patrol round the clock, {@code 每周开放56小时} opening hours. More of
 * such a duration is not worse, so it is read as at least, where a bare duration of a 时效 row is
 * otherwise read as a time limit ({@code 出具评估报告 | 3个工作日}: within three working days).
 *
 * <p>A word of something to be done in the time ({@code 响应}, {@code 处理}, {@code 修复} …) keeps
 * the time limit, whatever else the texts say: {@code 质保期内故障响应 | 24小时} is a limit.
 */
final class Lasting {
  private Lasting() {}

  /** Something done within the time: with one of these, a bare duration stays a time limit. */
  private static final WordList DONE_WITHIN =
      WordList.of(
          List.of(
              "响应", "处理", "处置", "办结", "办理", "反馈", "回复", "答复", "到达", "到场", "抵达", "修复", "维修", "抢修", "恢复",
              "上报", "报送", "报告", "解决", "完成", "受理", "送达", "发放", "发布", "出具", "审核", "审批", "整改", "归档", "提交",
              "录入", "结案", "办件", "支付", "拨付", "兑付", "交付", "核查", "核实", "调查"));

  /**
   * The length of a term (租赁期限, 质保期, 使用年限): a word of a term that something runs for, not
   * followed by 内 (质保期内 is a window in which something else is done).
   */
  private static final WordList TERMS =
      WordList.of(
          List.of(
              "租期", "租赁期", "合同期", "服务期", "聘期", "聘用期", "质保期", "保修期", "维保期", "运维期", "保质期", "有效期",
              "使用期", "使用年限", "服务年限", "托管期", "承包期", "保障期", "养护期", "管护期", "运营期"));

  /** A duty kept up over the time (巡查, 值守, 开放): its duration is a coverage. */
  private static final WordList COVERAGE =
      WordList.of(
          List.of(
              "巡查", "巡逻", "巡护", "巡检", "值守", "值班", "在岗", "在位", "在线", "监控", "全天", "不间断", "开放", "运行", "运营",
              "守护", "看护", "陪护", "照护", "服务时长", "服务时间"));

  /** The periods a duration can be had per ({@code 8小时/天}, {@code 每周开放56小时}). */
  private static final List<String> PERIODS = List.of("天", "日", "周", "月", "年", "季度", "季", "学期");

  /**
   * Whether the duration {@code q} of a target text states how long something lasts: it is had
   * per period, or the indicator's name or its target names a term or a duty kept up, and
   * neither names something to be done within the time.
   *
   * @param q a duration with no direction of its own
   * @param name the indicator's name, normalised, or empty
   * @param target the target text, normalised
   */
  static boolean states(Quantity q, String name, String target) {
    if (DONE_WITHIN.occursIn(name) || DONE_WITHIN.occursIn(target)) {
      return false;
    }
    if (q.per().isPresent() && PERIODS.contains(q.per().get())) {
      return true;
    }
    return namesTerm(name) || namesTerm(target) || COVERAGE.occursIn(name) || COVERAGE.occursIn(target);
  }

  private static boolean namesTerm(String s) {
    char[] chars = CharArrays.of(s);
    for (int i = 0; i < chars.length; i++) {
      String word = TERMS.at(s, chars[i], i);
      if (word != null) {
        int after = i + word.length();
        if (after < s.length() && s.charAt(after) == '限') {
          after++; // 租赁期限
        }
        if (after >= s.length() || s.charAt(after) != '内') {
          return true;
        }
      }
    }
    return false;
  }
}
