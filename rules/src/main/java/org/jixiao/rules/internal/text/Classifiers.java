package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

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
   * A kind of thing that several classifiers count, one each: the classifiers, the words that name the kind (none: the
   * classifiers count nothing else), the words that name another thing the same classifiers count ({@code foreign}),
   * whether a foreign word refuses even beside a word of the kind (坝体渗漏处理5处: leaks, not dams), and whether the
   * devices each side names must be the same (笔记本电脑20台 / 手机20部 are two machines). A classifier may belong to two
   * kinds (只: poultry and small livestock; 台: vehicles and machines); two classifiers are alike only within one kind,
   * so 头 (livestock) never meets 羽 (poultry) through 只.
   */
  private record Kind(Set<String> classifiers, List<String> named, List<String> foreign, boolean foreignWins, boolean sameDevice) {
    Kind(Set<String> classifiers, List<String> named, List<String> foreign) {
      this(classifiers, named, foreign, false, false);
    }
  }

  /** Businesses, farms and institutions, which 家 counts (and 户 for businesses and farms). */
  private static final List<String> BUSINESSES =
      List.of("企业", "公司", "合作社", "农场", "商户", "经营主体", "市场主体", "单位", "机构", "门店", "商家", "工厂", "厂", "卫生院",
          "卫生室", "医院", "诊所", "学校", "幼儿园", "养老院", "敬老院", "院");

  /** Households and families, which 户 and 家 both count. */
  private static final List<String> HOUSEHOLDS =
      List.of("农户", "贫困户", "脱贫户", "低保户", "困难户", "住户", "居民", "家庭", "群众", "养殖户", "种植户", "困难家庭");

  /** Works and shows that 部 and 台 also count (放映影片36部, 演出节目12台). */
  private static final List<String> WORKS = List.of("影片", "电影", "节目", "剧", "作品", "书", "演出", "戏");

  /** Machines a vehicle is not (充电桩, 一体机, 执法记录仪, 电脑, 手机, 设备). */
  private static final List<String> NOT_VEHICLES =
      List.of("机", "仪", "器", "设备", "终端", "电话", "电脑", "桩", "屏", "系统", "影片", "电影", "节目", "剧", "作品", "书", "演出", "戏");

  /** Devices named precisely enough that two of them differ (服务器 / 平板电脑, 摄像机 / 对讲机, 会议终端 / 手机). */
  private static final List<String> DEVICES =
      List.of("电脑", "手机", "服务器", "对讲机", "摄像机", "摄像头", "终端", "记录仪", "电话", "打印机", "一体机", "平板", "复印机",
          "投影仪", "车", "无人机", "空调", "显示屏", "扫描仪", "照相机", "相机");

  private static final List<Kind> KINDS =
      List.of(
          // a vehicle is 一辆车 and, as a machine, 一台车 or 一部车; the charging piles, devices and films counted
          // beside it are not (建设充电桩20台 / 更新公交车20辆)
          new Kind(Set.of("辆", "台", "部"), List.of("车"), NOT_VEHICLES),
          // a machine or a phone is 一台 or 一部 (执法记录仪, 对讲机, 终端) when both sides name the same one; 部 and 台
          // also count films and shows
          new Kind(Set.of("台", "部"), List.of("机", "仪", "器", "设备", "终端", "电话", "电脑", "车"), WORKS, false, true),
          // a household, a farm or a business is one 户 and one 家 (家庭农场30户 / 30家, 规上企业10家 / 10户), when both
          // sides count the same sort: 帮扶农户20户 counts no firms (帮扶企业20家), 卫生院12家 no households
          new Kind(Set.of("户", "家"), BUSINESSES, HOUSEHOLDS),
          new Kind(Set.of("户", "家"), HOUSEHOLDS, BUSINESSES),
          // a plant or tree is 一株 or 一棵
          new Kind(Set.of("株", "棵"), List.of(), List.of()),
          // a volume is 一本 or 一册
          new Kind(Set.of("本", "册"), List.of(), List.of("台账", "账")),
          // printed matter is counted by copy, volume or sheet; 份 also counts meals and samples, 张 beds and desks
          new Kind(Set.of("份", "本", "册", "张"),
              List.of("书", "册", "刊", "报", "资料", "材料", "教材", "读物", "宣传", "折页", "海报", "传单", "单页", "明白纸", "挂图",
                  "画", "证书", "问卷", "试卷", "印制", "印刷", "卡"),
              List.of("样品", "样本", "餐", "饭", "床", "桌", "椅", "票", "检", "血", "疫苗", "剂")),
          // a facility or a site is 一座 or 一处 (水库, 公厕, 桥梁, 泵站); 处 alone also counts problems, hazards and
          // defects, which refuse even beside the facility's word (坝体渗漏处理5处)
          new Kind(Set.of("座", "处"),
              List.of("水库", "桥", "厕", "站", "池", "塘", "坝", "闸", "堰", "泵", "馆", "园", "亭", "塔", "楼", "房", "设施", "景点", "遗址",
                  "基地", "驿站", "场馆", "山塘"),
              List.of("隐患", "问题", "缺陷", "病害", "险情", "违章", "违法", "整改", "点位", "坑", "槽", "破损", "渗漏", "死角", "裂",
                  "塌", "滑坡", "垃圾", "堆", "积水", "漏"),
              true, false),
          // poultry is counted by 只 or 羽
          new Kind(Set.of("只", "羽"), List.of("禽", "鸡", "鸭", "鹅", "鸽", "鹌鹑", "鸟"), List.of("猪", "牛", "羊", "畜", "驴", "马", "兔", "犬")),
          // livestock is counted by 头 or, for sheep and smaller, 只
          new Kind(Set.of("头", "只"), List.of("猪", "牛", "羊", "畜", "驴", "马", "兔"), List.of("禽", "鸡", "鸭", "鹅", "鸽", "鹌鹑", "鸟")));

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
   * #KINDS}). {@code asked} is the target, {@code |}, and the indicator's name: the kind is taken from the target's own
   * words when they name a thing, from the name only when the target names nothing (20辆 under 校车购置). The words
   * around the actual's figure ({@code actualAt} to {@code actualEnd} in {@code actualText}, out to a clause end or
   * another figure on either side) must not name another thing (购置教学一体机5台, 5台充电桩 against 购置校车5辆).
   * Asked before {@link #countAlike}: 18台 buses answer 20辆 before 20个 charging piles do.
   */
  public static boolean sameThing(Unit wanted, Unit actual, String asked, String actualText, int actualAt, int actualEnd) {
    String a = wanted.symbol();
    String b = actual.symbol();
    if (a.equals(b)) {
      return false;
    }
    int bar = asked.indexOf('|');
    String target = bar < 0 ? asked : asked.substring(0, bar);
    String name = bar < 0 ? "" : asked.substring(bar + 1);
    if (actualEnd < actualText.length() && actualText.charAt(actualEnd) == '次') {
      return false; // 出动清扫车120台次: trips, not vehicles
    }
    String after = wordsAfter(actualText, actualEnd);
    String before = wordsBefore(actualText, actualAt) + after;
    String asks = Chars.firstIn(target, DEVICES) != null || tail(target) != null ? target : name; // the target's thing, else the name's
    for (Kind kind : KINDS) {
      if (kind.classifiers().contains(a) && kind.classifiers().contains(b) && names(kind, target, name) && !other(kind, before)
          && !(kind.sameDevice() && otherDevice(asks, before)) && !otherTail(asks, before) && !otherAfter(kind, after)) {
        return true;
      }
    }
    return false;
  }

  /** The last characters of a word that names a vehicle or a device (洒水车, 除颤仪, 呼吸机, 自助服务终端). */
  private static final String TAILS = "车仪机器端屏脑话";

  /** The last characters of a verb, before which a vehicle or device is named by no sort (购置车辆, 配备设备, 公务用车). */
  private static final String VERB_ENDS = "置备购新增换租配用买赠";

  /**
   * The vehicle or device {@code s} names last, by its last two characters (洒水车 → 水车, 执法记录仪 → 录仪), or null
   * when it names none or only a sort of them (车辆, 购置车辆, 环卫车辆: 洒水车 is one).
   */
  private static @Nullable String tail(String s) {
    for (int i = s.length() - 1; i >= 1; i--) {
      if (TAILS.indexOf(s.charAt(i)) >= 0) {
        char c = s.charAt(i - 1);
        boolean sort = s.startsWith("车辆", i);
        return Chars.isCjk(c) && VERB_ENDS.indexOf(c) < 0 && !sort ? s.substring(i - 1, i + 1) : null;
      }
    }
    return null;
  }

  /**
   * Whether the actual's words name another vehicle or device than the one asked (购置垃圾车3台 against 购置洒水车3辆, 监护仪
   * against 除颤仪, 校车配套GPS终端 against 校车), each by the word it ends in: another last character is another thing;
   * the same one is when neither side's sort word is on the other side (执法执勤车 answers 执法车辆).
   */
  private static boolean otherTail(String asked, String words) {
    String want = tail(asked);
    String got = tail(words);
    if (want == null || got == null || want.equals(got)) {
      return false;
    }
    // another last word (校车配套GPS终端 against 校车: a device for the bus) is another thing; the same last word
    // after other sort words is one only when neither side's sort word is on the other (执法执勤车 / 执法车辆)
    return want.charAt(1) != got.charAt(1) || (words.indexOf(want.charAt(0)) < 0 && asked.indexOf(got.charAt(0)) < 0);
  }

  /** Characters that may follow a count without naming a thing: 5台已交付, 30家并签订协议, 20辆全部投入使用. */
  private static final String NOT_A_THING = "已并均全都共和及且的投交到完验正在于以余多左次等为经由";

  /**
   * Whether the words straight after the actual's classifier name a thing the kind's words do not (5台压缩箱, 3台空调
   * against 购置校车3辆, 50家作坊 against 帮扶农户50户): the thing counted stands there when the text puts it after the
   * figure. Only for kinds that name their things.
   */
  private static boolean otherAfter(Kind kind, String after) {
    if (kind.named().isEmpty() || after.isEmpty() || !Chars.isCjk(after.charAt(0)) || NOT_A_THING.indexOf(after.charAt(0)) >= 0) {
      return false;
    }
    return Chars.firstIn(after, kind.named()) == null && tail(after) == null;
  }

  /** Whether the target (or, when the target names no thing of either sort, the name) names {@code kind}. */
  private static boolean names(Kind kind, String target, String name) {
    if (kind.named().isEmpty()) {
      return !other(kind, target);
    }
    if (Chars.firstIn(target, kind.named()) != null) {
      return !(kind.foreignWins() && Chars.firstIn(target, kind.foreign()) != null);
    }
    return Chars.firstIn(target, kind.foreign()) == null && Chars.firstIn(name, kind.named()) != null;
  }

  /** Whether {@code words} name another thing than {@code kind}: a foreign word, and no word of the kind unless foreign words win. */
  private static boolean other(Kind kind, String words) {
    return Chars.firstIn(words, kind.foreign()) != null && (kind.foreignWins() || Chars.firstIn(words, kind.named()) == null);
  }

  /** Whether the target and the actual's words each name a device, and no device both name. */
  private static boolean otherDevice(String target, String before) {
    boolean inTarget = false;
    boolean inActual = false;
    for (String d : DEVICES) {
      boolean t = target.contains(d);
      boolean x = before.contains(d);
      if (t && x) {
        return false;
      }
      inTarget |= t;
      inActual |= x;
    }
    return inTarget && inActual;
  }

  /** The words right after {@code at} in {@code s} (5台充电桩): on to a clause end, a figure or a list mark. */
  private static String wordsAfter(String s, int at) {
    int k = Math.min(Math.max(at, 0), s.length());
    int start = k;
    while (k < s.length()) {
      char c = s.charAt(k);
      if (Clauses.isClauseEnd(c) || (c >= '0' && c <= '9') || c == '、' || c == '（' || c == '(') {
        break;
      }
      k++;
    }
    return s.substring(start, k);
  }

  /** The words right before {@code at} in {@code s}: back to a clause end, a figure or a list mark. */
  private static String wordsBefore(String s, int at) {
    int k = Math.min(Math.max(at, 0), s.length());
    int end = k;
    while (k > 0) {
      char c = s.charAt(k - 1);
      if (Clauses.isClauseEnd(c) || (c >= '0' && c <= '9') || c == '、' || c == '.' || c == '（' || c == '(') {
        break;
      }
      k--;
    }
    return s.substring(k, end);
  }
}
