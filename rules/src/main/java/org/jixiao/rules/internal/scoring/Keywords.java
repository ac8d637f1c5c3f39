package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.rules.internal.text.FigureRoles;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Keyword likeness of the words before two figures, to tell which actual figure answers a
 * target figure ({@code 举办公益招聘会60场} vs {@code 举办公益招聘会…共60场}): the number of
 * shared character pairs in the words before each — back to the previous figure or the start of
 * the clause, at most 16 characters.
 */
final class Keywords {
  private Keywords() {}

  private static final int WINDOW = 16;

  /** The character pairs of the clause before {@code position} in {@code text}. */
  static Set<String> before(String text, int position) {
    int from = position;
    while (from > 0
        && position - from < WINDOW
        && !isClauseEnd(text.charAt(from - 1))
        && !Character.isDigit(text.charAt(from - 1))) {
      from--;
    }
    Set<String> pairs = new HashSet<>();
    for (int i = from; i + 1 < position; i++) {
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        pairs.add(text.substring(i, i + 2));
      }
    }
    return pairs;
  }

  /** The character pairs of a whole text, such as an indicator's name (女性培训人数: 女性, 性培, 培训 …). */
  static Set<String> of(String text) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        pairs.add(text.substring(i, i + 2));
      }
    }
    return pairs;
  }

  /** Characters of the words a target compares with (控制在, 不低于, 达到, 不超过): they name no thing, and pair nothing. */
  private static final String COMPARING = "控制在不低于高达到少多超过以内上下至小大等";

  /** {@code pairs} less those made only of {@link #COMPARING} characters (控制, 制在, 不低, 低于 …). */
  static Set<String> withoutComparisons(Set<String> pairs) {
    Set<String> out = null;
    for (String p : pairs) {
      if (COMPARING.indexOf(p.charAt(0)) >= 0 && COMPARING.indexOf(p.charAt(1)) >= 0) {
        out = out == null ? new HashSet<>(pairs) : out;
        out.remove(p);
      }
    }
    return out == null ? pairs : out;
  }

  /**
   * The head of the words before {@code position} in {@code text}: their last pair, past words of comparison (分类池≥20个,
   * 分类池不少于20个: 类池), or null when none. A Chinese noun phrase ends with its head (建筑垃圾分类池: a 池), which tells a
   * figure of it from one of a sibling sharing its modifiers (建筑垃圾中转站7个、分类池17个).
   */
  static @Nullable String head(String text, int position) {
    int k = position - 1;
    while (k >= 0 && position - k <= WINDOW && (!Character.isLetter(text.charAt(k)) || COMPARING.indexOf(text.charAt(k)) >= 0)) {
      if (isClauseEnd(text.charAt(k)) || Character.isDigit(text.charAt(k))) {
        return null;
      }
      k--;
    }
    return k >= 1 && Character.isLetter(text.charAt(k - 1)) ? text.substring(k - 1, k + 1) : null;
  }

  /** Pairs that name a period (每月, 全年, 季度): shared by a frequency and any count over it, they pair nothing. */
  static Set<String> withoutPeriods(Set<String> pairs) {
    Set<String> out = new HashSet<>(pairs);
    out.removeIf(p -> p.indexOf('每') >= 0 || p.equals("全年") || p.equals("年度") || p.equals("季度") || p.equals("月度"));
    return out;
  }

  /**
   * Of rates no other reading told apart, those whose words before them share the most pairs with the indicator's
   * name (婴儿死亡率 ≤5‰ against 孕产妇死亡率1.5‰，婴儿死亡率3.2‰: 3.2 ‰); all of them when none shares any, or when
   * one is not the first figure of its clause with words of its own before it (完成8/10: the 10 goes with the 8;
   * 参保率由90%提高到92%: a move, which other readings weigh).
   */
  static List<Quantity> closestToName(List<Quantity> figures, String actual, String name) {
    Set<String> want = of(name);
    int best = 0;
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : figures) {
      Set<String> label = before(actual, q.start());
      if (label.isEmpty() || !firstOfItsClause(actual, q.start())) {
        return figures;
      }
      int likeness = shared(want, label);
      if (likeness > best) {
        best = likeness;
        out.clear();
      }
      if (likeness == best && likeness > 0) {
        out.add(q);
      }
    }
    return out.isEmpty() ? figures : out;
  }

  /**
   * Of counts no other reading told apart, the one whose words before it (back to the previous figure or its clause's
   * start) open with a pair of the indicator's name and hold a pair of it that no other count's words hold, when exactly
   * one does (老旧小区改造完工数量 against 开工12个，完工7个: 7; 新建公厕数量 against 新建3座、改造提升9座: 3; 进校园讲座 against
   * 开展18次，其中进校园讲座7次: 7), or when a total and one part of it do, the part (培训320人，其中女性120人 under
   * 培训女性人数: the name joins the total's words and the part's). All of them otherwise: when none opens so (受理案件168件，结案143件 under 案件数), or
   * when more than one does, or when the words that tell them apart only name work in general (建设, 项目: 新建光伏电站6个，
   * 建设产业路项目4个 under 建设项目数 are both). Only among counts each first in its clause and none a plan: a move
   * (由480人增加到560人) and a plan left beside a level (培训280人（目标300人）) are for other readings to settle. A name
   * that denies (未整改问题, 未就业人数) is answered only by words that deny alike. A total is not told from its parts by
   * its words alone: the name may ask a part in other words (培训300人，其中女性120人 under 妇女技能培训人数) or in the
   * part's own (培训脱贫户和一般农户120人，其中脱贫户45人 under 培训脱贫户), and parts adding up to more make it no total.
   */
  static List<Quantity> distinctToName(List<Quantity> figures, String actual, String name) {
    if (figures.size() > MOST_TIED || Texts.containsAny(name, SUMS)) { // 培训总人次: the sum of them
      return figures;
    }
    for (Quantity q : figures) {
      if (followsAnotherInItsClause(figures, actual, q) || FigureRoles.of(actual, q.start()) == FigureRoles.Role.PLAN || RestatedTargets.asideAt(actual, q.start()) >= 0) {
        return figures;
      }
    }
    Set<String> asked = askedOf(name);
    List<Set<String>> shared = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      shared.add(namedBefore(actual, q, asked));
    }
    Map<String, Integer> holders = new HashMap<>(); // how many counts' words hold each pair
    for (Set<String> label : shared) {
      label.forEach(pair -> holders.merge(pair, 1, Integer::sum));
    }
    List<Set<String>> owns = new ArrayList<>(figures.size());
    for (Set<String> label : shared) {
      Set<String> own = new HashSet<>(label);
      own.removeIf(pair -> holders.getOrDefault(pair, 0) > 1);
      owns.add(own);
    }
    int only = -1;
    int total = -1; // a count the name names whose part it names too (培训320人，其中女性120人 under 培训女性人数)
    for (int i = 0; i < figures.size(); i++) {
      // 受理法律援助案件326件 under 法律援助案件办结数: the subject is the name's, the stage (受理) is not
      if (!owns.get(i).isEmpty() && asked.contains(opening(actual, figures.get(i).start(), figures))) {
        if (only < 0) {
          only = i;
        } else if (total < 0 && partOf(figures, actual, i, only)) {
          total = only;
          only = i; // the name joins the total's words and the part's: it asks the part
        } else {
          return figures;
        }
      }
    }
    if (only < 0) {
      return figures;
    }
    List<Quantity> said = total < 0 ? List.of(figures.get(only)) : List.of(figures.get(only), figures.get(total));
    if (!deniesAsTheName(shared.get(only), asked) || !totalAnswers(figures, actual, only, shared, name)
        || !stagesNamedAreSaid(name, said, actual) || siblingsShareTheName(shared, only)) {
      return figures;
    }
    boolean lastNamed = of(name).contains(lastPair(actual, figures.get(only).start()));
    for (int j = 0; j < figures.size(); j++) {
      if (j != only && !owns.get(j).isEmpty() && !lastNamed) {
        // 开展电工作业培训260人，考核取证183人 under 电工作业取证人数: the other holds the stage asked, this one's own
        // stage (培训) is not the name's
        return figures;
      }
    }
    return List.of(figures.get(only));
  }

  /**
   * More counts than this left tied are a list, which no name tells apart; the bound also keeps a hostile cell of
   * thousands of figures from being read pair by pair.
   */
  private static final int MOST_TIED = 8;

  /**
   * Whether two of {@code figures}, neither a part, each have words holding a pair of the name the other's lack: the name
   * counts what each says only half of (全年专利授权2,350件；发明专利申请410件 under 发明专利授权量: 授权 in one, 发明 in
   * the other), so neither is what it counts.
   */
  static boolean nameSplitAmong(List<Quantity> figures, String actual, String name) {
    Set<String> asked = askedOf(name);
    List<Set<String>> shared = new ArrayList<>();
    for (Quantity q : figures) {
      if (FigureRoles.partAt(actual, q.start()) < 0) {
        shared.add(namedBefore(actual, q, asked));
      }
    }
    for (int i = 0; i < shared.size(); i++) {
      for (int j = i + 1; j < shared.size(); j++) {
        if (!shared.get(j).containsAll(shared.get(i)) && !shared.get(i).containsAll(shared.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words of a name that ask the sum of what is counted (培训总人次, 救助总数, 合计). */
  private static final List<String> SUMS = List.of("总", "合计");

  /**
   * Whether two counts other than {@code chosen} hold a pair of the name in common that its words do not: counts of one
   * subject split by kind (受理刑事法律援助案件186件、民事法律援助案件140件；办结298件 under 刑事法律援助案件办结数), whose sum
   * the chosen one may be; not a total and a part beside the part chosen (培训1250人次，其中线上培训760人次、线下培训490人次).
   */
  private static boolean siblingsShareTheName(List<Set<String>> shared, int chosen) {
    for (int i = 0; i < shared.size(); i++) {
      for (int j = i + 1; j < shared.size(); j++) {
        if (i != chosen && j != chosen) {
          for (String pair : shared.get(i)) {
            if (shared.get(j).contains(pair) && !shared.get(chosen).contains(pair)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code figures[part]} is a part (其中, 含) and {@code figures[total]}, before it, no part. */
  private static boolean partOf(List<Quantity> figures, String actual, int part, int total) {
    return figures.get(total).end() <= figures.get(part).start() && FigureRoles.partAt(actual, figures.get(part).start()) >= 0
        && FigureRoles.partAt(actual, figures.get(total).start()) < 0;
  }

  /** The two characters right before {@code position}, or "" (培训 of 开展电工作业培训260人). */
  private static String lastPair(String text, int position) {
    return position >= 2 ? text.substring(position - 2, position) : "";
  }

  /**
   * Whether each stage of the work the name counts (办结 of 法律援助案件办结数, 竣工 of 危房改造竣工户数) is said before one
   * of the figures: where none says it (受理326件，指派律师承办318件; 鉴定危房230户，开工215户) the figures are of other
   * stages, and that each meets the target says nothing of the stage asked.
   */
  static boolean stagesNamedAreSaid(String name, List<Quantity> ties, String actual) {
    for (String stage : STAGES) {
      if (name.contains(stage)) {
        boolean said = false;
        for (Quantity q : ties) {
          said = said || before(actual, q.start()).contains(stage);
        }
        if (!said) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Words of a stage of work that passes through several (受理 → 办结, 开工 → 竣工, 申请 → 授权, 培训 → 取证), and of
   * work added this year (新增, 新建: not the stock 累计 or 达到 counts).
   */
  private static final List<String> STAGES =
      List.of("受理", "办结", "结案", "审结", "立案", "查处", "开工", "竣工", "完工", "交工", "建成", "验收", "申请", "申报", "授权",
          "核准", "注册", "取证", "发证", "持证", "鉴定", "考核", "合格", "整改", "排查", "签约", "履约", "拨付", "发放", "调解", "审查",
          "批准", "录用", "就业", "结业", "新增", "新建");

  /** Whether {@code words} (pairs of the name) hold each pair of the name that denies (未整改: 未整). */
  private static boolean deniesAsTheName(Set<String> words, Set<String> asked) {
    for (String pair : asked) {
      if ((pair.charAt(0) == '未' || DENIALS.contains(pair)) && !words.contains(pair)) {
        return false;
      }
    }
    return true;
  }

  /** Whether another of {@code figures} stands before {@code q} in its clause (由480人增加到560人; not 受理12345热线工单23650件). */
  static boolean followsAnotherInItsClause(List<Quantity> figures, String text, Quantity q) {
    int from = q.start();
    while (from > 0 && !isClauseEnd(text.charAt(from - 1))) {
      from--;
    }
    for (Quantity other : figures) {
      if (other != q && other.start() >= from && other.end() <= q.start()) {
        return true;
      }
    }
    return false;
  }

  /** Pairs that deny in a name besides those opening with 未 (不合格批次, 不达标户数; not 不动产, 无害化). */
  private static final Set<String> DENIALS = Set.of("不合", "不达", "不符", "不规", "不及");

  /**
   * Whether {@code figures[chosen]} may answer as a total beside the parts among {@code figures}: it is itself a part,
   * or no other is, or its words hold every pair of the name's work while no part's words hold any and the parts add up
   * to no more than it.
   */
  private static boolean totalAnswers(List<Quantity> figures, String actual, int chosen, List<Set<String>> shared, String name) {
    Quantity total = figures.get(chosen);
    if (FigureRoles.partAt(actual, total.start()) >= 0) {
      return true;
    }
    List<Quantity> parts = new ArrayList<>();
    for (int j = 0; j < figures.size(); j++) {
      if (j != chosen && FigureRoles.partAt(actual, figures.get(j).start()) >= 0) {
        if (!shared.get(j).isEmpty()) {
          return false; // 其中脱贫户45人 under 培训脱贫户: the part may be what the name asks
        }
        parts.add(figures.get(j));
      }
    }
    return parts.isEmpty() || (shared.get(chosen).containsAll(namedWork(name)) && !LevelsFirst.partsExceedTotal(List.of(total), parts, actual));
  }

  /** The pairs of the name less its measure (妇女技能培训人数: 妇女 … 培训) and less {@link #GENERIC} ones. */
  static Set<String> namedWork(String name) {
    return askedOf(RestatedTargets.withoutMeasure(name));
  }

  /** The pairs of {@code name} that say which work it counts: all but the {@link #GENERIC} ones. */
  private static Set<String> askedOf(String name) {
    Set<String> pairs = of(name);
    pairs.removeAll(GENERIC);
    return pairs;
  }

  /** The pairs of {@code asked} that the words before {@code q} hold (see {@link #before}). */
  private static Set<String> namedBefore(String actual, Quantity q, Set<String> asked) {
    Set<String> label = before(actual, q.start());
    label.retainAll(asked);
    return label;
  }

  /**
   * The first pair of the words before {@code position} (back as {@link #before} goes), after words that open a clause
   * without saying what was done (其中, 全年, 已, 共, 开展): 新建 of 新建3座, 受理 of 受理投诉126件, 发表 of 已发表8篇.
   */
  private static String opening(String text, int position, List<Quantity> figures) {
    int from = position;
    while (from > 0 && position - from < WINDOW && !isClauseEnd(text.charAt(from - 1)) && !Character.isDigit(text.charAt(from - 1))) {
      from--;
    }
    if (from > 0 && Character.isDigit(text.charAt(from - 1)) && !within(figures, from - 1)) {
      return ""; // 受理12345热线工单23650件: digits inside the words, whose opening is further back
    }
    for (boolean skipped = true; skipped; ) {
      skipped = false;
      for (String opener : OPENERS) {
        if (text.startsWith(opener, from) && from + opener.length() < position) {
          from += opener.length();
          skipped = true;
        }
      }
    }
    while (from + 1 < position && !(Character.isLetter(text.charAt(from)) && Character.isLetter(text.charAt(from + 1)))) {
      from++;
    }
    return from + 1 < position ? text.substring(from, from + 2) : "";
  }

  /** Whether one of {@code figures} covers {@code at}. */
  private static boolean within(List<Quantity> figures, int at) {
    for (Quantity q : figures) {
      if (q.start() <= at && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that open a clause before what was done (其中女性120人, 全年开展18次, 已发表8篇, 组织培训150人次). Not 累计:
   * 累计床位310张 is another count than 新增床位.
   */
  private static final List<String> OPENERS =
      List.of("其中", "全年", "年度", "本年", "今年", "已", "共", "另", "均", "并", "为", "开展", "组织", "实施", "完成");

  /** Pairs that name work in general, not which work: shared by counts of different work (新建电站, 建设道路项目). */
  private static final Set<String> GENERIC = Set.of("建设", "项目", "工程", "工作", "实施", "开展", "完成");

  /** Whether no digit stands between the start of the clause holding {@code at} and it. */
  private static boolean firstOfItsClause(String text, int at) {
    for (int k = at - 1; k >= 0 && !isClauseEnd(text.charAt(k)); k--) {
      if (Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** How many pairs two sets share. */
  static int shared(Set<String> a, Set<String> b) {
    int count = 0;
    for (String pair : a) {
      if (b.contains(pair)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isClauseEnd(char c) {
    return c == ';' || c == '。' || c == ',' || c == '、' || c == ':' || c == '(' || c == ')' || c == '\n';
  }
}
