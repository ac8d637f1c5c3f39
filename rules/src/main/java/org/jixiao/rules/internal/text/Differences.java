package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Actual figures that state a distance or a change, not the level the target asks. 超额完成50人 and
 * 比目标少50人 say how far from the target (≥ 200 人: 250 人 and 150 人, not 50 人); 超支5万元 and
 * 节约5万元 how far from the budget a ceiling holds (≤ 100 万元: 105 and 95 万元); 较上年提高5个百分点,
 * 同比增长10% and 提高5个百分点 how far from something the target does not state, so no level can be
 * had from them. Read as the level, each was compared as it stood: 超额完成50人 earned 25 %, 超支5万元
 * met a ceiling of 100 万元, 较上年提高5个百分点 was 5 % of a coverage of 90 %.
 *
 * <p>This class says what each figure is ({@link Kind}): a level, a distance, a change, or the
 * figure of a plan, budget or former year such a distance is from (计划培训200人, 预算100万元, 由上年85%);
 * the scorer decides what is compared. A target that asks a change itself (较上年增长≥5%, 增长率,
 * 下降≥5%, a % under a name of an amount: 旅游收入 ≥ 10 %) or a distance itself (节约资金 ≥ 5 万元,
 * 成本超支率 ≤ 5 %) is answered by the actual's figure as its level.
 */
public final class Differences {
  private Differences() {}

  /** What a figure states, as the words right before it say. */
  public enum Kind {
    /** The level itself (or nothing says otherwise). */
    LEVEL,
    /** How far above the target: 超额完成50人, 比目标多50人. */
    ABOVE_TARGET,
    /** How far below the target: 还差50人, 比计划少50人. */
    BELOW_TARGET,
    /** What is left of the target undone: 剩余20户未完成, 还有20人未参加, 缺50人; a floor's shortfall. */
    LEFT,
    /** How far above the budget a ceiling holds: 超支5万元, 超出预算5万元. */
    ABOVE_BUDGET,
    /** How far below the budget: 节约5万元, 结余资金5万元, 比预算少5万元. */
    BELOW_BUDGET,
    /** A change from something the target does not state: 较上年提高5个百分点, 同比增长10%. */
    CHANGE
  }

  /** What the target is that a distance is from, after 超, 比, 较 or 低于 (超出目标, 比计划少, 较年度任务多). */
  private static final List<String> TARGETS =
      List.of("年度目标任务", "年度目标", "年度计划", "年度任务", "绩效目标", "预期目标", "目标任务", "计划任务", "目标值", "计划数", "目标数", "任务数",
          "目标", "计划", "任务", "预期", "指标", "标准");

  /** Words of more and less after 比目标 or 较计划. */
  private static final List<String> MORE = List.of("多出", "多", "增加", "超出", "高出", "提高", "提升", "高", "超");

  private static final List<String> LESS = List.of("减少", "少", "降低", "低", "短缺", "缺少", "差");

  /** Words that are themselves a distance from the target, ending right before its figure. */
  private static final List<String> ABOVE_WORDS = List.of("超额完成", "超计划完成", "超额", "超计划", "多完成");

  private static final List<String> BELOW_WORDS = List.of("还差", "尚差", "相差", "差额", "缺口", "缺额", "缺少", "短缺", "少完成");

  /** Words of money a saving or an overrun may name (节约资金5万元, 超支经费5万元). */
  private static final List<String> MONEY_WORDS = List.of("资金", "经费", "成本", "支出", "开支", "费用");

  private static final List<String> OVERRUNS = List.of("超出预算", "超过预算", "超预算", "超支");

  private static final List<String> SAVINGS = List.of("节约", "节省", "结余");

  /** What a change is from, after 较, 比 or 与 (较上年, 比去年同期, 与2022年相比). */
  private static final List<String> OTHER_REFERENCES =
      List.of("上年同期", "去年同期", "上一年度", "上一年", "上年度", "上年", "去年", "前年", "往年", "同期", "上期", "上季度", "上月", "年初", "基期",
          "实施前", "项目实施前", "上年末", "年末");

  /** Verbs of change after a reference (较上年提高, 同比下降). */
  private static final List<String> CHANGES =
      List.of("增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "下降", "减少", "降低", "下滑", "回落", "缩短", "缩小", "增产", "减产", "增收",
          "多出", "高出", "节约", "节省", "节支", "增", "减", "降", "多", "少", "高", "低");

  /** Words that are a change of themselves, with or without a reference (人均增收1000元, 增产50吨). */
  private static final List<String> INHERENT_CHANGES = List.of("增收", "增产", "减产", "减收");

  /**
   * Words between a figure and what it follows: 超额完成了50人, 较上年提高了约5个百分点. Not 为, 达 or 共计,
   * after which the figure is the level reached (较上年提高为95%, 超额完成任务达250人, 共计250人).
   */
  private static final String FILLERS = "了约近共 ";

  /** Characters one of the words above holds: an actual without any is read as before, at no cost. */
  private static final CharSet CUES = CharSet.of(c -> false).with("超差缺较比同环节结省点多少低高增减剩余有存未降升缩扩压滑落涨".toCharArray());

  /** Words before a figure that make it the plan's, the budget's or a former year's (计划培训200人, 预算100万元, 由上年85%). */
  private static final List<String> PLAN_WORDS =
      List.of("年度目标", "目标任务", "目标值", "任务数", "计划数", "年初预算", "批复预算", "预算数", "预算", "目标", "计划");

  /** Words before a figure, or at the start of its clause, that make it a former time's (上年180人, 由85%, 上年度覆盖率85%). */
  private static final List<String> PAST_WORDS =
      List.of("上年同期", "去年同期", "上年度", "上年的", "上年末", "上年", "去年", "基期", "年初的", "年初", "由", "从");

  /** Words of a former year that make a whole clause about it (上年度覆盖率85%, 去年培训180人). */
  private static final List<String> FORMER_YEARS = List.of("上年同期", "去年同期", "上年度", "上年", "去年");

  /** What a figure of reference is: the plan's or budget's, which a distance is from, or a former time's, which a change is from. */
  public enum Reference {
    /** 计划培训200人, 预算100万元, 目标值90%. */
    PLAN,
    /** 上年180人, 由85%, 上年度覆盖率85%. */
    PAST,
    /** No reference: a level. */
    NONE
  }

  /** Whether any figure of {@code actual} may state a distance or a change: a cheap test first. */
  public static boolean mayHold(String actual) {
    return hasCue(actual, 0, actual.length());
  }

  private static boolean hasCue(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CUES.contains(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a figure states and where the words that say so start; {@code bare} for a change that names
   * neither what it is from nor points (下降1.2‰, 提高2%, 增加20人), which a name or target asking the
   * change of what it names may still take as its level ({@link #asksTheChange}).
   */
  public record Read(Kind kind, int from, boolean bare) {
    private static final Read LEVEL = new Read(Kind.LEVEL, -1, false);

    Read(Kind kind, int from) {
      this(kind, from, false);
    }
  }

  /** What the figure {@code q} of {@code actual} (normalised) states. */
  public static Read of(String actual, Quantity q) {
    if (!cueBefore(actual, q.start())) {
      return Read.LEVEL; // nearly every figure: none of the words can end at it
    }
    // the words right before the figure, then before each filler (节约5万元: 约 is the word's, 超额完成了50人: 了 is not)
    int p = q.start();
    Read read = at(actual, p, q);
    while (read.kind() == Kind.LEVEL && p > 0 && FILLERS.indexOf(actual.charAt(p - 1)) >= 0 && q.start() - p < 3) {
      p--;
      read = at(actual, p, q);
    }
    return read.kind() == Kind.LEVEL || governed(actual, read.from(), read.kind()) ? Read.LEVEL : read;
  }

  /**
   * Whether the words of a distance starting at {@code from} are negated (不低于目标值90%, 未超出预算,
   * 没有超过) or name what was paid for (弥补资金缺口50万元, 补齐差额50万元): the figure is then a level or a bound.
   * A change from another time pays for nothing: the 补助 of 补助人数较上年增加20人 names what changed.
   */
  private static boolean governed(String s, int from, Kind kind) {
    if (from > 0 && "不未没无".indexOf(s.charAt(from - 1)) >= 0 || Chars.endsWith(s, from, "没有")) {
      return true;
    }
    if (kind == Kind.CHANGE) {
      return false;
    }
    int k = from;
    while (k > Math.max(0, from - 4) && !Clauses.isClauseEnd(s.charAt(k - 1)) && s.charAt(k - 1) != '、') {
      k--; // within the clause: in 已发放，还差50人 the 发放 is another clause's
    }
    for (; k < from; k++) {
      if (Chars.startsWithAny(s, k, FILLING)) {
        return true;
      }
    }
    return false;
  }

  /** 差距50人 on its own (未完成目标，差距50人), not a gap a noun names (收入差距2.8, the level of that gap); where it starts, or -1. */
  private static int gap(String s, int p) {
    int at = endingWith(s, p, GAP);
    return at < 0 || (at > 0 && Chars.isCjk(s.charAt(at - 1)) && s.charAt(at - 1) != '的' && s.charAt(at - 1) != '有') ? -1 : at;
  }

  private static final List<String> GAP = List.of("差距");

  /** Verbs that fill a gap: the figure after 弥补资金缺口 is what was paid. */
  private static final List<String> FILLING = List.of("弥补", "填补", "补齐", "补足", "补差", "解决", "缩小", "发放", "补助");

  /** The most characters the words of a distance or change span before their figure (与上一年度相比增加了约, 比年度目标任务多培训了). */
  private static final int REACH = 16;

  /** Whether one of the {@link #CUES} stands within {@link #REACH} characters before {@code start}: no word can end there otherwise. */
  private static boolean cueBefore(String s, int start) {
    return hasCue(s, Math.max(0, start - REACH), start);
  }

  /**
   * Whose figure {@code q} of {@code actual} is, when {@link #of} reads it as a level: the plan's or
   * the budget's (计划培训200人, 预算100万元), a former time's (由上年85%, 上年度覆盖率85%) or none. Asked
   * only of an actual that states a distance or change, to find what it is from.
   */
  public static Reference reference(String actual, Quantity q) {
    return reference(actual, q.start());
  }

  /**
   * Whose figure the words right before {@code start} make it: the plan's or the budget's (预算100万元,
   * 目标值为90%, 计划培训200人) or a former year's (上年85%, 由85%), with 为, 是 or a colon between.
   */
  private static Reference reference(String s, int start) {
    int p = start;
    if (p > 0 && "为是:(".indexOf(s.charAt(p - 1)) >= 0) {
      p--; // 上年为85%, 较上年（8起）减少3起
    }
    if (endingWith(s, p, PLAN_WORDS) >= 0) {
      return Reference.PLAN; // 年初预算100万元, 计划200人
    }
    if (endingWith(s, p, PAST_WORDS) >= 0 || Chars.startsWithAny(s, Clauses.clauseStart(s, start), FORMER_YEARS)) {
      return Reference.PAST; // 上年180人; 上年度覆盖率85%, 上年培训180人: the clause is about a former year
    }
    // 计划培训200人: what was planned, with its verb; not 计划完成, 按计划执行 (what was done by the plan)
    boolean planned = p >= 2 && isVerbPart(s.charAt(p - 1)) && isVerbPart(s.charAt(p - 2)) && Chars.endsWith(s, p - 2, "计划")
        && !Chars.endsWith(s, p, "完成") && !Chars.endsWith(s, p, "执行") && !Chars.endsWith(s, p - 2, "按计划");
    return planned ? Reference.PLAN : Reference.NONE;
  }

  private static Read at(String actual, int p, Quantity q) {
    // a change from another time first: 较上年节约2万元 is no saving against the budget
    int from = referencedChange(actual, p);
    if (from >= 0) {
      return new Read(Kind.CHANGE, from);
    }
    from = earliest(endingWith(actual, p, ABOVE_WORDS), afterTarget(actual, p, ABOVE_WORDS), comparedWithTarget(actual, p, MORE),
        targetAfter(actual, p, "超出", "超过", "高出", "超"), afterTargetOfWork(actual, p), atClauseStart(actual, p, '多'));
    if (from >= 0) {
      return new Read(Kind.ABOVE_TARGET, from);
    }
    from = earliest(endingWith(actual, p, BELOW_WORDS), comparedWithTarget(actual, p, LESS), targetAfter(actual, p, "低于", "少于"), gap(actual, p),
        atClauseStart(actual, p, '少'));
    if (from >= 0) {
      return new Read(Kind.BELOW_TARGET, from);
    }
    from = Remainders.at(actual, p, q);
    if (from >= 0) {
      return new Read(Kind.LEFT, from);
    }
    int m = withoutMoneyWord(actual, p);
    from = earliest(endingWith(actual, m, OVERRUNS), comparedWithBudget(actual, p, MORE));
    if (from >= 0) {
      return new Read(Kind.ABOVE_BUDGET, from);
    }
    from = earliest(endingWith(actual, m, SAVINGS), comparedWithBudget(actual, p, LESS), comparedWithBudget(actual, p, SAVINGS));
    if (from >= 0) {
      return new Read(Kind.BELOW_BUDGET, from);
    }
    // 人均增收1000元 is a change; 带动增收300户 counts households
    from = earliest(change(actual, p, q), q.unit().isCount() ? -1 : endingWith(actual, p, INHERENT_CHANGES));
    if (from >= 0) {
      return new Read(Kind.CHANGE, from);
    }
    from = earliest(endingWith(actual, p, BARE_CHANGES), sizeOfChange(actual, p));
    return from >= 0 ? new Read(Kind.CHANGE, from, true) : Read.LEVEL;
  }

  /** Nouns of the size of a change (增幅达到5%, 降幅为3%, 增速约8%): where one ends before {@code p}, with 达到, 达, 为 or 是 between; or -1. */
  private static int sizeOfChange(String s, int p) {
    String link = endingAt(s, p, LINKS);
    int end = link == null ? p : p - link.length();
    return endingWith(s, end, CHANGE_SIZES);
  }

  private static final List<String> CHANGE_SIZES = List.of("增幅", "涨幅", "降幅", "减幅", "增速", "增长幅度", "下降幅度");

  private static final List<String> LINKS = List.of("达到", "达", "为", "是");

  /**
   * Verbs of change right before a figure with nothing to say what it is from (婴儿死亡率下降1.2‰,
   * 满意度提升5%, 排放量减少100吨, 办理时限缩短3天): the figure is how far the level moved, not the level.
   * Read as the level, 提升5% was 5 % of a satisfaction of 90 % and 下降1.2‰ met a ceiling of 5 ‰. Not
   * a verb with 到, 至 or 为 after it (提高到95%: the level reached), which does not end at the figure;
   * not the verbs of a saving (节约) or of an output (增产, 增收), read above; not one character (新增,
   * 增20人).
   */
  private static final List<String> BARE_CHANGES =
      List.of("增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "下降", "减少", "降低", "下滑", "回落", "缩短", "缩小", "压缩", "压减", "压降");

  /**
   * Whether a name or target asks the change of what it names: a verb of change after it (农民收入增加,
   * 参保率提高, 运行成本降低) or a word of an amount added or taken off or of a change's size (新增床位, 化肥减量,
   * 增幅), which a bare change then answers; not a verb that opens it (提高群众满意度, 降低运行成本), which names
   * the work done to reach a level.
   */
  public static boolean asksTheChange(String text) {
    for (String verb : BARE_CHANGES) {
      if (text.indexOf(verb, 1) > 0) {
        return true;
      }
    }
    return containsAny(text, INCREASES) || containsAny(text, CHANGE_SIZES); // 化肥减量, 新增床位, 增幅
  }

  /** The earliest of {@code starts} that is one (not -1), so that the words quoted are the longest found; -1 when none is. */
  private static int earliest(int... starts) {
    int best = -1;
    for (int v : starts) {
      if (v >= 0 && (best < 0 || v < best)) {
        best = v;
      }
    }
    return best;
  }

  /**
   * Whether the target asks a change itself: a word of direction before its figure (增长≥5%, 下降5%),
   * a word of change or comparison in its text or name (较上年增长, 增长率, 增幅, 同比, 变动率), or a
   * ceiling of 0 (三公经费 ≤ 0: no rise, which a fall meets); then a change answers it.
   */
  public static boolean asksAChange(String target, Quantity wanted, String name, Comparison comparison) {
    Unit unit = wanted.unit();
    boolean signable = unit.symbol().equals("%") || unit.isMoney() || unit.equals(Unit.NONE);
    return Signs.before(target, wanted.start()) != Signs.Direction.NONE
        || (comparison.isReverse() && wanted.value().signum() == 0 && signable) // 三公经费 ≤0: no rise; 安全事故≤0起 is none
        || Signs.minusBefore(target, wanted.start())
        || namesAChange(target)
        || namesAChange(name)
        || (unit.symbol().equals("%") && !name.isEmpty() && !namesAShare(name) && !namesAShare(target));
  }

  /**
   * Words of a change in a name or a target: rates and sizes of change, comparisons with another time.
   * Not the verbs alone (提高群众满意度, 增加农民收入, 提高至95%), which name what the work raises to a level.
   */
  private static final List<String> CHANGE_NAMES =
      List.of("增长", "增幅", "降幅", "增速", "涨幅", "减幅", "下降率", "降低率", "减少率", "压减率", "提高率", "提升率", "节约率", "节能率", "同比", "环比",
          "较上年", "比上年", "较去年", "比去年", "变化", "变动", "增减", "浮动", "百分点", "压减", "节能", "增收", "增产", "减产");

  /** Words of a distance a target or a name asks itself (节约资金≥5万元, 资金缺口≤50万元, 成本超支率≤5%): the actual's is then its level. */
  private static final List<String> DISTANCE_NAMES =
      List.of("节约", "节省", "节支", "节余", "节能", "节水", "结余", "结转", "缺口", "差距", "差额", "相差", "超支", "超额", "超出", "超计划", "剩余",
          "超标");

  /** Whether {@code text} (a target or a name) asks a distance itself, which the actual's distance then answers as its level. */
  public static boolean namesADistance(String text) {
    return containsAny(text, DISTANCE_NAMES);
  }

  /** Words of a share: a % under a name without any (旅游收入 ≥ 10 %, 游客人数 ≥ 10 %) is a growth. */
  private static final String SHARE_CHARS = "率比占例";

  private static final List<String> SHARE_WORDS =
      List.of("满意度", "知晓度", "认可度", "满足度", "完好度", "程度", "覆盖", "达标", "指数", "合格", "优良", "知晓", "满意");

  /** Words of a share unless an amount follows them (资金到位 is a share; 到位资金, 投资完成额 are amounts). */
  private static final List<String> DONE_WORDS = List.of("完成", "到位", "执行", "支付");

  private static boolean namesAShare(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (SHARE_CHARS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    if (containsAny(text, SHARE_WORDS)) {
      return true;
    }
    for (String word : DONE_WORDS) {
      int at = text.indexOf(word);
      if (at >= 0 && !(Chars.startsWith(text, at + 2, "额") || Chars.startsWith(text, at + 2, "资金") || Chars.startsWith(text, at + 2, "金额"))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of change in a name or target that ask the change itself when nothing but a change answers it (农民收入增加, 粮食单产提高). */
  private static final List<String> CHANGE_VERBS = List.of("增加", "提高", "提升", "增收", "增产", "减少", "降低", "下降", "上升", "增长");

  /** Words of a name or target that ask a change of an amount, not a level (新增, 扩容, 化肥减量, 节水量). */
  private static final List<String> INCREASES =
      List.of("新增", "净增", "新建", "扩容", "扩大", "扩充", "扩建", "减量", "削减", "压减", "节水", "节约", "节能", "节省");

  /** Whether a name or target asks an amount or count to grow (新增床位, 净增就业, 增加岗位): the end of a move is then no answer. */
  public static boolean namesAnIncrease(String text) {
    return containsAny(text, INCREASES) || containsAny(text, CHANGE_VERBS);
  }

  /**
   * Whether a name asks a share to change: a verb of change after the share's name (参保率提高, 就业率提升,
   * 发病率下降), not before it (提高群众满意度, which asks the level reached).
   */
  public static boolean namesAChangeOfAShare(String name) {
    int share = Math.max(name.lastIndexOf('率'), name.lastIndexOf('度'));
    return share >= 0 && containsAny(name.substring(share + 1), CHANGE_VERBS);
  }

  /** Whether a name or target holds a verb of change: a change alone then answers it, as before (就业人数增加 / 较上年增加60人). */
  public static boolean namesAVerbOfChange(String text) {
    return containsAny(text, CHANGE_VERBS);
  }

  private static boolean namesAChange(String text) {
    return containsAny(text, CHANGE_NAMES);
  }

  static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The level a distance from the target makes (target {@code a}..{@code upper}, figure {@code d} in
   * the target's unit), or null when it makes none: a budget's distance only against a ceiling,
   * which the budget is; none below zero.
   */
  public static @Nullable BigDecimal level(Kind kind, Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal d) {
    BigDecimal size = d.abs();
    BigDecimal level =
        switch (kind) {
          case ABOVE_TARGET -> upper.add(size);
          case BELOW_TARGET -> a.subtract(size);
          case LEFT -> comparison.isReverse() || size.compareTo(a) >= 0 ? null : a.subtract(size);
          case ABOVE_BUDGET -> comparison.isReverse() ? upper.add(size) : null;
          case BELOW_BUDGET -> comparison.isReverse() ? upper.subtract(size) : null;
          default -> null;
        };
    return level == null || level.signum() < 0 ? null : level;
  }

  /** 比目标多, 较计划少: 比 or 较, a target, a word of more or less, ending at {@code p}; where it starts, or -1. */
  private static int comparedWithTarget(String s, int p, List<String> moreOrLess) {
    // 比计划多50人, and with a verb of two characters or one between: 比计划多培训50人, 比目标多招1人
    for (int verb = 0; verb <= 2 && p - verb > 0 && (verb == 0 || isVerbPart(s.charAt(p - verb))); verb++) {
      for (String target : TARGETS) {
        int at = comparedWith(s, p - verb, target, moreOrLess);
        if (at >= 0) {
          return at;
        }
      }
    }
    return -1;
  }

  /** Whether {@code c} may be part of a verb between a comparison and its figure: not 为, 达, 到, 至, 是, after which the figure is a level reached. */
  private static boolean isVerbPart(char c) {
    return Chars.isCjk(c) && "为达到至是共计".indexOf(c) < 0;
  }

  /** 比预算少5万元, 比预算多支出5万元: {@link #comparedWith} the budget, with a verb of two characters between. */
  private static int comparedWithBudget(String s, int p, List<String> words) {
    for (int verb = 0; verb <= 2 && p - verb > 0 && (verb == 0 || isVerbPart(s.charAt(p - verb))); verb++) {
      int at = comparedWith(s, p - verb, "预算", words);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  /** 比{what}{word} or 较{what}{word} ending at {@code p}: 比预算少, 较目标多; where it starts, or -1. */
  private static int comparedWith(String s, int p, String what, List<String> words) {
    String word = endingAt(s, p, words);
    if (word == null) {
      return -1;
    }
    int end = p - word.length();
    if (!Chars.endsWith(s, end, what)) {
      return -1;
    }
    int at = end - what.length();
    return at > 0 && "比较距离".indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : -1; // 比目标少, 较计划多, 距目标差
  }

  /**
   * 多 or 少 and a verb of one or two characters at the start of a clause, ending at {@code p}
   * (超额完成，多培训50人; 少招1人): more or fewer than the target; where 多 or 少 stands, or -1. Not 多 or
   * 少 before longer words (多部门联合培训50人, 少数民族50人).
   */
  private static int atClauseStart(String s, int p, char word) {
    for (int verb = 1; verb <= 2 && p - verb > 0 && isVerbPart(s.charAt(p - verb)); verb++) {
      int at = p - verb - 1;
      if (s.charAt(at) == word && at > 0 && Clauses.isClauseEnd(s.charAt(at - 1))
          && containsAny(s.substring(Clauses.clauseStart(s, at - 1), at - 1), word == '多' ? EXCESS : SHORTFALL)) {
        return at; // right after a clause of 超额完成 or 未完成: not 多媒体12套, 少先队240人, 未超时限，多数2天内办结
      }
    }
    return -1;
  }

  /** Words of the clause before 多 or 少 that make them more or fewer than the target. */
  private static final List<String> EXCESS = List.of("超额", "超计划", "超出目标", "超过目标", "超目标");

  private static final List<String> SHORTFALL = List.of("未完成", "未达到", "未达成", "未能完成", "没有完成");

  /** 超额完成培训任务50人: an excess, the work's two characters and a target, ending at {@code p}; where it starts, or -1. */
  private static int afterTargetOfWork(String s, int p) {
    String target = endingAt(s, p, TARGETS);
    if (target == null) {
      return -1;
    }
    int end = p - target.length() - 2;
    return end > 0 && isVerbPart(s.charAt(end)) && isVerbPart(s.charAt(end + 1)) ? endingWith(s, end, ABOVE_WORDS) : -1;
  }

  /** 超额完成目标50人: one of {@code words} and a target, ending at {@code p}; where it starts, or -1. */
  private static int afterTarget(String s, int p, List<String> words) {
    String target = endingAt(s, p, TARGETS);
    return target == null ? -1 : endingWith(s, p - target.length(), words);
  }

  /** 超出目标, 超计划, 低于目标: one of {@code verbs} right before a target ending at {@code p}; where it starts, or -1. */
  private static int targetAfter(String s, int p, String... verbs) {
    String target = endingAt(s, p, TARGETS);
    if (target == null) {
      return -1;
    }
    int end = p - target.length();
    for (String verb : verbs) {
      if (Chars.endsWith(s, end, verb)) {
        return end - verb.length();
      }
    }
    return -1;
  }

  /** Where the words of a saving or an overrun end before {@code p}: before 资金 or 经费 when one ends there. */
  private static int withoutMoneyWord(String s, int p) {
    String money = endingAt(s, p, MONEY_WORDS);
    return money == null ? p : p - money.length();
  }

  /**
   * A change from something the target does not state: a verb of change ending at {@code p} after a
   * reference (较上年, 比去年同期, 较2022年, 与上年相比, 同比, 环比), or any verb of change of two
   * characters before a figure in percentage points (提高5个百分点); where its words start, or -1.
   */
  private static int change(String s, int p, Quantity q) {
    String verb = endingAt(s, p, CHANGES);
    if (verb == null || verb.length() < 2) {
      return -1;
    }
    return s.lastIndexOf("百分点", q.end()) >= q.start() ? p - verb.length() : -1;
  }

  /**
   * A verb of change ending at {@code p} after a reference other than the target (较上年, 比去年同期,
   * 较2022年, 与上年相比, 同比, 环比), with a verb of two characters between (较上年多培训50人); where the
   * words start, or -1.
   */
  private static int referencedChange(String s, int p) {
    for (int v = 0; v <= 2 && p - v > 0 && (v == 0 || isVerbPart(s.charAt(p - v))); v++) {
      String verb = endingAt(s, p - v, CHANGES);
      if (verb == null) {
        continue;
      }
      int end = p - v - verb.length();
      if (Chars.endsWith(s, end, "同比") || Chars.endsWith(s, end, "环比")) {
        return end - 2;
      }
      int ref = -1;
      if (Chars.endsWith(s, end, "相比")) {
        int at = end - 2; // 与上年相比增长5%
        ref = earliest(referenceStart(s, at, '与'), referenceStart(s, at, '和'), referenceStart(s, at, '较'));
      }
      ref = earliest(ref, referenceStart(s, end, '较'), referenceStart(s, end, '比'));
      if (ref >= 0) {
        return ref;
      }
    }
    return -1;
  }

  /**
   * Where a reference of a change (较上年, 比去年同期, 较2022年, 与上年) ending at {@code end} starts, or -1: a figure
   * after it in a bracket (较上年（12/10万）有所下降, 与上年（3起）相比有所减少) is what the change is from.
   */
  public static int referenceBefore(String s, int end) {
    return earliest(referenceStart(s, end, '较'), referenceStart(s, end, '比'), referenceStart(s, end, '与'), referenceStart(s, end, '和'));
  }

  /** Where {@code mark} and a reference other than the target (上年, 2022年, 去年同期) ending at {@code end} start, or -1. */
  private static int referenceStart(String s, int end, char mark) {
    String ref = endingAt(s, end, OTHER_REFERENCES);
    int at;
    if (ref != null) {
      at = end - ref.length();
    } else {
      int e = Chars.endsWith(s, end, "同期") ? end - 2 : Chars.endsWith(s, end, "年度") ? end - 1 : end;
      if (e < 6 || s.charAt(e - 1) != '年' || Chars.digitsEnd(s.toCharArray(), e - 5) != e - 1 || (e > 5 && Chars.isAsciiDigit(s.charAt(e - 6)))) {
        return -1;
      }
      at = e - 5; // 较2022年, 比2022年同期
    }
    return at > 0 && s.charAt(at - 1) == mark ? at - 1 : -1;
  }

  /** Where one of {@code words} ending at {@code end} starts, or -1. */
  static int endingWith(String s, int end, List<String> words) {
    String word = endingAt(s, end, words);
    return word == null ? -1 : end - word.length();
  }

  static @Nullable String endingAt(String s, int end, List<String> words) {
    for (String word : words) {
      if (Chars.endsWith(s, end, word)) {
        return word;
      }
    }
    return null;
  }

  /** {@code d} of {@code q} in {@code unit}: the figure's value converted, for restating. */
  public static BigDecimal inUnit(Quantity q, Unit unit) {
    return q.unit().isCompatibleWith(unit) ? q.unit().convert(q.value(), unit) : q.value();
  }
}
