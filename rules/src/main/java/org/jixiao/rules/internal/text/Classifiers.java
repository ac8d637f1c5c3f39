package org.jixiao.rules.internal.text;

import java.util.Set;
import org.jixiao.rules.text.Unit;

/**
 * Counting units (量词) that count the same things though they are not the same unit, so that a
 * reader compares their figures: the general classifier 个 with the classifier of a kind of thing
 * (建设3个站点 / 已建成2座, 3个项目 / 完成2项), and the classifiers of events among themselves
 * (培训10场 / 完成培训8期, 举办4次 / 已举办3场). Two classifiers of things are not (座 buildings are
 * not 台 machines), nor are persons, person-times and households (人, 人次, 户: domain §4 keeps them
 * apart). Only the units listed here take part: an unknown measure word may count anything.
 */
public final class Classifiers {
  private Classifiers() {}

  /** Classifiers of events: a session, a round, an issue of a course. */
  private static final Set<String> EVENTS =
      Set.of("次", "场", "场次", "期", "批", "批次", "轮", "届", "趟", "堂", "节", "课", "课次");

  /** Classifiers of things for which 个 may stand. */
  private static final Set<String> THINGS =
      Set.of("座", "所", "家", "台", "套", "件", "项", "处", "间", "栋", "辆", "块", "张", "条", "本", "册", "篇", "份",
          "部", "支", "把", "面", "幅", "枚", "颗", "箱", "袋", "包", "瓶", "桶", "组", "队", "村", "镇", "盏", "只", "头",
          "棵", "株", "盆", "门", "粒", "匹", "架", "艘", "网点", "宗", "例", "起", "档", "单", "封");

  /**
   * Whether a figure counted in {@code actual} may be compared with a target counted in {@code
   * wanted}, though the units differ: both events, or 个 and a classifier of things.
   */
  public static boolean countAlike(Unit wanted, Unit actual) {
    String a = wanted.symbol();
    String b = actual.symbol();
    if (a.equals(b)) {
      return false; // the same unit is compatible already, and needs no reading as alike
    }
    if (EVENTS.contains(a) && EVENTS.contains(b)) {
      return true;
    }
    return (a.equals("个") && THINGS.contains(b)) || (b.equals("个") && THINGS.contains(a));
  }
}
