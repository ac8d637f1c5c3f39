package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.Unit;

/**
 * Counting units (量词) that count the same things though they are not the same unit, so that a
 * reader compares their figures: the general classifier 个 with the classifier of a kind of thing
 * (建设3个站点 / 已建成2座, 3个项目 / 完成2项), the classifiers of events among themselves
 * (培训10场 / 完成培训8期, 举办4次 / 已举办3场), and the classifiers that share a kind of thing ({@link #sameThing}:
 * 20辆 buses / 20台, 5000株 / 5000棵). Other classifiers of things are not (座 buildings are not 台 machines),
 * nor are persons, person-times and households (人, 人次, 户: domain §4 keeps them apart). Only the units
 * listed here take part: an unknown measure word may count anything.
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
   * A kind of thing that several classifiers count, one each: the classifiers, and the words that name the kind in
   * the indicator's name or target (none: the classifiers count nothing else). A classifier may belong to two kinds
   * (只: poultry and small livestock; 台: vehicles and machines); two classifiers are alike only within one kind, so
   * 头 (livestock) never meets 羽 (poultry) through 只. Words in the actual may say a classifier counts another thing
   * there (排查隐患5处: hazards, not reservoirs).
   */
  private record Kind(Set<String> classifiers, List<String> named, List<String> notInActual) {
    Kind(Set<String> classifiers, List<String> named) {
      this(classifiers, named, List.of());
    }
  }

  /** Businesses and farms, which 家 and 户 both count. */
  private static final List<String> BUSINESSES =
      List.of("企业", "公司", "合作社", "农场", "商户", "经营主体", "市场主体", "单位", "机构", "门店", "商家", "工厂", "厂");

  /** Households and families, which 户 and 家 both count. */
  private static final List<String> HOUSEHOLDS =
      List.of("农户", "贫困户", "脱贫户", "低保户", "困难户", "住户", "居民", "家庭", "群众", "养殖户", "种植户", "困难家庭");

  private static final List<Kind> KINDS =
      List.of(
          // a vehicle is 一辆车 and, as a machine, 一台车 or 一部车
          new Kind(Set.of("辆", "台", "部"), List.of("车")),
          // a machine or a phone is 一台 or 一部 (执法记录仪, 对讲机, 终端); 部 alone also counts films and books
          new Kind(Set.of("台", "部"), List.of("机", "仪", "器", "设备", "终端", "电话", "车")),
          // a household, a farm or a business is one 户 and one 家 (家庭农场30户 / 30家, 规上企业10家 / 10户), when the
          // actual counts the same sort: 走访农户50户 counts no firms (帮扶企业30家)
          new Kind(Set.of("户", "家"), BUSINESSES, HOUSEHOLDS),
          new Kind(Set.of("户", "家"), HOUSEHOLDS, BUSINESSES),
          // a plant or tree is 一株 or 一棵
          new Kind(Set.of("株", "棵"), List.of()),
          // a volume is 一本 or 一册
          new Kind(Set.of("本", "册"), List.of()),
          // printed matter is counted by copy, volume or sheet; 份 also counts meals and samples, 张 beds and desks
          new Kind(Set.of("份", "本", "册", "张"),
              List.of("书", "册", "刊", "报", "资料", "材料", "教材", "读物", "宣传", "折页", "海报", "传单", "单页", "明白纸", "挂图",
                  "画", "证书", "问卷", "试卷", "印制", "印刷", "卡")),
          // a facility or a site is 一座 or 一处 (水库, 公厕, 桥梁, 泵站); 处 alone also counts problems and hazards
          new Kind(Set.of("座", "处"),
              List.of("水库", "桥", "厕", "站", "池", "塘", "坝", "闸", "堰", "泵", "馆", "园", "亭", "塔", "楼", "房", "设施", "景点", "遗址",
                  "基地", "驿站", "场馆", "山塘"),
              List.of("隐患", "问题", "缺陷", "病害", "险情", "违章", "违法", "整改", "点位")),
          // poultry is counted by 只 or 羽
          new Kind(Set.of("只", "羽"), List.of("禽", "鸡", "鸭", "鹅", "鸽", "鹌鹑", "鸟")),
          // livestock is counted by 头 or, for sheep and smaller, 只
          new Kind(Set.of("头", "只"), List.of("猪", "牛", "羊", "畜", "驴", "马", "兔")));

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

  /**
   * Whether {@code wanted} and {@code actual}, two different classifiers, count the same kind of thing ({@link
   * #KINDS}) that {@code named} (the indicator's target and name) names, where the kind needs naming, and
   * {@code actualText} does not make another thing. Asked before
   * {@link #countAlike}: 18台 buses answer 20辆 before 20个 charging piles do.
   */
  public static boolean sameThing(Unit wanted, Unit actual, String named, String actualText) {
    String a = wanted.symbol();
    String b = actual.symbol();
    if (a.equals(b)) {
      return false;
    }
    for (Kind kind : KINDS) {
      if (kind.classifiers().contains(a) && kind.classifiers().contains(b) && (kind.named().isEmpty() || Chars.firstIn(named, kind.named()) != null)
          && Chars.firstIn(actualText, kind.notInActual()) == null) {
        return true;
      }
    }
    return false;
  }
}
