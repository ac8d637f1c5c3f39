package org.jixiao.rules.internal.review;

/**
 * Hand-written scans of declaration text, linear in its length (no regular expressions on input,
 * issue 7): a document cited by its number or title, and a frequency.
 */
final class ReviewScans {
  private ReviewScans() {}

  /**
   * Whether normalized text cites a document: by its number (甘财科[2022]78号, 深宝府〔2021〕12号,
   * 第5号) or by its title in 《…》 (two characters or more).
   */
  static boolean citesDocument(String n) {
    int open = n.indexOf('《');
    if (open >= 0) {
      int close = n.indexOf('》', open + 1);
      if (close - open > 2) {
        return true;
      }
    }
    for (int i = n.indexOf('号'); i >= 0; i = n.indexOf('号', i + 1)) {
      int k = digitsBefore(n, i, 5);
      if (k == i) {
        continue; // 号 without a number
      }
      if (k > 0 && n.charAt(k - 1) == '第') {
        return true;
      }
      if (k > 0 && "〕]］】)）".indexOf(n.charAt(k - 1)) >= 0) {
        int yearEnd = k - 1;
        int yearStart = digitsBefore(n, yearEnd, 4);
        boolean year = yearEnd - yearStart == 4 && (n.startsWith("19", yearStart) || n.startsWith("20", yearStart));
        if (year && yearStart > 0 && "〔[［【(（".indexOf(n.charAt(yearStart - 1)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether normalized text states a frequency, a time standard: a period after a slash (1次/月,
   * 次/年), after 按 or 逐 (按月安排, 逐季), or after 每 and a number (每2个月).
   */
  static boolean statesFrequency(String n) {
    for (int i = 0; i < n.length(); i++) {
      if ("年季月旬周日天".indexOf(n.charAt(i)) < 0) {
        continue;
      }
      int k = i;
      if (k > 0 && n.charAt(k - 1) == '个') {
        k--;
      }
      int start = digitsBefore(n, k, 4);
      if (start == 0) {
        continue;
      }
      char before = n.charAt(start - 1);
      if (before == '/' || before == '／' || before == '按' || before == '逐' || (before == '每' && start < k)) {
        return true;
      }
    }
    return false;
  }

  /** The start of the run of at most {@code max} ASCII digits that ends just before {@code end}. */
  private static int digitsBefore(String n, int end, int max) {
    int k = end;
    while (k > 0 && end - k < max && n.charAt(k - 1) >= '0' && n.charAt(k - 1) <= '9') {
      k--;
    }
    return k;
  }
}
