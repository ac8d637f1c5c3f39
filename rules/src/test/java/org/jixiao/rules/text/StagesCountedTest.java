package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of one work at its stages are told apart by the stage the name asks (reviews 70f, 71a, 74b: 老旧小区改造项目开工12个，
 * 完工7个 under 老旧小区改造完工数 was undetermined, two figures tied): the count whose last stage word before it (开工, 完工,
 * 授权, 整改, 审结 …) the name holds, when every other count's is one it does not. A count at no stage, two at the name's
 * stages, or a count at the stage that names a wider subject than another count and the name (专利 against 发明专利) stay tied.
 */
class StagesCountedTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "老旧小区改造完工数 | ≥10个 | 老旧小区改造项目开工15个，完工9个 | 0.9", // 9 / 10
        "督促整改单位数 | ≥300家 | 检查单位500家，责令整改270家 | 0.9", // 270 / 300
        "授权发明专利数量 | ≥5件 | 申请发明专利12件，获授权4件 | 0.8", // 4 / 5
        "审结案件数 | ≥1000件 | 受理各类案件1,200件，审结950件 | 0.95", // 950 / 1000
        "城市公厕建成数 | ≥10座 | 城市公厕新建项目开工12座，建成投用9座 | 0.9", // 9 / 10; 建成投用: a finished stage and the next
        "违法建设拆除宗数 | ≥100宗 | 排查违法建设130宗，依法拆除85宗 | 0.85", // 85 / 100
        "地质灾害工程治理 | ≥10处 | 排查地质灾害隐患点50处，完成工程治理8处 | 0.8", // 8 / 10
        "农村户厕改造户数 | ≥500户 | 完成农村户厕改造520户，问题厕所整改80户 | 1", // 520 ≥ 500
      })
  void theCountAtTheStageTheNameAsksAnswers(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "发明专利授权量 | ≥300件 | 全年专利授权1,800件；发明专利申请350件", // 专利授权 is of every kind of patent
        "校外培训机构整改数 | ≥40家 | 检查校外培训机构100家，督促整改30家", // 培训 is a stage the name holds too
        "残疾人康复训练人数 | ≥500人 | 为残疾人适配辅助器具300人，开展康复训练450人", // 适配 is no stage
      })
  void countsNotToldApartByTheirStagesStayTied(String name, String target, String actual) {
    undetermined(judge(Subcategory.QUANTITY, name, target, actual), "JX-T-0250");
  }

  @Test
  void theCountDoneOfTheCountStartedIsTheOneAsked() {
    qt().forAll(integers().between(2, 400), integers().between(1, 400), integers().between(1, 400)).checkAssert((started, done, floor) -> {
          BigDecimal expected = done >= floor ? BigDecimal.ONE
              : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(floor), 4, RoundingMode.HALF_UP);
          scoredNear(judge(Subcategory.QUANTITY, "危房改造竣工户数", "≥" + floor + "户", "危房改造开工" + started + "户，竣工" + done + "户"), expected);
        });
  }
}
