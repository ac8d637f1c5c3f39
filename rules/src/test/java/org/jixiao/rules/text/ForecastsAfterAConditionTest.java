package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's word after a condition that opens the clause and ends in 后 (项目建成后预计可带动就业200个以上, review 75c) makes the
 * figure a forecast, as 预计 at the clause's start does; it was read as done and met.
 */
class ForecastsAfterAConditionTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "新增就业岗位 | ≥200个 | 项目建成后预计可带动就业200个以上",
        "受益人口 | ≥1000人 | 项目建成后预计受益人口1200人",
        "带动增收户数 | ≥250户 | 项目实施后预计带动农户增收300户",
        // a condition opening with a word no label starts with: it was read as done, met
        "受益人口 | ≥1000人 | 工程完工后预计受益人口1200人",
        "新增就业岗位 | ≥150个 | 设备投产后预计带动就业200个",
        "灌溉面积 | ≥500亩 | 渠道修复后计划新增灌溉面积600亩",
      })
  void aFigureAfterAConditionAndAPlansWordIsAForecast(String name, String target, String actual) {
    undetermined(judge(Subcategory.SOCIAL, name, target, actual));
  }

  @Test
  void aFigureAfterAConditionWithNoPlansWordIsRead() {
    met(judge(Subcategory.SOCIAL, "新增就业岗位", "≥200个", "项目建成后已带动就业210个"));
    met(judge(Subcategory.SOCIAL, "新增就业岗位", "≥200个", "工程完工后已带动就业210个"));
  }
}
