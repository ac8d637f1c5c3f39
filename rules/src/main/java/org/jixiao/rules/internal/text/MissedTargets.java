package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A clause that says the target itself was missed, as a whole: 未完成绩效目标任务, 没有达到年度目标, 未完成
 * 任务。 It is a verdict on the indicator, so a figure beside it that meets the target contradicts it
 * (完成1个，未完成绩效目标任务). Only when the words end their clause: 未完成目标任务的原因 and 未完成任务的
 * 部分 say why or what, and 无未完成目标任务, 不存在未完成任务 deny it.
 */
public final class MissedTargets {
  private MissedTargets() {}

  private static final List<String> MISSED = List.of("未能完成", "没有完成", "未完成", "未能达到", "没有达到", "未达到", "未达成", "未实现");

  /** What target: 年度, 绩效, 预期 … before 目标, 任务 or 指标. */
  private static final List<String> WHICH = List.of("年度绩效", "绩效", "年度", "既定", "预期", "预定", "计划", "全年", "整体", "项目");

  private static final List<String> WHAT = List.of("目标任务", "目标值", "目标", "任务", "指标");

  /** The words saying the target was missed, or null when {@code s} (normalised) holds none. */
  public static @Nullable String words(String s) {
    for (String missed : MISSED) {
      for (int at = s.indexOf(missed); at >= 0; at = s.indexOf(missed, at + missed.length())) {
        if (at > 0 && "无不没非".indexOf(s.charAt(at - 1)) >= 0 || Chars.endsWith(s, at, "存在") || Chars.endsWith(s, at, "没有")) {
          continue; // 无未完成目标任务, 不存在未完成任务
        }
        int k = at + missed.length();
        for (String which : WHICH) {
          if (s.startsWith(which, k)) {
            k += which.length();
            break;
          }
        }
        for (String what : WHAT) {
          if (s.startsWith(what, k)) {
            int end = k + what.length();
            if (end == s.length() || Clauses.isClauseEnd(s.charAt(end)) || s.charAt(end) == '。') {
              return s.substring(at, end);
            }
          }
        }
      }
    }
    return null;
  }
}
