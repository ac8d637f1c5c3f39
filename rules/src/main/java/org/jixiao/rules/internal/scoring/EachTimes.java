package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Periods;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A figure said of each one of a counted set, as a total: 全区5个街道各举办2场 is 10 场, 共举办三批次，每批次40人 is 120 人,
 * 覆盖8个乡镇，每个乡镇开展两次 is 16 次, 春季、秋季招聘会各两场 is 4 场. A reader multiplies; the scorer took the figure of one
 * (20 %). The set is a figure counted before the 每 or 各 in the same sentence, whose measure word (批次, 期, 个乡镇) 每 repeats,
 * or the figure right before 各 with at most a noun between (5个街道各), names joined by 、 before 各 in its clause, or a run of
 * quarters or months right before 各 (一至三季度各发布1期 is 3 期, 1-6月各开展1次 6 次). Not a
 * period (每月1次 is {@link Periods}' to restate), not 各 opening a noun (各类, 各乡镇: no set counted), and not when the target
 * itself is per one (每期≥50人, 各≥4场, 人均): then the figure of one answers it. An amount per one of a measure is a total too
 * under a target of a total amount (按每亩300元标准补贴8,000亩 under ≥240万元: 240 万元), as is an average per one (户均增收1,200元，
 * 共惠及520户: 62.4 万元), not under a count (每户发放慰问金500元 under 慰问户数).
 */
final class EachTimes {
  private EachTimes() {}

  /** A figure multiplied by the set it was said of, with the two it was made from. */
  record Product(Quantity quantity, Quantity set, Quantity each) {
    /** How it was made, as the reason shows it after the figure: （5 个 × 2 场）. */
    public String note() {
      return "（" + set.describe() + " × " + each.describe() + "）";
    }
  }

  /** The figures of {@code s} with each figure of one of a set replaced by its product, and the products made. */
  record Outcome(List<Quantity> figures, List<Product> products) {
    /** The product {@code q} is, if it is one. */
    public Optional<Product> productOf(Quantity q) {
      for (Product p : products) {
        if (p.quantity() == q) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** Words in a target or a name that ask a figure of one, not a total: 每期≥50人, 5个乡镇各≥4场, 人均培训学时. */
  private static final String PER_ONE = "每各均单";

  /** Farthest the figure of one may stand after its 每 or 各 (每期不少于20人, 各举办培训2期). */
  private static final int NEAR = 8;

  /**
   * The figures of the normalised actual {@code s}, each figure of one of a set multiplied by the set (in order, the product
   * where the figure was); {@code figures} itself when none is, or when the target or the name asks a figure of one.
   */
  static Outcome multiplied(List<Quantity> figures, String s, Quantity wanted, String target, String name) {
    if (figures.isEmpty() || (s.indexOf('每') < 0 && s.indexOf('各') < 0 && s.indexOf('均') < 0) || wanted.per().isPresent()
        || Texts.containsAnyChar(target, PER_ONE) || Texts.containsAnyChar(name, PER_ONE)) {
      return new Outcome(figures, List.of());
    }
    List<Quantity> out = null;
    List<Product> products = new ArrayList<>(1);
    for (int i = 0; i < figures.size(); i++) {
      Quantity each = figures.get(i);
      if (each.per().isEmpty() && each.unit().isMoney() && wanted.unit().isMoney()) {
        String whom = averagedOver(s, figures, i); // 户均增收1,200元: 1200 元/户
        each = whom == null ? each : each.per(whom);
      }
      boolean amount = each.unit().isMoney() && wanted.unit().isMoney() && each.per().isPresent() && !each.isRange();
      if (!amount && (!each.unit().isCount() || each.isRange())) { // 每批次40人 was read as 40 人 per 批次: the per is the set's
        continue;
      }
      Quantity set = amount ? measured(figures, i, each, s) : setOf(figures, i, s);
      if (set == null) {
        continue;
      }
      Quantity product = new Quantity(set.value().multiply(each.value()), Optional.empty(), each.unit(),
          set.approximate() || each.approximate(), each.start(), each.end()); // no per: 300 元/亩 × 8000 亩 is 元
      out = out == null ? new ArrayList<>(figures) : out;
      out.set(i, product);
      products.add(new Product(product, set, each));
    }
    return out == null ? new Outcome(figures, List.of()) : new Outcome(out, products);
  }

  /** The set figure {@code i} of {@code figures} is said of one of, or null. */
  private static @Nullable Quantity setOf(List<Quantity> figures, int i, String s) {
    Quantity each = figures.get(i);
    int from = Math.max(i > 0 ? figures.get(i - 1).end() : 0, each.start() - NEAR);
    for (int k = each.start() - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (Clauses.isClauseEnd(c) && c != ',') {
        return null;
      }
      if (c == '每' && Periods.periodAt(s, k + 1) == null && clean(s, k, each.start())) {
        return repeated(figures, i, s, k + 1);
      }
      if (c == '各' && each.per().isEmpty() && clean(s, k, each.start())) {
        return before(figures, i, s, k);
      }
    }
    return null;
  }

  /**
   * The figure an amount per one of a measure ({@code figures[i]}, read as {@code each}: 每亩300元) is said of under a target of a total amount: the
   * one other figure in its sentence in that measure, neither a range nor per anything (按每亩300元标准补贴8,000亩: 8000 亩,
   * 240 万元). Null when none, or more than one.
   */
  private static @Nullable Quantity measured(List<Quantity> figures, int i, Quantity each, String s) {
    String measure = each.per().orElse("");
    Quantity found = null;
    for (int j = 0; j < figures.size(); j++) {
      Quantity q = figures.get(j);
      if (j != i && q.unit().symbol().equals(measure) && !q.isRange() && q.per().isEmpty()
          && Texts.sameSentence(s, Math.min(q.end(), each.end()), Math.max(q.start(), each.start()))) {
        if (found != null) {
          return null;
        }
        found = q;
      }
    }
    return found;
  }

  /** Whom a word of an average may name before an amount: 户均, 人均, 亩均, 生均 (a student is a person). */
  private static final String AVERAGED = "户人亩生";

  /** Farthest before an amount its word of an average may stand: 户均增收1,200元, 人均发放补贴1500元. */
  private static final int AVERAGE_NEAR = 6;

  /**
   * Whom a word of an average right before the amount {@code figures[i]} in its clause names, with nothing but words
   * between: 户均增收1,200元 户; 平均 the measure of the one count before it in its sentence (补助600户，平均1500元: 户). Null
   * when none.
   */
  private static @Nullable String averagedOver(String s, List<Quantity> figures, int i) {
    Quantity q = figures.get(i);
    for (int k = q.start() - 1; k >= Math.max(1, q.start() - AVERAGE_NEAR); k--) {
      char c = s.charAt(k);
      if (Clauses.isClauseEnd(c) || (c >= '0' && c <= '9')) {
        return null;
      }
      if (c == '均') {
        char before = s.charAt(k - 1);
        int whom = AVERAGED.indexOf(before);
        return before == '平' ? countBefore(s, figures, i) : whom < 0 ? null : whom == 3 ? "人" : String.valueOf(before);
      }
    }
    return null;
  }

  /** The measure of the one count before {@code figures[i]} in its sentence, or null when none or more than one. */
  private static @Nullable String countBefore(String s, List<Quantity> figures, int i) {
    String found = null;
    for (int j = i - 1; j >= 0; j--) {
      Quantity q = figures.get(j);
      if (!Texts.sameSentence(s, q.end(), figures.get(i).start())) {
        break;
      }
      if (q.unit().isCount() && !q.isRange() && q.per().isEmpty()) {
        if (found != null) {
          return null;
        }
        found = q.unit().symbol();
      }
    }
    return found;
  }

  /** Whether nothing between the word at {@code from} and the figure at {@code to} ends a clause or holds a digit. */
  private static boolean clean(String s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      char c = s.charAt(k);
      if (Clauses.isClauseEnd(c) || (c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The set figure a 每 at {@code at - 1} repeats the measure of (三批次，每批次40人; 8个乡镇，每个乡镇): the nearest earlier figure
   * of a count in the same sentence whose measure word, or 个 and the noun after it, follows the 每; or the figure right before,
   * whose noun ends where the 每 stands and with the character after it (15个乡镇每镇发放800份: 12,000 份).
   */
  private static @Nullable Quantity repeated(List<Quantity> figures, int i, String s, int at) {
    for (int j = i - 1; j >= 0; j--) {
      Quantity set = figures.get(j);
      if (!Texts.sameSentence(s, set.end(), at) || !set.unit().isCount() || set.isRange() || set.per().isPresent()) {
        return null;
      }
      String word = set.unit().symbol();
      if (s.startsWith(word, at) || word.length() > 1 && s.charAt(at) == word.charAt(0) && word.charAt(1) == '次') {
        return set; // 每批次 after 三批次; 每批 after 3批次
      }
      if (word.equals("个") && s.startsWith("个", at) && nounAfter(s, set.end(), at + 1)) {
        return set; // 每个乡镇 after 8个乡镇
      }
      if (j == i - 1 && nounEndsBefore(s, set.end(), at)) {
        return set; // 每镇 after 15个乡镇, 每村 after 12个村
      }
    }
    return null;
  }

  /** Farthest a set's noun runs: 行政村, 社区, 乡镇. */
  private static final int NOUN = 4;

  /**
   * Whether the 每 before {@code at} follows the set's noun right after {@code setEnd} (with a comma at most between) and is
   * followed by the noun's last character: 15个乡镇每镇, 12个行政村，每村. Not a measure word alone (15个，每人: no noun).
   */
  private static boolean nounEndsBefore(String s, int setEnd, int at) {
    int end = at - 1; // the 每
    if (end > setEnd && s.charAt(end - 1) == ',') {
      end--;
    }
    if (end - setEnd < 1 || end - setEnd > NOUN || at >= s.length()) {
      return false;
    }
    for (int k = setEnd; k < end; k++) {
      if (!Character.isIdeographic(s.charAt(k))) {
        return false;
      }
    }
    return s.charAt(end - 1) == s.charAt(at);
  }

  /** Whether the two characters after {@code setEnd} (乡镇 of 8个乡镇) open the text at {@code at} too. */
  private static boolean nounAfter(String s, int setEnd, int at) {
    return setEnd + 2 <= s.length() && at + 2 <= s.length() && Character.isIdeographic(s.charAt(setEnd))
        && s.regionMatches(setEnd, s, at, 2);
  }

  /**
   * The set a 各 at {@code at} is said of: the figure right before it with at most four characters of its noun between (5个
   * 街道各), or, with no figure in the clause before it, names joined by 、 (春季、秋季招聘会各), counted.
   */
  private static @Nullable Quantity before(List<Quantity> figures, int i, String s, int at) {
    @Nullable Quantity previous = i > 0 ? figures.get(i - 1) : null;
    int start = Clauses.clauseStart(s, at);
    if (previous != null && previous.end() > start) {
      boolean near = at - previous.end() <= 4 && previous.unit().isCount() && !previous.isRange() && previous.per().isEmpty();
      for (int k = previous.end(); near && k < at; k++) {
        near = Character.isIdeographic(s.charAt(k));
      }
      return near ? previous : null;
    }
    int periods = periodsEndingAt(s, start, at);
    if (periods >= 2) { // 一至三季度各发布1期: 3 期
      return new Quantity(BigDecimal.valueOf(periods), Optional.empty(), Unit.ofWord("个"), false, start, at);
    }
    int names = 1;
    for (int k = start; k < at; k++) {
      char c = s.charAt(k);
      if (c == '、') {
        names++;
      } else if (!Character.isIdeographic(c)) {
        return null;
      }
    }
    return names < 2 ? null : new Quantity(BigDecimal.valueOf(names), Optional.empty(), Unit.ofWord("个"), false, start, at);
  }

  /**
   * How many quarters or months a run of them right before the 各 at {@code at} names (一至三季度各, 1-6月各, 第一、二季度各: 3, 6,
   * 2), read from the clause start {@code from}; 0 when the text before 各 ends in no run of them. Halves of the year count
   * as they are named (上、下半年各: two names); a run of quarters holds three months each.
   */
  private static int periodsEndingAt(String s, int from, int at) {
    if (at - from < 2 || "月度季份".indexOf(s.charAt(at - 1)) < 0) {
      return 0; // nearly every 各: no period just before it
    }
    for (int k = from; k < at - 1; k++) {
      YearParts.Span span = YearParts.at(s, k);
      if (span != null && span.end() == at && !(k > 0 && Character.isDigit(s.charAt(k - 1)))) {
        int months = Integer.bitCount(span.months());
        boolean quarters = s.charAt(at - 1) == '季' || s.startsWith("季度", at - 2);
        return quarters ? months / 3 : s.charAt(at - 1) == '月' || s.startsWith("月份", at - 2) ? months : 0;
      }
    }
    return 0;
  }
}
