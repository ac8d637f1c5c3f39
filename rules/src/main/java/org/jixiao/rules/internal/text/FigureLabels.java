package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What an actual says a figure is, when it is not this year's own level (数值的标注：非本年度本单位达到的水平): a figure of a
 * former time (上年为12/10万, 去年培训320人), a wider area's average (全省平均8/10万, 全国平均16.1/10万), or an aim, plan
 * or forecast (力争控制在4‰, 计划培训300人, 预计达到92%, 目标值90%). The label opens the figure's clause, after nothing
 * but the indicator's own words (婴儿死亡率力争控制在4‰), so 完成上年度遗留项目5个, 按计划完成, 较上年提高 and
 * 由上年的85%提高到92% are no such labels: this year's work, a plan met, a change and a move are read elsewhere.
 */
public final class FigureLabels {
  private FigureLabels() {}

  /** What a label says of its figure, in the words of a reason. */
  public enum Kind {
    /** 上年为12/10万, 去年同期92%: a former time's. */
    FORMER("往年的数值", "a former year's figure"),
    /** 全省平均8/10万: a wider area's average, beside which a place's own level is set. */
    ELSEWHERE("更大范围的平均值", "a wider area's average"),
    /** 力争控制在4‰, 争取达到92%: what was hoped for, not reached. */
    AIM("争取达到的目标", "an aim"),
    /**
     * 计划培训300人, 预计达到92%, 目标值90%: a plan as {@link FigureRoles} reads one; beside a level of the same work the
     * scorer sets it aside there.
     */
    PLAN("计划或预计的数值", "a plan or forecast");

    private final String zh;
    private final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** What the figure is, in Chinese (往年的数值). */
    public String zh() {
      return zh;
    }

    /** What the figure is, in English (a former year's figure). */
    public String en() {
      return en;
    }
  }

  /**
   * A label found: its kind, its words before the figure as the actual prints them (上年为, 全省平均, 力争控制在), and for
   * an area's average compared with ({@code side}) whether the own level is below it (−1: 低于全国平均水平16.1/10万),
   * above it (1: 高于全省平均水平85%) or neither said (0).
   */
  public record Label(Kind kind, String words, int side) {}

  /**
   * The label of the figure {@code [start, end)} of {@code s} (normalised), or null for none: the figure may be the
   * level. {@code name} is the indicator's name: its words may open the clause (孕产妇死亡率上年为12/10万), and a
   * name that asks a former time, an average or a plan itself (上年度结转项目完成数, 计划完成率) takes no such label.
   */
  public static @Nullable Label of(String s, int start, int end, String name, String target) {
    int clause = Clauses.clauseStart(s, start);
    if (clause >= 2 && s.charAt(clause - 1) == ':' && clause == Chars.firstAsciiDigit(s, clause, start)) {
      clause = Clauses.clauseStart(s, clause - 1); // 上年:12/10万, 全省平均:8/10万
    }
    int open = start - 1; // looked for within the clause only: a text of many figures must not cost its length a figure
    while (open >= clause && s.charAt(open) != '(') {
      open--;
    }
    if (open == start - 1 && open >= clause) {
      int reference = Differences.referenceBefore(s, open);
      if (reference >= 0 && !name.contains(s.substring(reference + 1, open))) {
        return new Label(Kind.FORMER, s.substring(reference, open), 0); // 较上年（12/10万）有所下降: the base of a change
      }
    }
    int close = -1; // where an aside the figure stands in closes: （上年12/10万）本年9.5/10万
    if (open >= clause && open + 1 < start && s.substring(open, start).indexOf(')') < 0) {
      close = s.indexOf(')', end);
      clause = open + 1; // 培训人数320人（上年为280人）: an aside opens in its bracket; 低于全国平均水平（16.1/10万）: not
    }
    int opening = FigureRoles.afterWhen(s, Math.min(start, Clauses.afterItemMark(s, clause))); // 1.全省平均发病率12/10万
    int at = afterOwnWords(s, opening, start, name);
    boolean subject = at > opening; // 整改上年审计发现问题12个: words before the label may make it of an object
    String since = Chars.firstAt(s, at, SINCE);
    at += since == null ? 0 : since.length(); // 截至上年末为99.2%
    if (at >= start) {
      return null;
    }
    if (!Chars.isAsciiDigit(s.charAt(at)) && STARTS.indexOf(s.charAt(at)) < 0
        && FigureRoles.afterACondition(s, at, start) == at) { // most clauses open with no label; 工程完工后预计… opens with a condition
      return formerClause(s, clause, start, name);
    }
    int wordsEnd = start;
    while (wordsEnd > at && (Clauses.isClauseEnd(s.charAt(wordsEnd - 1)) || s.charAt(wordsEnd - 1) == '(' || s.charAt(wordsEnd - 1) == ' ')) {
      wordsEnd--; // 上年：92%, 低于全国平均水平（16.1/10万）: the words, not their marks
    }
    String words = s.substring(at, wordsEnd);
    String former = Chars.firstAt(s, at, FORMER);
    if (former != null) {
      String between = s.substring(at + former.length(), start);
      int clauseEnd = Clauses.clauseEnd(s, end);
      int after = close >= 0 && close < clauseEnd ? close : clauseEnd; // what is said after the figure, to its aside's end
      int of = between.indexOf('的');
      boolean label = !name.contains(former) && !target.contains(former) && between.length() <= REACH && !Differences.containsAny(between, NOT_FORMER)
          && (between.indexOf('率') < 0 && !subject || onlyOwnWords(s, at + former.length(), start, name, FORMER_FILLERS)) // not 上年度审计发现问题整改率
          && (of < 0 || onlyOwnWords(s, at + former.length(), at + former.length() + of, "", FORMER_FILLERS)) // not 去年立项的5个项目, 上年采购的
          && !Differences.containsAny(s.substring(end, after), THIS_YEAR) // not 上年度签约的850户家庭本年完成随访
          && !FigureRoles.planMet(s, end) && !metAfter(s, end); // not 上年审计发现问题12个，已全部整改
      return label ? new Label(Kind.FORMER, words, 0) : null;
    }
    String than = Chars.firstAt(s, at, THAN);
    int areaAt = than == null ? at : at + than.length();
    String area = Chars.firstAt(s, areaAt, AREAS); // 低于全国平均水平16.1/10万: the area's
    if (area != null) {
      String between = s.substring(areaAt + area.length(), start);
      boolean label = !name.contains("平均") && !target.contains("平均") && between.length() <= REACH && !Differences.containsAny(between, OWN_AREA);
      int side = than == null ? 0 : than.contains("低") ? -1 : than.contains("高") || than.startsWith("超") ? 1 : 0;
      return label ? new Label(Kind.ELSEWHERE, words, side) : null;
    }
    String aim = Chars.firstAt(s, at, AIMS);
    if (aim != null && !Chars.startsWith(s, at + aim.length(), "了")) { // 确保了: ensured, a result
      boolean label = !name.contains(aim) && start - at - aim.length() <= REACH && onlyOwnWords(s, at + aim.length(), start, name, AIM_FILLERS)
          && !metAfter(s, end); // not 争取上级资金200万元, 争取到项目资金: secured
      return label ? new Label(Kind.AIM, words, 0) : null;
    }
    Label before = formerClause(s, clause, start, name); // 去年，全县…为8/10万
    if (before != null) {
      return before;
    }
    if (!containsPlanWord(name) && FigureRoles.planned(s, at, start) && !FigureRoles.planMet(s, end) && !metAfter(s, end)
        && !Differences.containsAny(s.substring(at, start), PLAN_SHARES)) { // 计划投资完成率100%: a share of the plan reached
      return new Label(Kind.PLAN, words, 0); // 计划培训300人, 预计完成200户, 目标值90%: not 计划招录150人，全部到岗
    }
    return null;
  }

  /**
   * Whether a clause after the figure ending at {@code end}, before any further figure, says the aim was met (力争控制在
   * 4‰以内，已实现; 计划培训300人，已全部完成): not 计划培训300人，已完成280人, whose clause of 已完成 holds its own figure.
   */
  private static boolean metAfter(String s, int end) {
    int k = end;
    while (k < s.length() && k - end < MET_REACH && !Chars.isAsciiDigit(s.charAt(k))) {
      String met = Chars.firstAt(s, k, MET);
      if (met != null) {
        int clauseEnd = Clauses.clauseEnd(s, k);
        return Chars.firstAsciiDigit(s, k, clauseEnd) == clauseEnd && Steps.after(s, k + met.length(), "") == null; // not 已完成培训方案制定
      }
      k++;
    }
    return false;
  }

  /** The most characters after a figure that words of its aim met are looked for in. */
  private static final int MET_REACH = 20;

  /** Words that say an aim or plan was met. */
  private static final List<String> MET =
      List.of("已完成", "已实现", "已达到", "已达成", "已达标", "均已", "全部完成", "全部实现", "如期完成", "如期实现", "顺利完成", "完成目标", "实现目标", "达到目标",
          "目标完成", "目标实现", "实际完成", "按期完成", "按时完成", "按计划完成");

  /**
   * Whether {@code [from, to)} of {@code s} holds only {@code fillers}, words of {@code name} (two characters or more),
   * spaces and the marks before a figure (:, （): what labels the figure, not a thing it counts.
   */
  private static boolean onlyOwnWords(String s, int from, int to, String name, List<String> fillers) {
    int k = from;
    while (k < to) {
      char c = s.charAt(k);
      if (c == ' ' || c == ':' || c == '(') {
        k++;
        continue;
      }
      String w = Chars.firstAt(s, k, fillers);
      int n = w != null ? w.length() : ofName(s, k, to, name);
      if (n == 0) {
        return false;
      }
      k += n;
    }
    return true;
  }

  /** The length of the longest word of two or more characters at {@code k} of {@code s}, before {@code to}, that {@code name} holds. */
  private static int ofName(String s, int k, int to, String name) {
    if (name.indexOf(s.charAt(k)) < 0) {
      return 0; // most characters are no name's: asked before any word is cut
    }
    for (int len = Math.min(to - k, name.length()); len >= 2; len--) {
      if (name.contains(s.substring(k, k + len))) {
        return len;
      }
    }
    return 0;
  }

  /** The label of a former time's clause of its own before the one at {@code clause} ({@link #formerClauseBefore}), or null. */
  private static @Nullable Label formerClause(String s, int clause, int start, String name) {
    return formerClauseBefore(s, clause, start, name) ? new Label(Kind.FORMER, s.substring(Clauses.clauseStart(s, clause - 1), clause - 1).strip(), 0) : null;
  }

  /**
   * Whether the clause before the one at {@code clause} is a former time alone (去年，全县孕产妇死亡率为8/10万; 截至去年年底，
   * 接种率为99%) and the figure's own clause, up to {@code start}, only the name's words and fillers.
   */
  private static boolean formerClauseBefore(String s, int clause, int start, String name) {
    if (clause < 2 || s.charAt(clause - 1) != ',') {
      return false;
    }
    int from = Clauses.clauseStart(s, clause - 1);
    String since = Chars.firstAt(s, from, SINCE);
    from += since == null ? 0 : since.length();
    String former = Chars.firstAt(s, from, FORMER);
    return former != null && !name.contains(former) && onlyOwnWords(s, from + former.length(), clause - 1, name, FORMER_FILLERS)
        && onlyOwnWords(s, clause, start, name, FORMER_FILLERS);
  }

  /** Past the words of {@code name} (two characters or more, repeated) and spaces that open the clause at {@code at}. */
  private static int afterOwnWords(String s, int at, int start, String name) {
    int k = at;
    while (k < start) {
      if (s.charAt(k) == ' ') {
        k++;
        continue;
      }
      String own = OWN_STARTS.indexOf(s.charAt(k)) >= 0 ? Chars.firstAt(s, k, OWN_SUBJECTS) : null;
      int n = own != null ? own.length() : ofName(s, k, start, name);
      if (n == 0) {
        return k;
      }
      k += n;
    }
    return k;
  }

  /** Whether {@code name} asks a plan's figure itself (计划完成率, 目标任务数): a plan then labels nothing. */
  private static boolean containsPlanWord(String name) {
    return name.contains("计划") || name.contains("预计") || name.contains("目标") || name.contains("任务");
  }

  /**
   * The characters a label starts with: of a former time, a time up to it, a comparison, an area, an aim, a plan, and a
   * plan's word of scope (全年, 本年度, 今年, 当年, 项目).
   */
  private static final CharTable STARTS = CharTable.of("去上前往以历基近截至低高优好超略均全国省市力争预期有可将原计目任应拟本年今当项确".toCharArray());

  /** The most characters between a label and its figure (上年度实际培训260人: 6; 力争将孕产妇死亡率控制在: 11). */
  private static final int REACH = 12;

  /** Words of a former time (上年度 and 上年同期 are read by 上年). */
  private static final List<String> FORMER =
      Stream.concat(FigureRoles.FORMER.stream(), Stream.of("以往", "历年", "上一期", "基期", "基线", "近三年", "近五年", "近年")).toList();

  /**
   * Words that may stand between a former time and a rate's figure beside the name's own (去年同期为92%, 去年全县孕产妇死亡率为
   * 17.12/10万): any other word names the things the rate is of (上年度审计发现问题整改率100%: this year's work on them).
   */
  private static final List<String> FORMER_FILLERS =
      List.of("年度", "度", "年末", "年底", "末", "底", "同期", "全年", "平均值", "平均", "水平", "数据", "数值", "值", "实际", "累计", "共计", "共", "完成",
          "达到", "达", "约", "为", "是", "的", "仅", "全县", "全区", "全市", "全镇", "全乡", "全省", "本县", "本区", "本市", "我县", "我区", "我市", "辖区",
          "一年", "年", "监测", "统计");

  /** Words that may stand between an aim and its figure beside the name's own (力争将孕产妇死亡率控制在4‰以内). */
  private static final List<String> AIM_FILLERS =
      List.of("全年", "年底", "年内", "年末", "值", "将", "使", "把", "实现", "达到", "达", "控制在", "控制到", "控制", "保持在", "保持", "提高到", "提高至", "提升到",
          "提升至", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "突破", "超过", "完成", "在", "为", "不低于", "不高于", "不超过", "以上", "以内");

  /** Shares of a plan reached, which a plan's word opens (计划投资完成率100%, 目标任务完成率): a level. */
  private static final List<String> PLAN_SHARES = List.of("完成率", "执行率", "到位率", "实现率", "达成率", "兑现率", "完成度", "完成比例");

  /** Words of up to when before a former time (截至上年末). */
  private static final List<String> SINCE = List.of("截至", "截止", "至");

  /** Words of a comparison before an area's average, whose figure is the average's (低于全国平均水平16.1/10万). */
  private static final List<String> THAN = List.of("低于", "高于", "优于", "好于", "超过", "超出", "略低于", "略高于", "均低于", "均高于");

  /** Words of this year after a former time's figure in its clause, which make it this year's work on those things. */
  private static final List<String> THIS_YEAR = List.of("本年", "今年", "当年", "本期");

  /**
   * Words after a former time that make the clause this year's work or a change (上年结转资金已支出, 完成上年度遗留项目5个,
   * 上年同期相比提高2%): not the former year's level.
   */
  private static final List<String> NOT_FORMER = Stream.concat(
      Stream.of("结转", "结余", "遗留", "未完成", "延续", "续建", "欠", "相比", "比较", "较", "比", "基础上", "提高", "增长", "增加", "下降", "减少", "降低", "上升"),
      THIS_YEAR.stream()).toList();

  /** Words of a wider area's average. 全县, 全区 are the reporting unit's own as often as not: none of them. */
  private static final List<String> AREAS =
      List.of("全国平均", "全省平均", "全市平均", "全州平均", "国家平均", "省级平均", "市级平均", "省平均", "市平均", "全国水平", "全省水平", "全国同期",
          "全省同期", "全国均值", "全省均值", "全市均值");

  /** The characters the {@link #OWN_SUBJECTS} start with. */
  private static final String OWN_STARTS = "全本我辖";

  /** Words of the reporting unit's own area, which may open a clause before its label (全县婴儿死亡率力争控制在4‰). */
  private static final List<String> OWN_SUBJECTS =
      List.of("全县", "全区", "全镇", "全乡", "本县", "本区", "本市", "本镇", "我县", "我区", "我市", "我镇", "辖区内", "辖区", "本单位", "本项目");

  /** Words after an average that set the place's own figure in its clause (全省平均12/10万，本县8.5/10万 is two clauses). */
  private static final List<String> OWN_AREA = List.of("本县", "本区", "本市", "我县", "我区", "我市", "本地", "辖区");

  /**
   * Words of an aim that {@link FigureRoles}' plans do not hold: hoped for ({@link Aims#HOPES}), expected, to be ensured
   * (确保满意度达到90%以上), not reached.
   */
  private static final List<String> AIMS = Stream.concat(Aims.HOPES.stream(), Stream.of("预期", "预估", "将达到", "确保")).toList();
}
