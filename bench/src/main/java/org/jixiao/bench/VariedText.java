package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.Project;

/**
 * Makes the generated indicator text as varied as real text, so that no cache of parsed text can
 * flatter the figures. The testkit's phrase bank has a few dozen templates and small numbers;
 * real tables name what was done (档案数字化, 道路保洁 …), where (龙城街道 …) and give figures of
 * every size. Deterministically from the project's position and the indicator's:
 *
 * <ul>
 *   <li>a filled target gets a subject before it ({@code 职业技能培训：不少于30人});
 *   <li>a filled actual gets a place and a part of the work before it ({@code
 *       坪地街道人员培训：完成32人});
 *   <li>every count in both (a run of digits that is no percentage, date, list number or
 *       decimal) is multiplied by the same factor, so a target and its actual keep their ratio.
 * </ul>
 *
 * Placeholders (blank, {@code /}, {@code *}, {@code 无} …) stay as they are: they mean "not
 * filled". The verdicts' mix moves a little (a subject can read as an echo, a place cannot), which
 * is what real text does too; {@link TextVariety} measures how varied the result is.
 */
final class VariedText {
  private VariedText() {}

  private static final List<String> SUBJECTS =
      List.of(
          "档案数字化", "办公设备采购", "系统运维服务", "公益招聘会", "职业技能培训", "社区养老服务", "道路保洁", "绿化养护",
          "食品安全抽检", "法律援助", "就业见习", "创业补贴发放", "劳动监察", "人才引进", "网格巡查", "校园安保",
          "病媒生物防制", "河道整治", "垃圾分类督导", "文化惠民演出", "图书配送", "残疾人康复", "社区矫正", "禁毒宣传",
          "消防检查", "安全生产培训", "老旧小区改造", "燃气管道巡检", "公共厕所保洁", "农村饮水工程", "高标准农田建设",
          "森林防火巡护", "动物防疫", "退役军人服务", "政务服务窗口", "信息系统等保测评", "数据中心托管", "视频监控运维",
          "学生营养餐", "义务教育课后服务");

  /** Where the work was done: a district's name and the kind of area, 24 × 6 places. */
  private static final List<String> DISTRICTS =
      List.of(
          "龙城", "坪地", "布吉", "横岗", "园山", "宝龙", "南湾", "平湖", "坂田", "吉华", "龙岗", "南澳", "葵涌", "大鹏",
          "观澜", "福永", "沙井", "松岗", "公明", "光明", "石岩", "西乡", "新安", "龙华");

  private static final List<String> AREAS = List.of("街道", "社区", "片区", "辖区", "园区", "办事处");

  /** What part of the work an actual reports on, before its text (设备维护：完成32台). */
  private static final List<String> WORKS =
      List.of(
          "档案整理", "设备维护", "课程安排", "场地租赁", "资料印制", "宣传推广", "人员培训", "现场检查", "台账管理", "合同签订",
          "物资采购", "系统升级", "数据录入", "上门走访", "信息公开", "经费拨付", "绩效跟踪", "安全巡检", "技术支持", "后勤保障",
          "志愿服务", "入户调查", "专家评审", "工程监理", "质量抽查", "考核评估", "社区宣讲", "窗口服务", "隐患排查", "应急演练");

  private static final int[] FACTORS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 17, 20, 23, 25, 30, 37, 41};

  /** The project with its indicator text varied; {@code index} is its position in the data. */
  static Project vary(Project project, long index) {
    List<Indicator> indicators = project.indicators().indicators();
    if (indicators.isEmpty()) {
      return project;
    }
    List<Indicator> out = new ArrayList<>(indicators.size());
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      long h = mix(index * 31 + k);
      int factor = FACTORS[(int) Long.remainderUnsigned(h, FACTORS.length)];
      String subject = SUBJECTS.get((int) Long.remainderUnsigned(h >>> 8, SUBJECTS.size()));
      String place =
          DISTRICTS.get((int) Long.remainderUnsigned(h >>> 20, DISTRICTS.size()))
              + AREAS.get((int) Long.remainderUnsigned(h >>> 32, AREAS.size()));
      Indicator.Builder b = Indicator.builder().from(indicator);
      indicator.target().filter(VariedText::filled).ifPresent(t -> b.target(subject + "：" + scale(t, factor)));
      String work = WORKS.get((int) Long.remainderUnsigned(h >>> 44, WORKS.size()));
      indicator.actual().filter(VariedText::filled).ifPresent(a -> b.actual(place + work + "：" + scale(a, factor)));
      out.add(b.build());
    }
    return Project.builder().from(project).indicators(IndicatorSet.of(out)).build();
  }

  private static boolean filled(String text) {
    String s = text.strip();
    return !s.isEmpty() && !s.equals("/") && !s.equals("—") && !s.equals("*") && !s.equals("**") && !s.equals("无");
  }

  /** Multiplies every count in the text by {@code factor}; other digits stay. */
  static String scale(String text, int factor) {
    if (factor == 1) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      String digits = text.substring(i, end);
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = end < text.length() ? text.charAt(end) : ' ';
      boolean count =
          digits.length() <= 6
              && "%.、)）-年月日号时点期".indexOf(after) < 0
              && "(（.-".indexOf(before) < 0;
      out.append(count ? Long.toString(Long.parseLong(digits) * factor) : digits);
      i = end;
    }
    return out.toString();
  }

  /** A 64-bit mix (SplitMix64's finaliser): neighbouring indexes give unrelated choices. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
