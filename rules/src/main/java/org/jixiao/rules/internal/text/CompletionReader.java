package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Term;
import org.jixiao.rules.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Vocabulary} reads a text (see {@link Vocabulary#read}): its words indexed by first
 * character, and the one left-to-right pass that finds them, the negations, clause ends,
 * absences and counts of part of the target between them. Built with its vocabulary; immutable.
 */
public final class CompletionReader {
  /** The vocabulary's entries by normalised word: whole-text entries are looked up here. */
  private final Map<String, Term> byWord;
  /**
   * The first characters of the words, each with its position in {@link #byFirstChar}: one probe
   * per character read (a {@code Map<Character, …>} boxed every lookup, a binary search took
   * several steps).
   */
  private final CharTable firstCharTable;

  /** The words starting with the k-th first character, longest first (arrays: looked up at most characters). */
  private final Entry[][] byFirstChar;
  /**
   * The characters at which {@link #read} can find anything (a word, a negation, a clause
   * end, a count): at any other character it only moves on, so it skips them without trying
   * every word list there. Reading stays exactly the same.
   */
  private final CharSet starts;
  /** The length of the longest whole-text entry: a longer cell is no such entry, and is not hashed to find out. */
  private final int longestWhole;
  private final BigDecimal mixedFraction;
  private final BigDecimal negatedFraction;

  /**
   * The reader of a vocabulary's words.
   *
   * @param byWord the entries by normalised word, in the order given
   * @param mixedFraction what a partial or mixed shortfall earns
   * @param negatedFraction what a negated completion word earns
   */
  public CompletionReader(Map<String, Term> byWord, BigDecimal mixedFraction, BigDecimal negatedFraction) {
    SortedMap<Character, List<Entry>> index = new TreeMap<>();
    byWord.forEach(
        (word, term) -> {
          if (!term.wholeText()) {
            index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(new Entry(word, term, PART_WORDS.contains(word)));
          }
        });
    char[] firstChars = new char[index.size()];
    this.byFirstChar = new Entry[index.size()][];
    int k = 0;
    for (Map.Entry<Character, List<Entry>> first : index.entrySet()) {
      firstChars[k] = first.getKey();
      List<Entry> sorted = first.getValue();
      sorted.sort((a, b) -> Integer.compare(b.word().length(), a.word().length()));
      byFirstChar[k++] = sorted.toArray(new Entry[0]);
    }
    this.firstCharTable = CharTable.of(firstChars);
    int longest = 0;
    for (Map.Entry<String, Term> entry : byWord.entrySet()) {
      if (entry.getValue().wholeText()) {
        longest = Math.max(longest, entry.getKey().length());
      }
    }
    this.longestWhole = longest;
    this.byWord = byWord;
    this.starts = FIXED_STARTS.with(firstChars);
    this.mixedFraction = mixedFraction;
    this.negatedFraction = negatedFraction;
  }

  /** Reads the completion words of a text, as {@link Vocabulary#read} says; empty when it holds none. */
  public Optional<Reading> read(String text) {
    String s = IndicatorTexts.normalize(text).strip();
    char[] chars = CharArrays.of(s); // read, never written: shared with the other scanners of s
    List<Term> hits = new ArrayList<>();
    String cell = CompletionContexts.stripEnd(s, chars);
    Term whole = cell.length() <= longestWhole ? byWord.get(cell) : null;
    if (whole != null && whole.wholeText()) {
      hits.add(whole);
    } else if (cell.length() <= LONGEST_NOTHING_HAPPENED && Absence.NOTHING_HAPPENED.contains(cell)) {
      // 未发生, 未出现 as the whole answer: what the target guards against did not happen
      return Optional.of(new Reading(List.of(Term.completion(cell, Band.ACHIEVED, BigDecimal.ONE)), Band.ACHIEVED, BigDecimal.ONE, false, false));
    }
    int n = s.length();
    String negation = null; // the open negation of this clause
    int negationEnd = 0; // where it ends
    boolean partial = false; // whether the clause so far names part of the target (第3期, 其中2期)
    boolean clauseHasTerm = false;
    boolean negationCounted = false; // whether the open negation is itself a word found (未能)
    int deniedFact = -1; // where the unwanted thing a word of absence denies starts (无逾期: 逾期)
    int reported = -1; // whether the text reports a count of occurrences (1) or not (0), asked once at the first absence
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (!mayStartAt(c)) {
        i++;
        continue;
      }
      if (Clauses.isClauseEnd(c)) {
        if (negation != null && !clauseHasTerm) {
          hits.add(shortfall(negation + "…", partial, negatedFraction));
        }
        negation = null;
        negationCounted = false;
        partial = false;
        clauseHasTerm = false;
        i++;
        continue;
      }
      int within = Absence.withinLimitAt(s, chars, i);
      if (within > 0) { // 未超预算, 没有超支: the limit was kept
        if (negation != null && Absence.deniesInside(s, negationEnd, i)) { // 没有把支出控制在预算内: the open negation denies it
          hits.add(shortfall(negation + "…" + s.substring(i, i + within), partial, negatedFraction));
          negation = null;
          clauseHasTerm = true;
          i += within;
          continue;
        }
        hits.add(none(s.substring(i, i + within)));
        clauseHasTerm = true;
        i += within;
        continue;
      }
      int over = Absence.overLimitAt(s, chars, i);
      if (over > 0 && ShortfallDenials.prohibited(s, i)) { // 严禁超预算: a rule restated, no result
        i += over;
        continue;
      }
      if (over > 0) { // 超出预算, 高于计划成本: the limit was not kept, unless that is denied (未出现超预算情况, 避免超出预算,
        // 超预算：否, 超预算项目0个)
        int denier = ShortfallDenials.denier(s, chars, i, i + over);
        int nil = denier >= 0 ? -1 : Nil.after(s, chars, i + over);
        hits.add(denier >= 0 ? none(s.substring(denier, i + over)) : nil > 0 ? none(s.substring(i, nil))
            : shortfall(s.substring(i, i + over), partial, negatedFraction));
        negation = denier >= 0 ? null : negation;
        clauseHasTerm = true;
        i += over;
        continue;
      }
      int absence = Absence.absenceAt(s, chars, i);
      if (absence > 0 && c == '零' && (ShortfallDenials.zeroOfAFigure(s, i, Absence.unwantedEnd(s, chars, i + 1))
          || (ShortfallDenials.zeroOfAFigure(s, i, i + 1) && Absence.unwantedStart(s, chars, i + 1) != i + 1) // 结余为零因此超支
          || ShortfallDenials.aimDenied(s, i))) {
        // 支出为零逾期未付: a figure's zero; 尚未做到零逾期: the aim of none denied. No absence: the word after
        // it is read as itself
        i += absence;
        continue;
      }
      if (absence > 0 && reported < 0) {
        reported = OccurrenceDenials.reportsOccurrence(s) ? 1 : 0; // once: 零投诉零投诉… would ask it at each 零
      }
      if (absence > 0 && reported == 1) {
        // 发生一般事故1起，没有造成人员伤亡: something happened; the denial beside it says nothing of none
        i += absence;
        continue;
      }
      if (absence > 0) { // 未发生安全事故, 无投诉: what should not happen did not
        hits.add(none(s.substring(i, i + absence)));
        clauseHasTerm = true;
        int unwanted = Absence.unwantedStart(s, chars, i + absence);
        deniedFact = unwanted >= 0 && ShortfallDenials.bridged(s, i + absence, unwanted) ? unwanted : -1; // 无逾期, not 因无资金导致项目逾期
        i += absence;
        continue;
      }
      if (c == '率') {
        int zero = Absence.unwantedRateAtZero(s, chars, i);
        if (zero > 0) { // 投诉率为零, 事故发生率为0: nothing unwanted happened
          hits.add(none(s.substring(Math.max(Clauses.clauseStart(s, i), i - 4), zero)));
          clauseHasTerm = true;
          i = zero;
          continue;
        }
      }
      Entry entry = longestAt(s, chars, i);
      if (entry != null) {
        Term term = entry.term();
        int length = entry.word().length();
        if (term.kind() == Term.Kind.NEGATIVE_FACT && i == deniedFact) { // 无逾期, 未出现超期: the absence said it
          i += length;
          continue;
        }
        int nil = term.band() != Band.ACHIEVED && term.kind() != Term.Kind.DEGREE ? Nil.after(s, chars, i + length) : -1;
        if (nil > 0) { // 逾期率为0, 超时率为零, 不合格率为零, 超支：无, 延误0天: the shortfall counted did not happen
          hits.add(none(s.substring(i, nil)));
          clauseHasTerm = true;
          i = nil;
          continue;
        }
        if (term.kind() == Term.Kind.NEGATIVE_FACT && ShortfallDenials.prohibited(s, i)) { // 严禁超支: a rule restated, no result
          i += length;
          continue;
        }
        int twice = term.band() != Band.ACHIEVED && NEGATION_STARTS.indexOf(chars[i]) >= 0 ? ShortfallDenials.noneOfANegated(s, i) : -1;
        if (twice >= 0) { // 无不合格项, 未发现不达标情况: no failure was found
          hits.add(none(s.substring(twice, i + length)));
          negation = null;
          clauseHasTerm = true;
          i += length;
          continue;
        }
        if (term.kind() == Term.Kind.NEGATIVE_FACT && NEGATION_STARTS.indexOf(chars[i]) < 0) {
          int denier = ShortfallDenials.denier(s, chars, i, i + length);
          if (denier >= 0) { // 没有延期, 未因天气原因推迟: the shortfall named did not happen
            hits.add(none(s.substring(denier, i + length)));
            negation = null;
            clauseHasTerm = true;
            i += length;
            continue;
          }
        }
        if (entry.partWord()) {
          partial = true;
        }
        if (term.kind() == Term.Kind.DECOY
            || (term.kind() == Term.Kind.DEGREE && !CompletionContexts.qualifies(s, chars, i, length, cell) && !lowersAWordAfter(term, s, chars, i + length))) {
          i += length;
          continue;
        }
        String negated = negation != null && !(negationCounted && term.band() != Band.ACHIEVED) ? negation : Negations.immediate(s, chars, i);
        if (negated == null && term.kind() == Term.Kind.DEGREE && i > 0 && chars[i - 1] == '无' && CompletionContexts.betterAt(s, i + length)) {
          negated = "无"; // 无明显提升: 无 denies a degree of improvement (无投诉 is a fact, 无明显下降 may be the aim)
        }
        if (negated != null && term.band() == Band.ACHIEVED) {
          hits.add(shortfall(negated + entry.word(), partial, negatedFraction));
          negation = null; // spent: in 未按时完成 the 完成 still counts, and the two read as mixed
        } else if (partial && term.band() == Band.NOT_ACHIEVED && term.kind() != Term.Kind.WITHDRAWAL) {
          hits.add(shortfall(entry.word(), true, term.fraction()));
        } else {
          hits.add(term);
        }
        clauseHasTerm = true;
        if (term.band() == Band.NOT_ACHIEVED && Clauses.negationAt(s, chars, i) > 0 && negated == null) {
          negation = entry.word(); // 未能 opens a negation: 未能按时开班
          negationEnd = i + length;
          negationCounted = true;
        }
        i += length;
        continue;
      }
      int passed = c == '通' ? Acceptance.passedAt(s, chars, i) : DoneActions.mayStartAt(c) ? DoneActions.at(s, chars, i) : 0;
      if (passed > 0) { // 通过省级验收 (accepted, whoever is named between); 全部发放, 拨付到位 (the work's own verb, done)
        String negated = negation != null ? negation : Negations.immediate(s, chars, i);
        String said = c == '通' ? "通过…" + s.substring(i + passed - 2, i + passed) : s.substring(i, i + passed);
        hits.add(negated != null ? shortfall(negated + said, partial, negatedFraction) : Term.completion(said, Band.ACHIEVED, BigDecimal.ONE));
        negation = null;
        clauseHasTerm = true;
        i += passed;
        continue;
      }
      int marker = Clauses.negationAt(s, chars, i);
      if (marker > 0) {
        if (negation == null) {
          negation = s.substring(i, i + marker);
          negationEnd = i + marker;
        }
        i += marker;
        continue;
      }
      if (c == '存' && Clauses.shortfallAt(s, chars, i) > 0) { // 存在以下问题
        hits.add(shortfall("存在…", false, mixedFraction, Band.PARTLY_ACHIEVED));
        clauseHasTerm = true;
        i += 2;
        continue;
      }
      int gap = GAP_STARTS.indexOf(c) >= 0 ? Clauses.gapLeftAt(s, chars, i) : 0;
      if (gap > 0) { // 与年度目标仍有一定差距: part of the target is left
        hits.add(shortfall(s.substring(i, i + gap) + "…差距", false, mixedFraction, Band.PARTLY_ACHIEVED));
        clauseHasTerm = true;
        i += gap;
        continue;
      }
      if (c == '按' && CompletionContexts.conformity(s, chars, i)) { // 按该标准发放
        String negated = negation != null && negationEnd == i ? negation : Negations.immediate(s, chars, i);
        if (negated == null) {
          hits.add(Term.completion("按…标准", Band.ACHIEVED, BigDecimal.ONE));
        } else if (ShortfallDenials.breachDealtWith(s, i - negated.length()) >= 0 || Nil.later(s, chars, i)) {
          // 未发现未按规定使用资金情况, 杜绝不按标准收费, 未按规定使用资金的情况为零: the breach did not happen
          int from = ShortfallDenials.breachDealtWith(s, i - negated.length());
          hits.add(none(s.substring(from >= 0 ? from : i - negated.length(), i + 1)));
          negation = null;
        } else {
          // 未按要求发放, 没有按照计划实施: not done as the rule says (未完全按计划: not in full); the negation
          // stays open for what follows (未按要求控制在预算内)
          // 开展培训10期，未按要求开展1期: a count not done as asked beside a count done is a part of the work
          int negationStart = i - negated.length();
          boolean countedPart = PartCounts.sharesAUnit(chars, i, Clauses.clauseEnd(s, i), negationStart); // the same unit: 10期 … 1期
          boolean notInFull = negated.contains("完全") || negated.contains("全部") || CompletionContexts.partNamedLater(s, i) || countedPart;
          hits.add(shortfall(negated + "按…", partial || notInFull, negatedFraction));
        }
        clauseHasTerm = true;
        i++;
        continue;
      }
      int count = PartCounts.end(chars, i);
      if (count > i) {
        partial = true;
        i = count;
        continue;
      }
      if (c == '第' || (PART_STARTS.indexOf(c) >= 0 && Chars.startsWithAny(s, i, PART_WORDS))) {
        partial = true;
      }
      i++;
    }
    if (negation != null && !clauseHasTerm) {
      hits.add(shortfall(negation + "…", partial, negatedFraction));
    }
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    boolean high = false;
    boolean low = false;
    boolean withdrawn = true;
    for (int k = 0; k < hits.size(); k++) { // by index: no iterator for each reading
      Term t = hits.get(k);
      high |= t.band() == Band.ACHIEVED;
      low |= t.band() == Band.NOT_ACHIEVED;
      withdrawn &= t.kind() == Term.Kind.WITHDRAWAL;
    }
    if (high && low) {
      return Optional.of(new Reading(hits, Band.PARTLY_ACHIEVED, mixedFraction, true, false));
    }
    Term lowest = hits.get(0);
    for (int k = 1; k < hits.size(); k++) {
      Term t = hits.get(k);
      if (t.fraction().compareTo(lowest.fraction()) < 0) {
        lowest = t;
      }
    }
    return Optional.of(new Reading(hits, lowest.band(), lowest.fraction(), false, withdrawn));
  }

  /** Whether {@code ch} may start something read whatever the words are (see {@link #starts}). */
  private static boolean fixedStart(char ch) {
    return Clauses.isClauseEnd(ch)
        || Absence.mayStartAt(ch) // withinLimitAt, absenceAt
        || Clauses.isNegationStart(ch)
        || ch == '存' || ch == '按' || ch == '第' || ch == '通' // shortfallAt, conformity, partCount, Acceptance
        || DoneActions.mayStartAt(ch)
        || ch == '率' // Absence.unwantedRateAtZero
        || GAP_STARTS.indexOf(ch) >= 0 // Clauses.gapLeftAt
        || (ch >= '0' && ch <= '9') || ChineseNumerals.isStart(ch) // partCount
        || PART_STARTS.indexOf(ch) >= 0;
  }

  private boolean mayStartAt(char c) {
    return starts.contains(c);
  }

  private static final int LONGEST_NOTHING_HAPPENED = Absence.NOTHING_HAPPENED.stream().mapToInt(String::length).max().orElse(0);

  /** Words that name part of a target: a shortfall after them concerns that part only. */
  private static final List<String> PART_WORDS = List.of("部分", "个别", "少数", "其中", "有的", "一些", "极少数");

  /** The first characters of {@link #PART_WORDS}. */
  private static final String PART_STARTS = PART_WORDS.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());

  /** The starts that do not depend on the words: see {@link #starts}. */
  private static final CharSet FIXED_STARTS = CharSet.of(c -> fixedStart((char) c));

  /** A shortfall term: partly achieved when it concerns part of the target. */
  private Term shortfall(String word, boolean partial, BigDecimal fraction) {
    return shortfall(word, partial, fraction, Band.NOT_ACHIEVED);
  }

  private Term shortfall(String word, boolean partial, BigDecimal fraction, Band band) {
    if (partial) {
      return new Term(word, Term.Kind.NEGATIVE_FACT, Band.PARTLY_ACHIEVED, mixedFraction, false);
    }
    return new Term(word, Term.Kind.NEGATIVE_FACT, band, fraction, false);
  }

  /** The highest fraction of a degree word that says a word of completion after it was met only so far. */
  private static final BigDecimal LOWERING = new BigDecimal("0.80");

  /**
   * Whether {@code degree}, a degree below the band's top (基本, 一般, 部分, 有所), stands right before
   * a word of completion (基本符合, 基本合格, 基本按时): it says how far that word holds, as in the
   * listed 基本完成 and 基本达标, where the word alone read 100 %.
   */
  private boolean lowersAWordAfter(Term degree, String s, char[] chars, int end) {
    if (degree.fraction().compareTo(LOWERING) > 0 || end >= chars.length) {
      return false;
    }
    Entry next = longestAt(s, chars, end);
    if (next == null || next.term().kind() != Term.Kind.COMPLETION || next.term().band() != Band.ACHIEVED) {
      return false;
    }
    int after = end + next.word().length();
    // 为部分符合条件的群众发放: the degree tells which people, not how far the work was done
    return !(s.startsWith("条件", after) || s.startsWith("的", after));
  }

  /**
   * An entry of the index: the normalised word, its term, and whether it is one of {@link
   * #PART_WORDS} (known when the index is built, not looked up in that list at every match).
   */
  private record Entry(String word, Term term, boolean partWord) {}

  private @Nullable Entry longestAt(String s, char[] chars, int i) {
    int k = firstCharTable.indexOf(chars[i]);
    if (k < 0) {
      return null;
    }
    for (Entry entry : byFirstChar[k]) {
      if (s.startsWith(entry.word(), i)) {
        return entry;
      }
    }
    return null;
  }

  /** First characters of the words of {@link Clauses#gapLeftAt}. */
  private static final String GAP_STARTS = "还仍尚依";

  /** First characters of the negative facts that carry their own negation (未能, 不到位, 无人申请): no other denies them. */
  private static final String NEGATION_STARTS = "未不没无";

  /** A statement that something did not happen or a limit was kept (无投诉, 未超预算): achieved, marked by its ellipsis. */
  private static Term none(String words) {
    return Term.completion(words + "…", Band.ACHIEVED, BigDecimal.ONE);
  }

  /**
   * Whether {@code term} is a statement that something unwanted did not happen or a limit was
   * kept (未发生安全事故, 无投诉, 未超预算): it answers a target asking for none or a ceiling, never
   * one asking for at least a count.
   */
  public static boolean statesNone(Term term) {
    return term.kind() == Term.Kind.COMPLETION
        && term.band() == Band.ACHIEVED
        && (term.word().endsWith("…") || Absence.NOTHING_HAPPENED.contains(term.word())); // 无投诉…, or 未发生 alone
  }
}
