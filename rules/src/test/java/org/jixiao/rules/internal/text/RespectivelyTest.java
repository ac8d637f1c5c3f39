package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RespectivelyTest {

  private static String expand(String text) {
    return Respectively.expand(IndicatorTexts.normalize(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 78b h104: the words after the last name are every name's
        "城市低保、农村低保补差水平月均分别达到300元/人、140元/人 | 城市低保补差水平月均达到300元/人,农村低保补差水平月均达到140元/人",
        "城市、农村低保标准分别达到600元/月、450元/月 | 城市低保标准达到600元/月,农村低保标准达到450元/月",
        // a bare figure takes the last one's unit and the words after it
        "城市、农村低保标准分别达到600、450元/月以上 | 城市低保标准达到600元/月以上,农村低保标准达到450元/月以上",
        "城区、农村覆盖率分别达到≥95%、≥90% | 城区覆盖率达到≥95%,农村覆盖率达到≥90%",
        "一、二季度分别开展培训2次、3次 | 一季度开展培训2次,二季度开展培训3次",
        "城市和农村低保标准分别不低于600元/月、450元/月 | 城市低保标准不低于600元/月,农村低保标准不低于450元/月",
        // the clause alone is written out; names of lengths that differ share no words
        "全年目标：市本级、各县区分别完成100户、200户，确保按期完工 | 全年目标:市本级完成100户,各县区完成200户,确保按期完工",
        "小学、初中学生分别补助500元、625元 | 小学学生补助500元,初中学生补助625元",
        "幼儿园、小学学生分别补助500元、625元 | 幼儿园补助500元,小学学生补助625元",
      })
  void namesAndFiguresPairedByRespectivelyAreOneClauseEach(String text, String written) {
    assertThat(expand(text)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训人数不少于100人", // no 分别
        "三类人员分别补助500元、800元、1000元", // no list of names
        "城市、农村低保标准分别达到600元/月", // two names, one figure
        "城市、农村、集镇低保标准分别达到600元/月、450元/月", // three names, two figures
        "1、2期分别培训50人、60人", // a list's markers, not names
        "城市、农村低保标准分别达到六百元、四百五十元", // figures in words
        "城市、农村分别开展宣传活动不少于一次", // no figure list
      })
  void anythingElseIsLeftAsItStands(String text) {
    String normalized = IndicatorTexts.normalize(text);
    assertThat(Respectively.expand(normalized)).isSameAs(normalized);
  }

  @Test
  void everyNameGetsItsOwnFigureWhateverTheCount() {
    String[] names = {"城市", "农村", "集镇", "山区", "库区"};
    qt().forAll(integers().between(2, 5), integers().between(1, 9999))
        .checkAssert(
            (n, base) -> {
              StringBuilder text = new StringBuilder();
              StringBuilder figures = new StringBuilder();
              StringBuilder written = new StringBuilder();
              for (int k = 0; k < n; k++) {
                text.append(k == 0 ? "" : "、").append(names[k]);
                figures.append(k == 0 ? "" : "、").append(base + k).append("户");
                written.append(k == 0 ? "" : ",").append(names[k]).append("改造户数达到").append(base + k).append("户");
              }
              assertThat(expand(text + "改造户数分别达到" + figures)).isEqualTo(written.toString());
            });
  }
}
