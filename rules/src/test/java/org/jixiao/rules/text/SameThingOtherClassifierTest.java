package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The same thing counted with another measure word (20辆 buses / 20台, 5000株 / 5000棵, 30户 farms / 30家): review
 * 62b section D, which found them undetermined. Each pair holds within a kind of thing the indicator names; other
 * classifiers, and the same ones counting another thing, still refuse.
 */
class SameThingOtherClassifierTest {

  @Test
  void vehiclesAndMachinesCountedByTheirSeveralClassifiersAreCompared() {
    met(judge(Subcategory.QUANTITY, "公交车辆更新", "20辆", "20台"));
    met(judge(Subcategory.QUANTITY, "新能源公交车购置", "20辆", "20部"));
    scoredAt(judge(Subcategory.QUANTITY, "救护车购置", "5辆", "4台"), new BigDecimal("0.8"));
    met(judge(Subcategory.QUANTITY, "执法记录仪配备", "50台", "配备50部"));
    // 部 of films is no machine
    undetermined(judge(Subcategory.QUANTITY, "宣传片拍摄", "3部", "3台"));
  }

  /** Review 65a: another vehicle or device by the word it ends in, a thing named after the figure, trips. */
  @Test
  void anotherVehicleOrDeviceOrAThingNamedAfterTheFigureIsNotCompared() {
    undetermined(judge(Subcategory.QUANTITY, "购置消防车", "购置消防车4辆", "购置救护车4台"));
    undetermined(judge(Subcategory.QUANTITY, "购置心电图机", "8台", "购置B超机8部"));
    undetermined(judge(Subcategory.QUANTITY, "购置环卫车辆", "6辆", "购置6台垃圾桶清洗设备"));
    undetermined(judge(Subcategory.QUANTITY, "购置环卫车辆", "6辆", "购置6台扫地机"));
    undetermined(judge(Subcategory.QUANTITY, "公交车辆更新", "配备公交车30辆", "公交车运营3000台次"));
    undetermined(judge(Subcategory.QUANTITY, "救护车购置", "购置救护车4辆", "购置救护车车载监护仪4台"));
    met(judge(Subcategory.QUANTITY, "执法执勤车辆更新", "更新执法车辆6辆", "更新6台执法执勤车"));
    met(judge(Subcategory.QUANTITY, "购置环卫车辆", "6辆", "购置6台洒水车，已投入使用"));
  }

  @Test
  void farmsFirmsAndHouseholdsAreComparedWithinTheirSort() {
    met(judge(Subcategory.QUANTITY, "扶持家庭农场", "30户", "30家"));
    met(judge(Subcategory.QUANTITY, "培育规上企业", "10家", "10户"));
    undetermined(judge(Subcategory.QUANTITY, "帮扶企业", "30家", "走访农户50户"));
    undetermined(judge(Subcategory.QUANTITY, "扶持农户", "30户", "30人"));
  }

  @Test
  void plantsBooksPrintedMatterSitesAndAnimalsAreComparedWithinTheirKind() {
    met(judge(Subcategory.ECOLOGICAL, "补植补造苗木", "5000株", "5000棵"));
    scoredAt(judge(Subcategory.QUANTITY, "农家书屋补充图书", "3000册", "2700本"), new BigDecimal("0.9"));
    met(judge(Subcategory.QUANTITY, "宣传手册印制", "5000份", "5000本"));
    met(judge(Subcategory.QUANTITY, "发放宣传资料", "5000份", "5000张"));
    met(judge(Subcategory.QUANTITY, "病险水库除险加固", "3座", "3处"));
    met(judge(Subcategory.QUANTITY, "补栏家禽", "1000只", "1000羽"));
    met(judge(Subcategory.QUANTITY, "能繁母猪补贴", "500头", "500只"));
    // the same words counting other things
    undetermined(judge(Subcategory.QUANTITY, "检测样品", "300份", "300本"));
    undetermined(judge(Subcategory.QUANTITY, "病床新增", "50张", "50份"));
    undetermined(judge(Subcategory.QUANTITY, "病险水库除险加固", "3座", "排查隐患5处"));
    undetermined(judge(Subcategory.QUANTITY, "生猪养殖", "1000头", "1000羽"));
  }

  @Test
  void aRatePerStudentIsARatePerPerson() {
    met(judge(Subcategory.COST, "学生资助标准", "1000元/生/年", "1000元/人·年"));
    met(judge(Subcategory.COST, "生均公用经费", "≥650元/生", "650元/人"));
    undetermined(judge(Subcategory.COST, "补助标准", "1000元/生", "1000元/户"));
  }

  @Test
  void aVehicleCountIsPreferredToACountByTheGeneralClassifier() {
    scoredAt(judge(Subcategory.QUANTITY, "新增公交车", "20辆", "新增公交车18台，建设充电桩20个"), new BigDecimal("0.9"));
  }

  /** Pairs of one kind, with a name that names it. */
  private static final List<String[]> ALIKE =
      List.of(new String[] {"公交车购置", "辆", "台"}, new String[] {"家庭农场扶持", "户", "家"}, new String[] {"苗木补植", "株", "棵"},
          new String[] {"图书购置", "册", "本"}, new String[] {"宣传资料印制", "份", "张"}, new String[] {"水库加固", "座", "处"},
          new String[] {"家禽补栏", "只", "羽"});

  @Test
  void aCountInAClassifierOfTheSameKindScoresAsTheSameUnitWould() {
    qt().forAll(Generate.pick(ALIKE), integers().between(1, 5000), integers().between(1, 5000))
        .checkAssert(
            (pair, target, actual) -> {
              BigDecimal expected = BigDecimal.valueOf(Math.min(actual, target)).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
              BigDecimal same = judge(Subcategory.QUANTITY, pair[0], target + pair[1], actual + pair[1]).fraction().orElseThrow();
              BigDecimal other = judge(Subcategory.QUANTITY, pair[0], target + pair[1], actual + pair[2]).fraction().orElseThrow();
              org.assertj.core.api.Assertions.assertThat(other).isEqualByComparingTo(same);
              org.assertj.core.api.Assertions.assertThat(other.subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.0001"));
            });
  }

  @Test
  void unrelatedUnitsStillRefuse() {
    qt().forAll(Generate.pick(List.of(new String[] {"辆", "人"}, new String[] {"株", "亩"}, new String[] {"户", "人"}, new String[] {"头", "羽"},
                new String[] {"册", "人次"}, new String[] {"辆", "套"})),
            integers().between(1, 5000))
        .checkAssert((pair, n) -> undetermined(judge(Subcategory.QUANTITY, "", n + pair[0], n + pair[1])));
  }
}
