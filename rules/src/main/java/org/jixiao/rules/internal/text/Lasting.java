package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.rules.text.Quantity;

/**
 * Whether a duration printed without a direction states how long something lasts or is covered
 * (持续时长), not a time limit: {@code 整治队宿舍租赁期限 | 1年} is a lease of one year, {@code
 * 海防打私河岸线巡查工作 | 24小时} a patrol round the clock, {@code 文化站开放天数 | 300天} and {@code
 * 每周开放56小时} opening days and hours. More of such a duration is not worse, so it is read as at
 * least, where a bare duration is otherwise read as a time limit ({@code 出具评估报告 | 3个工作日}:
 * within three working days).
 *
 * <p>Only where the duration itself is named as one that lasts: a term (租赁期限, 质保期, 使用年限,
 * 保存期), a length of service (服务时长, 开放天数, 供餐天数), the day or the year round of a duty
 * kept up (巡查 | 24小时, 保洁 | 365天), or hours a day or a week. A word of something to be done in
 * the time (响应, 处理, 排除, 上传, 到位 …) or of a time that is bad when long (中断, 离线, 等候,
 * 间隔, 闭馆 …) keeps it a limit, whatever else the texts say: {@code 质保期内故障响应 | 24小时},
 * {@code 系统运行中断时间 | 4小时}.
 */
final class Lasting {
  private Lasting() {}

  /** Something done within the time: with one of these, a bare duration stays a time limit. */
  private static final WordList DONE_WITHIN =
      WordList.of(
          List.of(
              "响应", "处理", "处置", "办结", "办理", "反馈", "回复", "答复", "到达", "到场", "抵达", "到位", "到岗", "到账", "修复",
              "维修", "抢修", "修补", "维护", "恢复", "排除", "排查", "上报", "报送", "报告", "上传", "传输", "解决", "完成", "受理",
              "送达", "发放", "发布", "出具", "审核", "审批", "确认", "整改", "归档", "提交", "录入", "更新", "结案", "办件", "支付",
              "拨付", "兑付", "兑现", "结算", "下达", "交付", "核查", "核实", "调查", "调取", "调解", "转办", "交办", "拆除", "出动",
              "出警", "上门", "签订", "清理", "清运"));

  /** A time that is bad when long: never a duration that lasts. */
  private static final WordList BAD_WHEN_LONG =
      WordList.of(
          List.of(
              "中断", "停机", "停运", "停电", "停水", "离线", "宕机", "故障", "等待", "等候", "排队", "间隔", "闭馆", "延误", "延迟",
              "耗时", "用时", "周期", "工期", "时限", "滞留", "积压", "住院", "施工", "实施", "建设", "采购", "评审", "办事", "停课",
              "审理", "审查", "候诊", "逾期"));

  /**
   * A term that something runs for (租赁期限, 质保期, 使用年限, 保存期), not followed by 内 (质保期内
   * is a window in which something else is done).
   */
  private static final WordList TERMS =
      WordList.of(
          List.of(
              "租期", "租赁", "租用", "合同期", "服务期", "聘期", "聘用期", "质保期", "保修期", "维保期", "运维期", "保质期", "有效期",
              "使用期", "使用年限", "服务年限", "托管期", "承包期", "保障期", "养护期", "管护期", "运营期", "保存期", "保存时间",
              "保存时长", "保管期", "供暖期", "供暖时间"));

  /** A length of service or opening, named as such: the duration itself is what it measures. */
  private static final WordList SERVICE_LENGTHS =
      WordList.of(
          List.of(
              "服务时长", "开放时长", "运行时长", "运营时长", "在岗时长", "值守时长", "巡查时长", "在线时长", "开放天数", "服务天数",
              "供餐天数", "保洁天数", "巡查天数", "巡护天数", "运行天数", "营业天数", "供暖天数", "在岗天数", "开放时间", "服务时间",
              "运行时间", "运营时间", "亮灯时间", "供餐时间", "营业时间", "值守时间", "巡查时间", "在岗时间"));

  private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);
  private static final BigDecimal YEAR_DAYS = BigDecimal.valueOf(365);

  /** A duty kept up the day or the year round (巡查 | 24小时, 保洁 | 全年365天). */
  private static final WordList DUTIES =
      WordList.of(
          List.of(
              "巡查", "巡逻", "巡护", "巡检", "值守", "值班", "在岗", "守卫", "守护", "看护", "监控", "热线", "安保", "保安", "保洁",
              "供餐", "供暖", "开放", "运行", "运营", "服务", "全天"));

  /**
   * Whether the duration {@code q} of a target text states how long something lasts.
   *
   * @param q a duration with no direction of its own
   * @param name the indicator's name, normalised, or empty
   * @param target the target text, normalised
   */
  static boolean states(Quantity q, String name, String target) {
    if (DONE_WITHIN.occursIn(name) || DONE_WITHIN.occursIn(target)
        || BAD_WHEN_LONG.occursIn(name) || BAD_WHEN_LONG.occursIn(target)) {
      return false;
    }
    if (namesTerm(name) || namesTerm(target) || SERVICE_LENGTHS.occursIn(name)) {
      return true;
    }
    String unit = q.unit().symbol();
    boolean hours = unit.equals("小时");
    if (hours && q.per().isPresent() && (q.per().get().equals("天") || q.per().get().equals("日") || q.per().get().equals("周"))) {
      return true; // 每周开放56小时, 8小时/天: hours a day or a week
    }
    boolean roundTheClock = (hours && q.value().compareTo(DAY_HOURS) == 0) || (unit.equals("天") && q.value().compareTo(YEAR_DAYS) >= 0);
    return roundTheClock && (DUTIES.occursIn(name) || DUTIES.occursIn(target));
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
