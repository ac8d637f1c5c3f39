package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Work said done in one clause and a part of it only hoped for, planned or still going on in another (reviews 71c and
 * 72b: 主体工程已全部完工，附属设施有望年底完工 read met by its 完工): partly achieved, the vocabulary's mixed fraction
 * ({@code part-pending}, JX-T-0501). Not a later step or another matter pending, nor a later year's share.
 */
class PartPendingTest {

  private static final BigDecimal PARTLY = new BigDecimal("0.70");

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "工程完工情况 | 全部完工 | 主体工程已全部完工，附属设施有望年底完工",
        "项目建设进度 | 按期竣工 | 一期已建成投用，二期正在施工",
        "河道清淤 | 全部完成 | 已完成清淤12公里，剩余3公里计划明年汛前完成",
        "污水管网建设 | 全部建成 | 主管网已建成，支管网铺设仍在进行中",
        "补贴发放 | 全部发放到位 | 已发放至9个乡镇，其余3个乡镇正在核对名单",
        "项目验收 | 全部完成 | 已验收18个项目，尚有5个项目待验收", // the done clause is of that step too
        "安置房建设 | 按期竣工 | 1-6号楼已竣工验收，7-9号楼预计明年6月交付",
        // review 72d, held out
        "项目完工情况 | 全部完工 | 主体工程已完工，附属绿化工程正在施工",
        "工程建设进度 | 按期竣工 | 四个标段中三个已竣工，一个预计明年6月竣工",
        "校舍维修改造 | 全部完工 | 12所学校中9所已完工，其余3所争取寒假期间完工",
        // review 73c: a later step the target asks is part of the work asked (read met before)
        "项目建成投用 | 年内建成投入使用 | 已建成，待验收后投入使用",
        // session 78 (reviews 70–75 c037): a part carried into a later year
        "项目完工率 | 100% | 主体工程已完工，室外配套工程转入次年实施",
        "项目完工率 | 100% | 主体工程已完工，室外配套工程结转至下年度实施",
      })
  void aPartPendingBesideWorkDoneIsPartlyAchieved(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredAt(v, PARTLY);
    org.assertj.core.api.Assertions.assertThat(v.trace().code()).hasValue("JX-T-0501");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a date after 顺延至 is planned anew, not the day the work was done: against 年底前 (no year) it was on time (100 %)
        "配套工程 | 年底前完工 | 主体工程已完工，室外配套工程顺延至2024年",
        "配套工程 | 年底前完工 | 主体工程已完工，室外配套工程推迟至2024年6月",
        "项目完工 | 2023年12月底前完工 | 工程顺延至2024年3月完工",
        // carried with no verb of the work: carrying it is the work pending
        "项目完工率 | 100% | 主体工程已完工，室外配套工程结转至下年度",
        // 顺延至 is late, as 推迟 is: the words read so before any part is looked for
        "道路改造 | 全部完工 | 已完成主干道改造，其余支路施工顺延至明年",
      })
  void workCarriedToALaterDateIsLate(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredAt(v, PARTLY);
    org.assertj.core.api.Assertions.assertThat(v.trace().rule()).isNotEqualTo("deadline");
  }

  @Test
  void aDeadlineThatMovesByRuleIsNoWorkCarried() {
    met(judge(Subcategory.TIMELINESS, "报送及时性", "每月10日前报送", "按时报送（遇节假日顺延）"));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "项目完工情况 | 全部完工 | 已全部完工，有望明年投入使用", // a later step
        "项目实施 | 全部完成 | 已全部完成，计划明年开展绩效评价",
        "工程建设 | 按期竣工 | 全部竣工，正在办理竣工决算",
        "项目完工率 | 100% | 工程已全部完工，结算资金结转至下年度支付", // money carried over, no work
        "老旧小区改造 | 全部完成 | 完成全部改造，下一步将推进长效管护",
        "学校建设 | 全部完成 | 今年任务全部完成，明年计划新建5所", // new work of a later year
        "管网年度建设任务 | 完成年度计划 | 按三年实施方案完成本年度建设任务，剩余15公里按计划于明年实施", // a later year's share
        "道路硬化 | 全部完成 | 道路全部硬化完成，绿化提升有望明年实施", // all of it done, other work hoped for
        "巡视整改 | 全部完成 | 整改任务已全部完成，正在持续巩固整改成果",
        "项目建设 | 按期完工 | 项目已按计划完工，各项资金已到位", // 按计划 is no plan pending
        "项目建设 | 全部完成 | 力争全部完成，已实现", // an aim, then reached
        "项目建设 | 按期完工 | 项目在建设期内按进度推进，已按期完工", // 在建设期内 is no work going on
        "项目建设 | 全部完成 | 已全部完成，争取到上级资金200万元",
      })
  void aLaterStepOrAnotherMatterPendingLeavesTheWorkDone(String name, String target, String actual) {
    met(judge(Subcategory.QUANTITY, name, target, actual));
  }

  @Test
  void aPartPendingNeverReadsMetAndALaterStepNeverLowers() {
    List<String> done = List.of("主体工程已全部完工", "一期已建成", "已完成清淤12公里", "土建部分已完工");
    List<String> pending = List.of("附属设施有望年底完工", "二期正在施工", "剩余3公里预计明年完成", "其余部分正在安装");
    List<String> later = List.of("有望明年投入使用", "正在办理竣工决算", "计划明年开展绩效评价");
    qt().forAll(Generate.pick(done), Generate.pick(pending), Generate.pick(later))
        .checkAssert(
            (d, p, l) -> {
              scoredAt(judge(Subcategory.QUANTITY, "工程建设", "全部完工", d + "，" + p), PARTLY);
              met(judge(Subcategory.QUANTITY, "工程建设", "全部完工", "已全部完工，" + l));
            });
  }
}
