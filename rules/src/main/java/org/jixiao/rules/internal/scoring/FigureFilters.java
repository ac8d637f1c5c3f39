package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.ComplementRates;
import org.jixiao.rules.internal.text.FigureRoles;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Which of an actual's figures answer a target, beyond unit and per: not a duration a word of
 * overrun stands before (超期3天 is how late, not how long), not a share named after a shortfall
 * against a floor asking a good one (逾期率3% against 按时完成率≥95%), not a target restated in brackets
 * (实际完成486户（年度目标500户）), and days against a limit in working days only when every day figure surely
 * keeps it. Part of {@link QuantitativeScorer}.
 */
final class FigureFilters {
  private FigureFilters() {}

  /** 工作日 and 天: a number of days bounds the working days in it, never the other way. */
  static final Unit WORKING_DAYS = Unit.of("工作日").orElseThrow();

  private static final Unit DAYS = Unit.of("天").orElseThrow();

  private static final Unit PERCENT = Unit.of("%").orElseThrow();

  /**
   * The figures of {@code actual} with a figure followed by 的 and a percentage read as that share of
   * it (完成1座的30%: 0.3 座; 完成5公里的60%: 3 公里): the figure names the whole, the share what was done
   * of it, when a verb of work done stands before it in its clause and nothing but the work or money measured
   * follows (1座的30%投入; not 培训200人的30%为女性). The same list when none is, as for nearly every actual; a
   * range or a share of a share is left as it stands.
   */
  static List<Quantity> withSharesOfFigures(List<Quantity> figures, String actual) {
    List<Quantity> out = figures;
    for (int k = 0; k + 1 < figures.size(); k++) {
      Quantity whole = figures.get(k);
      Quantity share = figures.get(k + 1);
      if (whole.end() < actual.length() && actual.charAt(whole.end()) == '的' && share.start() == whole.end() + 1
          && share.unit().symbol().equals("%") && !share.isRange() && !whole.isRange() && !whole.unit().symbol().equals("%")
          && doneBefore(actual, whole.start()) && ofTheWork(actual, share.end())) {
        if (out == figures) {
          out = new ArrayList<>(figures);
        }
        BigDecimal part = whole.value().multiply(share.value()).movePointLeft(2).stripTrailingZeros();
        out.set(k, new Quantity(part, Optional.empty(), whole.unit(), whole.approximate() || share.approximate(), whole.start(), share.end(), whole.per()));
      }
    }
    return out;
  }

  /** The words of a share of a figure a level was read from, quoted (（“1座的30%”）), else nothing. */
  static String shareOfAFigure(Quantity chosen, String actual) {
    String printed = actual.substring(chosen.start(), Math.min(chosen.end(), actual.length()));
    return printed.indexOf('的') > 0 && printed.endsWith("%") ? "（“" + printed + "”）" : "";
  }

  /**
   * A cell that is only a decimal from 0 to 1 (0.93, 0.985, 1.00) under a share asked in {@code percent} (the caller asks
   * only under a floor of half or more), read as that share of the whole: a spreadsheet's 93% loses its format on the way to the form, and 0.93 read as 0.93 % earned
   * 0.98 % of ≥ 95 %. The figure in % (93 %; the caller quotes the cell in its reason), or null for any other figure or cell (0.93万元, 约0.9, 93, 0.93%).
   */
  static @Nullable Quantity shareOfOne(Quantity q, String actual, Unit percent) {
    if (q.isRange() || q.value().signum() < 0 || q.value().compareTo(BigDecimal.ONE) > 0 || !isBareDecimal(actual.strip())
        || !actual.strip().equals(actual.substring(q.start(), Math.min(q.end(), actual.length())).strip())) {
      return null;
    }
    return new Quantity(q.value().movePointRight(2), Optional.empty(), percent, false, q.start(), q.end(), q.per());
  }

  /** Whether {@code s} is digits with one decimal point between them (0.93): no unit, sign, word or mark. */
  private static boolean isBareDecimal(String s) {
    int dot = s.indexOf('.');
    if (dot <= 0 || dot == s.length() - 1 || s.indexOf('.', dot + 1) >= 0) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (k != dot && (s.charAt(k) < '0' || s.charAt(k) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of work done, one of which must govern a figure a share is taken of (完成…1座的30%). */
  private static final List<String> DONE = List.of("完成", "建成"); // not 达到: 合格学员达到200人的95% names a subset

  /** What a share of a figure may be followed by: the work or money it measures (1座的30%投入), else nothing in its clause. */
  private static final List<String> OF_THE_WORK = List.of("投入", "投资", "工程量", "工作量", "任务", "进度", "建设", "。", "(");

  private static boolean doneBefore(String actual, int start) {
    String clause = actual.substring(Clauses.clauseStart(actual, start), start);
    for (String verb : DONE) {
      if (clause.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a share of a figure, ending at {@code end}, keeps it a share of the work done: not 为, 来自,
   * 通过, 已 … (培训200人的30%为女性, 参训100人的95%通过考核: who the figure's people are).
   */
  private static boolean ofTheWork(String actual, int end) {
    if (end >= actual.length() || Clauses.isClauseEnd(actual.charAt(end))) {
      return true;
    }
    for (String word : OF_THE_WORK) {
      if (actual.startsWith(word, end)) {
        return true;
      }
    }
    return false;
  }

  /** Words before a duration that make it an overrun, not the time taken (超期3天, 平均超时2天, 延迟了5天). */
  private static final List<String> OVERRUNS = List.of("超期", "超时", "延期", "延迟", "逾期", "推迟", "滞后", "超过", "超出");

  /**
   * Overrun words that, right before a duration, bound it instead (已超过100天尚未完工: more than 100 days taken, which
   * {@link StatedBounds} and {@link UnsettledBounds} read against the target); with what was overrun between (超过工期15天) they
   * are overruns still.
   */
  private static final List<String> BOUNDS = List.of("超过", "超出");

  /** What an overrun word may name before its figure (超过时限3天, 超出计划30天, 延迟了5天). */
  private static final List<String> OVERRUN_OF = List.of("了", "时限", "期限", "规定", "计划", "合同", "工期", "约定", "的");

  /**
   * The figures of {@code actual}, or none when an overrun word stands right before a duration above 0
   * (了 between allowed): the cell reports lateness, which its words are left to say (超期3天: late),
   * whatever its other durations (平均12天，最长超期3天). 超过15天 right before its figure is a bound on the time
   * taken, not an overrun (review 75d). An overrun of 0 (超期0天) is a time kept.
   */
  static List<Quantity> withoutOverruns(List<Quantity> figures, String actual) {
    for (Quantity q : figures) {
      int p = q.start();
      boolean moved = true;
      while (moved) { // 超过规定时限5天, 超出计划30天: what was overrun may stand between
        moved = false;
        for (String w : OVERRUN_OF) {
          if (p >= w.length() && actual.startsWith(w, p - w.length())) {
            p -= w.length();
            moved = true;
          }
        }
      }
      for (String w : OVERRUNS) {
        if (p >= w.length() && actual.startsWith(w, p - w.length()) && q.value().signum() > 0
            && !(p == q.start() && BOUNDS.contains(w))) {
          return List.of();
        }
      }
    }
    return figures;
  }

  /**
   * The figures of {@code actual} less the hours a service is kept open (实行24小时值守, 7×24小时热线, 全天24小时在线): the
   * time it is there to answer, not the time an answer took. A duration right before a word of being on duty, or after ×
   * (7×24小时), says so, and the days before × go with it (7 was read as 7 小时); 24小时内响应 does not.
   */
  static List<Quantity> withoutHoursOnDuty(List<Quantity> figures, String actual) {
    List<Quantity> kept = null;
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      boolean onDuty = q.unit().isDuration()
          && (Texts.startsWithAny(actual, q.end(), ON_DUTY) || q.start() > 0 && "×*xX".indexOf(actual.charAt(q.start() - 1)) >= 0)
          || k + 1 < figures.size() && figures.get(k + 1).start() == q.end() + 1 && "×*xX".indexOf(actual.charAt(q.end())) >= 0
              && figures.get(k + 1).unit().isDuration(); // the 7 of 7×24小时: days a week, no time taken
      if (onDuty && kept == null) {
        kept = new ArrayList<>(figures.subList(0, k));
      } else if (!onDuty && kept != null) {
        kept.add(q);
      }
    }
    return kept == null ? figures : kept;
  }

  /** Words of a service kept open right after its hours (24小时值守, 24小时在线, 24小时不间断服务). */
  private static final List<String> ON_DUTY =
      List.of("值守", "值班", "在线", "待命", "开放", "服务热线", "热线", "不间断", "轮班", "运行", "监控", "营业", "畅通", "全天候");

  /**
   * The figures of {@code actual} less targets restated in brackets after a figure ({@link RestatedTargets}): a plan
   * alone of its unit is no level (培训45期（目标300人）), nor one that the figure of its unit before it answers
   * (实际完成486户（年度目标500户）: 486 户). Beside a figure that may not answer it (上年完成培训320人（目标300人）)
   * both stay, and tie. One said met inside its bracket stays (（计划300人，全部完成）).
   */
  static List<Quantity> withoutRestatedTargets(List<Quantity> figures, String actual, String name, boolean ceiling) {
    if (figures.size() < 2 || !RestatedTargets.mayHoldAside(actual)) {
      return figures; // a restated target follows a figure of the cell
    }
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Quantity q = figures.get(i);
      int open = RestatedTargets.asideAt(actual, q.start());
      if (open < 0 || FigureRoles.planMet(actual, q.end()) || !setAside(figures, i, actual, name, open, ceiling)) {
        kept.add(q);
      }
    }
    return kept.size() == figures.size() ? figures : kept;
  }

  /**
   * Whether the aside {@code figures[plan]}, its bracket opening at {@code open}, is set aside: no figure of its unit
   * stands before the bracket in its clause, or the last one answers it. Only the clause is looked through.
   */
  private static boolean setAside(List<Quantity> figures, int plan, String actual, String name, int open, boolean ceiling) {
    Quantity aside = figures.get(plan);
    int clause = RestatedTargets.windowStart(actual, open);
    for (int k = plan - 1; k >= 0 && figures.get(k).start() >= clause; k--) {
      Quantity q = figures.get(k);
      if (q.end() <= open && q.unit().isCompatibleWith(aside.unit()) && RestatedTargets.asideAt(actual, q.start()) < 0) {
        return RestatedTargets.answered(actual, open, aside.start(), q.start(), name, ceiling);
      }
    }
    return true;
  }

  /**
   * The figures of {@code actual} less a set the next figure is taken among (已完成3个项目中的2个: 2 个; 8个项目中7个已开工): a
   * figure of the same unit follows in its clause after 中 within a few characters, not 其中 (共培训100人其中女性40人: the
   * total stays), and the set is no source after 从 or 由 (从200户中选出60户). The set is what the work was of, not what
   * was done; a rate is made of both elsewhere ({@link RatesFromCounts}), so this is asked only of counts.
   */
  static List<Quantity> withoutSetsTakenAmong(List<Quantity> figures, String actual) {
    if (figures.size() < 2 || actual.indexOf('中') < 0) {
      return figures; // nearly every actual
    }
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Quantity q = figures.get(i);
      if (i + 1 == figures.size() || !takenAmong(q, figures.get(i + 1), actual)) {
        kept.add(q);
      }
    }
    return kept.size() == figures.size() ? figures : kept;
  }

  /** The most characters between a set's figure and its 中 (个项目中). */
  private static final int AMONG_NEAR = 6;

  private static boolean takenAmong(Quantity set, Quantity next, String actual) {
    if (!next.unit().isCompatibleWith(set.unit()) || Clauses.clauseEnd(actual, set.end()) < next.start()
        || set.start() > 0 && "从由".indexOf(actual.charAt(set.start() - 1)) >= 0) {
      return false; // 从200户中选出60户: a source the next is drawn from, as a move's (RemaindersAndMovesTest)
    }
    int among = actual.indexOf('中', set.end());
    return among >= 0 && among < next.start() && among - set.end() <= AMONG_NEAR && actual.charAt(among - 1) != '其';
  }

  /**
   * The figures of {@code actual} less shares named after a shortfall (逾期率3%, 不到位率5%) that the
   * target ({@code asked}: its text and name) does not name: they count what went wrong, not what it asks.
   */
  static List<Quantity> withoutRatesOfShortfall(List<Quantity> figures, String actual, String asked) {
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      String rate = Clauses.shortfallRateBefore(actual, q.start());
      if (rate == null) { // 投诉率0.5% against 满意度≥90%, 未整改率0 against 拨付及时率100%: a rate of something unwanted, or negated, counts no good share either
        String name = ComplementRates.nameBefore(actual, q.start());
        rate = name != null && (Absence.namesRateBestAtZero(name) || ComplementRates.isNegated(name)) && !ComplementRates.asksItself(name, asked) ? name : null;
      }
      if ((rate == null || asked.contains(rate) || restated(q, actual, asked)) && !surveyReturn(q, actual, asked)) { // 逾期率3% restated as 按时 97 %
        kept.add(q);
      }
    }
    return kept.size() == figures.size() ? figures : kept;
  }

  /** Rates of a survey's returns: how many answered, not how many were satisfied. */
  private static final List<String> SURVEY_RETURNS = List.of("回收率", "回复率", "应答率", "答卷率", "参与率", "回收", "收回");

  /**
   * Whether {@code q} is a rate of a survey's returns (问卷回收率九成以上, 回收率92%) under a satisfaction asked (review
   * 73a): the share that answered, which says nothing of how many were satisfied.
   */
  private static boolean surveyReturn(Quantity q, String actual, String asked) {
    if (!asked.contains("满意") || q.unit().isCount()) {
      return false; // 回收186份: how many came back, the whole a rate of the satisfied is of (RatesFromCounts)
    }
    for (String rate : SURVEY_RETURNS) {
      int at = actual.lastIndexOf(rate, q.start());
      if (at >= 0 && at + rate.length() + 3 >= q.start() && Clauses.clauseStart(actual, q.start()) <= at) {
        return true; // 回收率92%, 回收率达九成以上
      }
    }
    return false;
  }

  /**
   * The figures of {@code actual} with each share of a rate that counts the rest of the one asked
   * ({@code asked}: the target's text and name) restated as 100 % less it (逾期率3% against
   * 按时完成率≥95% is 97 %, 差错率0.5% against 准确率≥98% is 99.5 %): {@link ComplementRates}. When the
   * actual also gives a share of no such rate (按时完成率96%，逾期率4%), the restated ones are left out:
   * the share given answers first.
   */
  static List<Quantity> withComplements(List<Quantity> figures, String actual, String asked) {
    List<Quantity> restated = null;
    boolean direct = false;
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      if (!mayRestate(q)) {
        continue;
      }
      if (ComplementRates.complementAt(actual, q.start(), asked) == null) {
        direct = direct || (q.unit().symbol().equals("%") && answersItself(q, actual, asked));
        continue;
      }
      if (restated == null) {
        restated = new ArrayList<>(figures);
      }
      // a bare figure after a rate's name (差错率为0) is a share: restated, it is one in %
      restated.set(k, new Quantity(Decimals.HUNDRED.subtract(q.value()), Optional.empty(), PERCENT, q.approximate(), q.start(), q.end(), q.per()));
    }
    if (restated == null) {
      return figures;
    }
    // the rate asked, or a share of no rate (96%), answers before the rest restated; a share of another rate
    // (整改率100%，超期整改率10% against 整改及时率≥95%) answers nothing beside it
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      boolean rest = restated.get(k) != q; // replaced by the loop above
      if (direct ? !rest : (rest || !q.unit().symbol().equals("%") || answersItself(q, actual, asked))) {
        kept.add(direct ? q : restated.get(k));
      }
    }
    return kept;
  }

  /** Whether a share answers the rate asked itself: no rate named before it (96%), or the one asked (按时完成率96%). */
  private static boolean answersItself(Quantity q, String actual, String asked) {
    String name = ComplementRates.nameBefore(actual, q.start());
    return name == null || ComplementRates.asksItself(name, asked);
  }

  /** A share, or a bare figure after a rate's name (差错率为0), of at most 100 and no range: one a rate of the rest may restate. */
  private static boolean mayRestate(Quantity q) {
    return (q.unit().symbol().equals("%") || q.unit().equals(Unit.NONE)) && !q.isRange() && q.value().compareTo(Decimals.HUNDRED) <= 0;
  }

  /** Whether {@link #withComplements} restates {@code q}. */
  private static boolean restated(Quantity q, String actual, String asked) {
    return mayRestate(q) && ComplementRates.complementAt(actual, q.start(), asked) != null;
  }

  /**
   * How a figure restated by {@link #withComplements} was found: {@code 100 % − 逾期率 3 %}; null for
   * any other figure.
   */
  static @org.jspecify.annotations.Nullable String complementNote(Quantity chosen, String actual, String asked) {
    String rate = mayRestate(chosen) ? ComplementRates.complementAt(actual, chosen.start(), asked) : null;
    return rate == null ? null : "100 % − " + rate + " " + Quantity.of(Decimals.HUNDRED.subtract(chosen.value()), PERCENT).describe();
  }

  /**
   * Days that surely keep a limit in working days: 13 days hold at most 13 working days, so 13天
   * keeps 15个工作日内; 20天 might be 14 working days or 16. Every day figure must keep it (平均10天，
   * 最长25天 keeps nothing sure), else none is taken.
   */
  static List<Quantity> daysWithin(List<Quantity> figures, Quantity wanted, Comparison comparison) {
    List<Quantity> days = new ArrayList<>();
    for (Quantity q : figures) {
      if (!q.unit().equals(DAYS)) {
        continue;
      }
      int c = q.upper().orElse(q.value()).compareTo(wanted.value());
      if (q.per().isPresent() || (comparison == Comparison.LESS_THAN ? c >= 0 : c > 0)) {
        return List.of();
      }
      days.add(q);
    }
    return days;
  }
}
