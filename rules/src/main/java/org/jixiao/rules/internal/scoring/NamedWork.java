package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Chars;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The work an indicator's name asks done, and other work left undone beside it (review 73c c003, 74d d043, 73c c009):
 * 土建已完工，设备安装推进中 under 土建工程完成率, 系统开发及测试已完成，尚未正式上线运行 under 信息系统开发完成率, 已完成招标，尚未开工 under
 * 招标完成率. The words read the undone as a part of the work (partly achieved, 70 %); the name says which work is asked, and
 * what is undone is another's. Part of {@link QualitativeScorer} and {@link PartPending}.
 *
 * <p>The name's words are its two characters side by side (土建, 开发, 招标). A clause of work done must hold one that
 * says what work it is: not a word of completion the vocabulary reads (完成, 完工), and not a word any work is named by
 * (项目, 工程, 任务: 土建工程已完工 is part of 项目完工率's work). Every clause not done must hold none of the name's words at all:
 * 土建工程已完工，设备安装调试中，预计次年3月完工 under 项目完工率 stays partly achieved, its last clause says 完工 of the project;
 * nor may it open with the rest or another part of the work (剩余3公里计划明年完成, 附属工程正在施工).
 */
final class NamedWork {
  private NamedWork() {}

  /**
   * Words that name any work or its completion, which say nothing of which work a clause of it is (项目完工率: 主体工程已完工;
   * 项目建成投用: 已建成).
   */
  private static final List<String> ANY_WORK =
      List.of("项目", "工程", "工作", "任务", "情况", "数量", "进度", "计划", "年度", "目标", "指标", "建设", "实施", "全部", "总体", "完成", "完工", "竣工",
          "建成", "完毕", "到位");

  /** At most this many clauses are read: a cell of more reports many pieces of work. */
  private static final int MOST_CLAUSES = 4;

  /**
   * Whether {@code done}, a clause of work done, holds a word of the name that says which work it is, and {@code
   * other}, a clause of work not done, holds none of the name's words: the work left is not the work asked.
   */
  static boolean otherWorkLeft(String name, String done, String other, Vocabulary vocabulary) {
    return namesTheWork(name, done, vocabulary) && !holdsAWordOf(name, other) && !restOfIt(other);
  }

  /**
   * Met when the actual of {@code input}, which the words read as mixed, is clauses of work done that hold a word of the
   * name saying which work (土建已完工) and clauses of other work not done that hold none (设备安装推进中); null otherwise.
   */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input, Vocabulary vocabulary) {
    String name = IndicatorTexts.normalize(input.indicator().name().orElse("")).strip();
    if (name.length() < 2) {
      return null;
    }
    String s = IndicatorTexts.normalize(input.actual());
    List<String> clauses = new ArrayList<>();
    for (int start = 0; start < s.length(); ) {
      int end = Clauses.clauseEnd(s, start);
      String clause = s.substring(start, end).strip();
      if (!clause.isEmpty()) {
        clauses.add(clause);
      }
      start = end + 1;
    }
    if (clauses.size() < 2 || clauses.size() > MOST_CLAUSES) {
      return null;
    }
    String done = null;
    String other = null;
    for (String clause : clauses) {
      Optional<Reading> read = vocabulary.read(clause);
      boolean met = read.isPresent() && !read.get().mixed() && read.get().band() == Band.ACHIEVED
          && read.get().fraction().compareTo(BigDecimal.ONE) >= 0;
      if (met) {
        done = done == null && namesTheWork(name, clause, vocabulary) ? clause : done;
      } else if (holdsAWordOf(name, clause) || restOfIt(clause)) {
        return null; // 预计次年3月完工 under 项目完工率, 剩余3公里计划明年完成: the work asked is not all done
      } else if (read.isPresent()) {
        other = other == null ? clause : other;
      }
    }
    return done == null || other == null ? null : met(scorer, input, name, done, other);
  }

  /** Met: {@code done}, a clause of the work {@code name} asks, is done; {@code other}, not done, is another work's. */
  static IndicatorVerdict met(String scorer, IndicatorInput input, String name, String done, String other) {
    return IndicatorVerdict.scored(
        BigDecimal.ONE,
        QualitativeScorer.banded(
                Reasons.trace(scorer, "other-work-left", "JX-T-0510")
                    .putArgs("actual", Texts.shorten(input.actual()))
                    .putArgs("done", done)
                    .putArgs("other", other)
                    .putArgs("name", name),
                BigDecimal.ONE)
            .build());
  }

  /**
   * Whether {@code clause} holds two characters of the name side by side that say which work it is, as the head of what the
   * clause says was done: nothing but the name's own words, words of any work and things joined by 及, 和, 与 or 、 stand
   * between them and the words of completion (土建已完工, 招标工作已全部完成, 系统开发及测试已完成, 已完成招标). Not a word of
   * the name that another noun follows (“城市快警”平台人员配置已完成 under 建成“城市快警”平台, review 78b h100: the staffing
   * of the platform is done, not the platform).
   */
  private static boolean namesTheWork(String name, String clause, Vocabulary vocabulary) {
    for (int k = 0; k + 2 <= name.length(); k++) {
      String word = name.substring(k, k + 2);
      if (ownWord(word) && !ANY_WORK.contains(word) && clause.contains(word) && vocabulary.read(word).isEmpty()
          && headsTheClause(name, clause, clause.indexOf(word) + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Characters that open the words saying work was done: 已完成, 全部完成, 均已, 完成, 顺利, 圆满, 按期, 如期. */
  private static final String DONE_STARTS = "已全均完顺圆按如";

  /** Characters that join things done together (开发及测试): what follows is done alike. */
  private static final String JOINS = "及和与、";

  /** Whether, from {@code from} on, {@code clause} reaches its end or the words of completion past no noun of its own. */
  private static boolean headsTheClause(String name, String clause, int from) {
    int k = from;
    while (k < clause.length()) {
      char c = clause.charAt(k);
      if (DONE_STARTS.indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
        return true;
      }
      if (JOINS.indexOf(c) >= 0) {
        k++; // 开发及测试: skip what is joined, up to the words of completion
        while (k < clause.length() && Chars.isCjk(clause.charAt(k)) && DONE_STARTS.indexOf(clause.charAt(k)) < 0) {
          k++;
        }
        continue;
      }
      if (Texts.startsWithAny(clause, k, ANY_WORK)) {
        k += 2; // 招标工作已全部完成: every word of any work is two characters
      } else if (!Chars.isCjk(c) || name.indexOf(c) >= 0 && k + 1 < clause.length() && name.indexOf(clause.charAt(k + 1)) >= 0) {
        k += Chars.isCjk(c) ? 2 : 1; // quotes, brackets, and the name's own words
      } else {
        return false; // 平台人员配置: another noun heads what was done
      }
    }
    return true;
  }

  /** Whether {@code clause} opens with the rest or another part of the same work (剩余3公里, 其余3个乡镇, 附属工程). */
  private static boolean restOfIt(String clause) {
    return Texts.startsWithAny(clause, 0, PartPending.PARTS);
  }

  /** Whether {@code clause} holds any two characters of the name side by side. */
  private static boolean holdsAWordOf(String name, String clause) {
    for (int k = 0; k + 2 <= name.length(); k++) {
      String word = name.substring(k, k + 2);
      if (ownWord(word) && clause.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Two ideographs, neither the 率 or 度 of a rate's name. */
  private static boolean ownWord(String word) {
    char a = word.charAt(0);
    char b = word.charAt(1);
    return Chars.isCjk(a) && Chars.isCjk(b) && b != '率' && b != '度';
  }
}
