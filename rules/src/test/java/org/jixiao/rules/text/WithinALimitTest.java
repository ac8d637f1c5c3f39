package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A limit kept, said positively: 控制在预算内, 在批复预算范围内, 预算范围内, 在合同价以内 against 不超过预算 were
 * undetermined ("no statement of completion"), where 未超预算 was met. They are the same statement
 * (Absence: 在, a limit within ten ideographs, 内), and 不超预算 is 不超过预算. Denied (未控制在预算内)
 * it is a shortfall; it answers no count, as 未超预算 does not.
 */
class WithinALimitTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "不超过批复预算 | 控制在批复预算内 | 1",
        "不超过预算 | 控制在预算范围内 | 1",
        "不超过预算 | 在预算范围内完成 | 1",
        "不超过预算 | 严格控制在预算内 | 1",
        "不超过预算 | 预算范围内 | 1",
        "不超过预算 | 不超预算 | 1",
        "不超过合同价 | 在合同价以内 | 1",
        "≤50万元 | 控制在预算内 | 1",
        "不超过预算 | 控制在预算内，略有结余 | 1",
        // a degree or a denial before it is read as before a completion word
        "不超过预算 | 基本控制在预算内 | 0.80",
        "不超过预算 | 未控制在预算内 | 0.30",
        "不超过预算 | 没有控制在预算范围内 | 0.30",
        "不超过预算 | 未能控制在预算内 | 0.30",
        // review 53: a negation further back, limits of other words, a limit word not the first
        "不超过预算 | 没有把支出控制在预算内 | 0.30",
        "不超过预算 | 没有完全把支出控制在预算内 | 0.30",
        "不超过预算 | 不能保证控制在预算内 | 0.30",
        "不超过预算 | 未完全控制在预算范围内 | 0.30",
        "不超过预算 | 控制在招标控制价以内 | 1",
        "不超过预算 | 控制在批复金额以内 | 1",
        "不超过预算 | 控制在核定额度以内 | 1",
        // a kind of fund is no limit kept: the shortfall decides
        "按计划完工 | 预算内资金未到位，项目未开工 | 0.30",
        // review 53b: a negation of another verb leaves the limit kept; 的 before 范围
        "不超过预算 | 尚未结算但控制在预算范围内 | 1",
        "不超过预算 | 未经调整控制在预算内 | 1",
        "不超过预算 | 在预算的范围内 | 1",
        // session 54: an amount below its limit of money keeps it, above it does not (both were undetermined)
        "控制在预算内 | 实际成本低于预算 | 1",
        "不超过预算 | 低于批复预算5万元 | 1",
        "不超过预算 | 支出少于计划成本 | 1",
        "控制在预算内 | 成本高于预算 | 0.30",
        "控制在预算内 | 超出批复概算 | 0.30",
        "控制在预算内 | 超预算5万元 | 0.30",
        "控制在预算内 | 超支 | 0.30",
        "控制在预算内 | 无超支 | 1",
        // a negation before 按…要求 is not done as the rule says, and denies the limit after it (read 70 %)
        "控制在预算内 | 未按要求控制在预算内 | 0.30",
        // review 54a: an overrun avoided, denied or absent is a limit kept
        "控制在预算内 | 严格控制，避免超出预算 | 1",
        "控制在预算内 | 未出现超预算情况 | 1",
        "控制在预算内 | 不存在超概算问题 | 1",
        "控制在预算内 | 不会超出预算 | 1",
        "控制在预算内 | 没有高于预算 | 1",
        "控制成本 | 严控超支 | 1",
        // review 54d: an overrun named and answered nil, or 零 / 无一 of it
        "控制在预算内 | 超支情况：无 | 1",
        "控制在预算内 | 是否超支：否 | 1",
        "控制在预算内 | 超支0.00万元 | 1",
        "控制在预算内 | 超预算项目0个 | 1",
        "控制在预算内 | 超预算率为零 | 1",
        "控制在预算内 | 零超预算 | 1",
        "控制在预算内 | 无一超预算 | 1",
        "控制在预算内 | 超支 ： 无 | 1",
        "控制在预算内 | 超支的金额为0 | 1",
        // review 54e: a range from 0, or a figure going on, is an overrun
        "控制在预算内 | 各单位超支0-2万元 | 0.30",
        "控制在预算内 | 超支0万3千元 | 0.30",
        // review 54f: a bare 万, a full stop, a list number glued on by a PDF after the zero
        "控制在预算内 | 超支0万 | 1",
        "控制在预算内 | 超支0元.节约3万元 | 1",
        "控制在预算内 | 1.超支金额0元2.节约资金3万元 | 1",
        "控制在预算内 | 严格控制成本，做到零超预算 | 1",
        // review 54h: a span's or the whole's zero is a claim
        "控制在预算内 | 全年为零超预算 | 1",
        "控制在预算内 | 各项目均为零超预算 | 1",
      })
  void aLimitKeptInPositiveWordsIsALimitKept(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.COST, "项目成本", target, actual);
    scoredAt(v, fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 78b h064, h066, h067: a cap of whatever is counted, the words below it
        "森林火灾起数 | 市财政批复下达的控制指标 | 2021年森林防火期,我市共发生森林火灾3起,低于市财政批复下达的控制指标82起",
        "森林受害面积 | 控制指标 | 森林受害面积93.24公顷,低于控制指标1169.76公顷",
        "森林受害率 | 控制指标 | 森林受害率0.0738‰,低于控制指标0.8262个千分点",
        "道路交通事故死亡人数 | 控制在省下达指标以内 | 全年死亡12人，低于省下达的控制数",
      })
  void aLevelBelowACapIsACapKept(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    scoredAt(v, BigDecimal.ONE);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // above a cap may be the aim (a reserve) or a shortfall: the words alone do not say which
        "市级森林防火物资储备 | 控制指标 | 市级森林防火物资储备112万元,高于控制指标32万元",
      })
  void aLevelAboveACapIsNotReadFromTheWordsAlone(String name, String target, String actual) {
    undetermined(judge(Subcategory.SOCIAL, name, target, actual));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年开展活动10次 | 控制在预算内", // a limit kept is no count
        "结案数8305件 | 在预算范围内",
        "提升服务水平 | 在区内推广", // 区内 is a place, no limit
        // review 53: 内部, 标准化, 预算内资金 are no limits kept
        "规范 | 预算单位内部控制制度健全",
        "规范 | 在标准化考场内组织考试",
        // a pace or a rate below a plan is no amount kept within it
        "控制在预算内 | 支出进度低于预算进度",
        "控制在预算内 | 执行率低于预算",
        // review 54a: income, tax and investment are to exceed their plan, not to stay under it
        "完成预算收入 | 收入低于预算",
        "完成预算目标 | 税收收入高于预算",
        // review 54c: spending below a budget may be money unspent; 限额以上 is a class of firms
        "按预算执行 | 支出低于预算",
        "培育限额以上企业 | 新增限额以上企业，超过限额以上标准",
        // review 54d: a rule forbidding it restated is no result
        "控制在预算内 | 严格执行预算，严禁超预算",
      })
  void otherInsidesAndCountsAreNotLimitsKept(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    undetermined(v);
  }
}
