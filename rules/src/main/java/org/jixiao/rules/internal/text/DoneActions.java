package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * Completion stated as the work's own verb, not a word of completion: 全部发放, 均已兑付到位, 已于6月全部拨付,
 * 已全部整改, 资金拨付到位, 整改完毕, 均在规定时限内办结. Real actuals say that the whole was done this way as often
 * as with 完成; a reader takes each as met. Three forms, each a class of wordings, not a list of phrases:
 * <ul>
 *   <li>a word of the whole (全部, 均, 都, 全额, 悉数 …), optionally 已 and a time limit, then an action verb
 *       (全部发放, 都已兑付到位, 全部在规定时限内办结);
 *   <li>an action verb closed by a word saying it reached its end (拨付到位, 整改完毕): the verb alone (发放)
 *       may be a part (部分发放) or a plan, so it is not read;
 *   <li>a time limit kept, then an action verb (在规定时限内办结, 在法定期限内完成).
 * </ul>
 * Not read: an intention or work still going on in the clause before (计划全部发放, 将于年底前全部拨付, 确保资金全部到位,
 * 正在全部推进), a part or a remainder (剩余部分年底前拨付到位, 大部分已发放到位), a verb the whole does not reach
 * (全部120户中: a figure, compared as one), a rate's name (拨付到位率). A negation before (未全部发放, 尚未全部到位, 资金未能全部
 * 拨付到位) is the reader's to apply, as to any word of completion; one after the whole (全部未完成, 均未办结) stops the
 * verb from being reached.
 */
public final class DoneActions {
  private DoneActions() {}

  /** Words of the whole before the action, longest first. */
  private static final List<String> WHOLE = List.of("全部", "全额", "全数", "悉数", "一律", "均", "都");

  /** Words between the whole and the verb that keep its meaning: 全部已发放, 均已经拨付, 均予以整改. */
  private static final List<String> BETWEEN = List.of("已经", "已", "予以", "按时", "及时");

  /**
   * Verbs of the work a budget project does whose completion the whole or an end word states: paying
   * out, handing out, fixing, handling cases, buying, building, signing up.
   */
  private static final List<String> VERBS =
      List.of("发放", "拨付", "下拨", "下达", "兑付", "兑现", "支付", "到账", "整改", "办结", "办理", "处置", "处理", "治理", "整治",
          "清理", "销号", "储备", "签约", "接种", "采购", "购置", "安装", "配备", "配置", "交付", "移交", "入户", "安置", "修复", "维修",
          "改造", "拆除", "落实", "解决", "答复", "回复", "结算", "送达", "录入", "归档", "上报", "报送", "核查", "排查", "补偿", "到位");

  /** Words after a verb saying it reached its end; needed when no whole stands before. */
  private static final List<String> ENDS = List.of("到位", "完毕", "到户", "完成");

  /** Time limits a verb may be done within: 在规定时限内, 在法定期限内, 在承诺时间内. */
  private static final List<String> LIMITS = List.of("时限内", "期限内", "时间内", "时限以内", "期限以内", "时间以内");

  // The lists looked up by the character at a position: at() runs at every character that may start one
  private static final WordList WHOLE_AT = WordList.of(WHOLE);
  private static final WordList BETWEEN_AT = WordList.of(BETWEEN);
  private static final WordList VERBS_AT = WordList.of(VERBS);
  private static final WordList ENDS_AT = WordList.of(ENDS);
  private static final WordList LIMITS_AT = WordList.of(LIMITS);

  /** The first word of {@code list} that {@code s} has at {@code at} (none past its end), or null. */
  private static @Nullable String wordAt(String s, int at, WordList list) {
    return at < s.length() ? list.at(s, at) : null;
  }

  /** The most characters between 在 and its limit (在政策文件规定时限内: 6). */
  private static final int LIMIT_GAP = 8;

  /**
   * Words before the match in its clause that make it no fact of the whole done: an intention, work going on,
   * a part or a remainder. 计划 or 要求 after 按 is a rule followed (按计划全部发放), not a plan.
   */
  private static final List<String> NOT_DONE =
      List.of("计划", "预计", "争取", "力争", "确保", "要求", "将于", "将", "拟", "准备", "即将", "正在", "待", "应", "需", "须",
          "尚", "部分", "大部", "基本", "个别", "其余", "剩余", "缺口", "下一步", "有望", "可望", "力求", "督促", "责令", "承诺", "若",
          "可", "正按", "第一批", "首批", "第二批", "首期", "第一期", "第二期", "首笔", "预付", "过半", "一半", "半数", "主要", "几乎", "多数",
          "大多", "大都");

  /** Words of a part after the verb in its clause: 均已拨付首笔资金, 已支付第一期款项. */
  private static final List<String> PARTS = List.of("部分", "首期", "第一期", "第二期", "首笔", "首批", "第一批", "第二批", "预付", "一半", "过半", "半数");

  /**
   * Words anywhere in the cell that leave it no whole done: a part, a remainder or a return (全部发放，2户因信息错误退回),
   * work still going on, or a project withdrawn, whose paying and settling (前期费用支付完毕) wind it up and meet no target.
   */
  private static final List<String> NOT_DONE_IN_CELL =
      List.of("部分", "大部", "个别", "其余", "剩余", "缺口", "退回", "尚", "正在", "即将", "撤销", "撤项", "取消", "正按", "推进中",
          "整改中", "办理中", "还有", "但有", "仍有", "另有", "待", "未", "不及时", "不足", "不到位", "迟迟", "滞后", "多数", "几乎", "有望");

  /** Characters right after the match that make it a name or work still going on (到位率, 整改中). */
  private static final String NOT_AFTER = "率中的后";

  /**
   * Whether every word of {@code reading} is one this class read (全部整改到位): a rate's share of the whole
   * ({@link Wholes}) reads such an actual as 100 % and says so, before the words are read as met.
   */
  public static boolean onlyActionsDone(Reading reading) {
    for (Term t : reading.terms()) {
      if (!actionDone(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a term is a word this class read (全部整改到位). */
  private static boolean actionDone(Term t) {
    String w = t.word();
    return t.kind() == Term.Kind.COMPLETION && !w.isEmpty() && mayStartAt(w.charAt(0)) && at(w, CharArrays.of(w), 0) == w.length();
  }

  /** Whether a term is a word this class read or a pass of an appraisal (通过…评定), the words {@link #answers} judges. */
  private static boolean ownWord(Term t) {
    return (t.kind() == Term.Kind.COMPLETION && t.word().startsWith("通过…") && !t.word().endsWith("验收")) || actionDone(t);
  }

  /** Whether every word of {@code reading} is one {@link #answers} judges: only then need the texts be asked. */
  public static boolean onlyOwnWords(Reading reading) {
    for (Term t : reading.terms()) {
      if (!ownWord(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether something this class reads may start at {@code c}. */
  public static boolean mayStartAt(char c) {
    return STARTS.contains(c);
  }

  private static final CharSet STARTS = CharSet.of(c -> false).with(firsts());

  private static char[] firsts() {
    StringBuilder b = new StringBuilder("在");
    for (String w : WHOLE) {
      b.append(w.charAt(0));
    }
    for (String w : VERBS) {
      b.append(w.charAt(0));
    }
    return b.toString().toCharArray();
  }

  /** The length of a statement of the work done starting at {@code at}, or 0. */
  public static int at(String s, char[] chars, int at) {
    int end = wholeDone(s, at);
    if (end < 0) {
      end = limitKept(s, chars, at);
    }
    if (end < 0) {
      String verb = wordAt(s, at, VERBS_AT);
      String done = verb == null || verb.equals("到位") ? null : wordAt(s, at + verb.length(), ENDS_AT);
      end = verb == null || done == null ? -1 : at + verb.length() + done.length();
    }
    if (end < 0 || (end < chars.length && NOT_AFTER.indexOf(chars[end]) >= 0) || notDone(s, at) || notDoneInCell(s)
        || except(s) || Chars.firstIn(s.substring(end, Clauses.clauseEnd(s, end)), PARTS) != null) {
      return 0;
    }
    return end - at;
  }

  /** Whether the cell holds a word of {@link #NOT_DONE_IN_CELL} that stands as a word, not inside another (待遇). */
  private static boolean notDoneInCell(String s) {
    for (int k = 0; k < s.length(); k++) {
      String w = Chars.firstAt(s, k, NOT_DONE_IN_CELL);
      if (w != null && !insideAWord(s, k, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code w} at {@code k} is a character of another word (待遇, 优待金, 接待, 未成年人, 时尚), which says
   * nothing of work pending.
   */
  private static boolean insideAWord(String s, int k, String w) {
    char before = k > 0 ? s.charAt(k - 1) : ' ';
    return switch (w) {
      case "待" -> s.startsWith("待遇", k) || "优接招款".indexOf(before) >= 0;
      case "未" -> s.startsWith("未成年", k);
      case "尚" -> "时高崇".indexOf(before) >= 0;
      default -> false;
    };
  }

  /** The end of 全部 / 均 … + verb (+ an end word) at {@code at}, or -1. */
  private static int wholeDone(String s, int at) {
    String whole = wordAt(s, at, WHOLE_AT);
    if (whole == null || (at > 0 && "健齐安周保大".indexOf(s.charAt(at - 1)) >= 0)
        || (whole.equals("均") && at > 0 && "人户日月年亩生村校次每周季平".indexOf(s.charAt(at - 1)) >= 0)) {
      return -1; // 健全, 齐全, 大都: no whole; 人均, 月均, 每户均, 平均: an average
    }
    int k = at + whole.length();
    String between = wordAt(s, k, BETWEEN_AT);
    k += between == null ? 0 : between.length();
    int limit = limitEnd(s, k);
    k = limit > 0 ? limit : k;
    String verb = wordAt(s, k, VERBS_AT);
    if (verb == null) {
      return -1;
    }
    k += verb.length();
    String done = wordAt(s, k, ENDS_AT);
    int end = done == null ? k : k + done.length();
    int clauseEnd = Clauses.clauseEnd(s, end);
    // a noun straight after the verb, with no 已 before it, may be the thing the verb names (全部维修资金来源于…)
    String predicates = done == null && between == null && end < clauseEnd && !continues(s, end) ? "已均都为是报由系属源" : "已均都";
    for (int m = end; m < clauseEnd; m++) {
      if (predicates.indexOf(s.charAt(m)) >= 0) {
        return -1; // 全部安置房已开工, 全部采购计划报县财政局审批: the verb names a thing, the clause's predicate comes later
      }
    }
    return end;
  }

  /** Whether the text after a verb at {@code at} goes on with the action, not a thing it names: 发放到户, 拨付至, 整改销号. */
  private static boolean continues(String s, int at) {
    char c = s.charAt(at);
    return "到至给于了入并及和、".indexOf(c) >= 0 || !Chars.isCjk(c) || wordAt(s, at, VERBS_AT) != null || wordAt(s, at, WHOLE_AT) != null;
  }

  /** The end of 在规定时限内 + verb at {@code at}, or -1. */
  private static int limitKept(String s, char[] chars, int at) {
    if (chars[at] != '在') {
      return -1;
    }
    int k = limitEnd(s, at);
    if (k < 0) {
      return -1;
    }
    String verb = wordAt(s, k, VERBS_AT);
    if (verb == null) {
      return s.startsWith("完成", k) ? k + 2 : -1;
    }
    k += verb.length();
    String done = wordAt(s, k, ENDS_AT);
    return done == null ? k : k + done.length();
  }

  /** The end of 在…时限内 at {@code at} (at 在), or -1. */
  private static int limitEnd(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '在') {
      return -1;
    }
    for (int k = at + 1; k < s.length() && k - at <= LIMIT_GAP; k++) {
      char c = s.charAt(k);
      if (!Chars.isCjk(c) || Clauses.isClauseEnd(c)) {
        return -1;
      }
      String limit = wordAt(s, k, LIMITS_AT);
      if (limit != null) {
        return k + limit.length();
      }
    }
    return -1;
  }

  /** Families of verbs: the work one asks for is done by a verb of its family (结案 by 办结, 兑付 by 拨付). */
  private static final List<List<String>> FAMILIES =
      List.of(
          List.of("发放", "下发", "到户", "兑现", "救助"),
          List.of("拨付", "下拨", "下达", "兑付", "兑现", "支付", "到账", "资金", "足额", "救助"),
          List.of("整改", "整治", "治理", "销号", "解决", "处置", "处理", "隐患"),
          List.of("办结", "办理", "结案", "答复", "回复", "处理", "处置", "受理"),
          List.of("采购", "购置", "配备", "配置", "安装", "储备"),
          List.of("交付", "移交", "竣工", "完工"),
          List.of("维修", "修复", "改造", "拆除"),
          List.of("补偿", "兑付", "安置"),
          List.of("签约"),
          List.of("接种"),
          List.of("结算"),
          List.of("清理"),
          List.of("落实"),
          List.of("送达"),
          List.of("归档"),
          List.of("核查", "排查"),
          List.of("录入"),
          List.of("上报", "报送"),
          List.of("入户"));

  /** Words of money paid out, which 到位 alone (资金到位) answers. */
  private static final List<String> MONEY_PAID = List.of("资金", "到位", "拨付", "足额");

  /** Levels of an appraisal, highest first: a pass at a lower level is no pass at the level asked. */
  private static final List<String> LEVELS = List.of("国家", "省", "市", "县");

  /**
   * Whether a word this class read ({@code word}: 全部发放, 通过…审核) answers what {@code target} and {@code name}
   * ask: the verb's family is what they name (全部拨付 under 资金拨付; not 改造资金已全部拨付到位 against 改造120户,
   * nor 演出经费均已结算 against 按时完成), a deadline asked (6月底前拨付) is met only by a date, a share or a budget
   * in the actual is compared, not read as the whole (95%的资金已拨付到位), a limit in words does not meet a
   * figure asked (均在法定期限内办结 against 5个工作日内办结), and a pass is at the level asked or a higher one, in
   * its own clause (已通过县级审核, 已通过市级评定，已推荐参加省级评定 against 通过省级评定).
   */
  public static boolean answers(String word, String target, String name, String actual) {
    String asked = target + "|" + name;
    if (word.startsWith("通过…")) {
      int pass = actual.indexOf("通过");
      String passed = pass < 0 ? actual : actual.substring(pass, Clauses.clauseEnd(actual, pass)); // not 已推荐参加省级评定 beside it
      for (int i = 0; i < LEVELS.size(); i++) {
        if (target.contains(LEVELS.get(i))) {
          for (int j = 0; j <= i; j++) {
            if (passed.contains(LEVELS.get(j))) {
              return true; // the level asked or a higher one (通过国家级认定 against 通过省级认定)
            }
          }
          return false;
        }
      }
      return true;
    }
    if (Chars.firstIn(word, LIMITS) != null && Chars.hasAsciiDigit(target) && Chars.firstIn(target, DURATIONS) != null && !Chars.hasAsciiDigit(word)) {
      return false; // 均在法定期限内办结 against 5个工作日内办结: a limit in words is not the stricter figure asked
    }
    if (actual.indexOf('%') >= 0 || actual.contains("预算")) {
      return false;
    }
    if (target.indexOf('前') >= 0 && actual.indexOf('月') < 0 && actual.indexOf('日') < 0 && actual.indexOf('前') < 0) {
      return false;
    }
    String verb = null;
    for (int i = 0; i < word.length() && verb == null; i++) {
      verb = wordAt(word, i, VERBS_AT);
    }
    if (verb == null && word.endsWith("完成")) {
      return true; // 在规定时间内完成: the work asked, whatever it is
    }
    if (verb == null || verb.equals("到位")) {
      return Chars.firstIn(asked, MONEY_PAID) != null;
    }
    if (asked.contains(verb)) {
      return true;
    }
    for (List<String> family : FAMILIES) {
      if (family.contains(verb) && Chars.firstIn(asked, family) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the reading's words are all of this class or of a pass (通过…评定, {@link #onlyOwnWords}), and one of them
   * does not answer the target.
   */
  public static boolean answersNot(Reading reading, String target, String name, String actual) {
    if (!onlyOwnWords(reading)) {
      return false;
    }
    for (Term t : reading.terms()) {
      if (!answers(t.word(), target, name, actual)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a length of time a target may set as its limit (5个工作日内, 24小时内, 15天内), not a date. */
  private static final List<String> DURATIONS = List.of("工作日", "日内", "天内", "小时", "个月内", "周内");

  /** Whether the cell makes an exception to the whole: 除2户外全部入户. */
  private static boolean except(String s) {
    int k = s.indexOf('除');
    return k >= 0 && s.indexOf('外', k) > k;
  }

  /** Whether the clause before {@code at} holds a word of {@link #NOT_DONE} (a plan, a part, work going on). */
  private static boolean notDone(String s, int at) {
    int from = Clauses.clauseStart(s, at);
    for (int k = from; k < at; k++) {
      String w = Chars.firstAt(s, k, NOT_DONE);
      if (w != null && !insideAWord(s, k, w) && !((w.equals("计划") || w.equals("要求")) && k > 0 && "按照据".indexOf(s.charAt(k - 1)) >= 0)
          && !(w.equals("可") && k > 0 && "许认".indexOf(s.charAt(k - 1)) >= 0)) { // 许可, 认可: no 可 of a plan
        return true;
      }
      if (s.charAt(k) == '如' && (k + 1 >= s.length() || "期实数".indexOf(s.charAt(k + 1)) < 0)) {
        return true; // 如资金到位可全部兑付: a condition
      }
      if (s.charAt(k) == '成' && k > from && "一二三四五六七八九".indexOf(s.charAt(k - 1)) >= 0) {
        return true; // 约七成问题已整改到位: a share in words
      }
      if (s.charAt(k) == '前' && s.substring(from, at).indexOf('已') < 0) {
        return true; // 年底前拨付到位, 春节前全部发放到位: a deadline, not said done
      }
    }
    return false;
  }
}
