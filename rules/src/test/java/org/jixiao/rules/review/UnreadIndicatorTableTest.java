package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.junit.jupiter.api.Test;

/**
 * A declaration whose indicator table is printed but whose header the reader did not recognise
 * has its table's cells as stray cells and no indicator: the review says the table could not be
 * read (JX-V-0138), not that no indicator was filled in (JX-V-0133). The stray cells are those the
 * declaration reader kept for real published declarations (survey 40b: 龙岩 2023 with a
 * 区域目标值 column per county, 乐昌 2018 with 一級目標 and pinyin glosses, 舒城 2023 whose 一级指标
 * heading lost its 一).
 */
class UnreadIndicatorTableTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  /** 福建 龙岩 2023 宗教管理经费: the stray cells as read, in order. */
  static final String LONGYAN_2023 =
      "附件2|部门预算编码|230001|补助区域|新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市|绩效指标|一级指标|二级指标|三级指标|指标解释|区域目标值"
          + "|新罗区|永定区|上杭县|武平县|长汀县|连城县|漳平市|产出指标|数量指标|宗教管理经费补助县(市、区)数量|反映宗教管理经费补助县(市、区)数量情况"
          + "|2|3|1|2|2|2|2|质量指标|项目资金使用合规性|反映项目资金使用合规情况|>=95%|>=95%|>=95%|>=95%|>=95%|>=95%|>=95%|项目完成率|反映";

  /** 广东 乐昌 2018 中职助学金 (a mirror in traditional script with pinyin glosses). */
  static final String LECHANG_2018 =
      "績效指標(biāo)|一級目標(biāo)|二級指標(biāo)|三級指標(biāo)|指標(biāo)值|實際完成值|未達到指標(biāo)值原因|產(chǎn)出指標(biāo)|數(shù)量指標(biāo)"
          + "|中等職業(yè)學(xué)校國家助學(xué)金應(yīng)受助學(xué)生數(shù)|100%|中職免學(xué)費應(yīng)受助學(xué)生數(shù)|100%";

  /** 安徽 舒城 2023 以工代赈 (the NDRC 中央预算内投资计划绩效目标表). */
  static final String SHUCHENG_2023 =
      "安徽省2023年以工代赈示范工程舒城县舒茶镇清水河(余家河渡槽至346国道段)治理工程|本次下达中央预算内投资(万元)|853|级指标|二级指标|三级指标|指标值"
          + "|实施效果指标|产出指标|劳务报酬占中央投资比例|≥32.68%|效益指标|项目区农村基础设施条件|持续改善|满意度指标|参与工程建设的贫困群众满意度|≥90%"
          + "|过程管理指标|计划管理指标|投资计划分解(转发)用时|≤20工作日|\"两个责任\"按项目落实到位率|100%|资金管理指标|中央预算内投资支付率|≥95%"
          + "|年度计划投资完成率|≥95%|项目管理指标|项目开工率|≥95%|超规模、超标准、超概算项目比例|0|监督检查指标|审计、督查、巡视等指出问题项目比例|≤1%";

  /** A declaration without indicators whose stray cells are {@code cells}, split at |. */
  static Project withStrays(String cells) {
    Project.Builder p = Declarations.clean().indicators(IndicatorSet.of(List.of()));
    List<String> texts = Arrays.asList(cells.split("\\|"));
    for (int k = 0; k < texts.size(); k++) {
      p.addStrayCells(StrayCell.of(k % 12, Optional.empty(), texts.get(k)));
    }
    return p.build();
  }

  private static Finding only(Review review, String code) {
    return review.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aTableWithRegionColumnsIsSaidToBeUnreadNotUnfilled() {
    Review review = Reviewer.defaults().review(withStrays(LONGYAN_2023), Y2023);

    assertThat(review.findings()).extracting(Finding::code).contains("JX-V-0138").doesNotContain("JX-V-0133", "JX-V-0136");
    Finding f = only(review, "JX-V-0138");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.rule()).isEqualTo(ReviewCheckIds.REQUIRED_INDICATORS);
    // 产出指标, 数量指标, 质量指标, then 一级指标, 二级指标, 三级指标, 指标解释, 区域目标值
    assertThat(f.args()).containsEntry("first", "产出指标").containsEntry("count", "8");
    assertThat(f.message())
        .isEqualTo("问题：申报表印有绩效指标表，但未能从中读出指标（表头或格式未能识别）：表中有8个指标层级或表头单元格（如“产出指标”），未归入任何指标。"
            + "未能审核绩效目标，不能据此认定指标未填写。建议：人工核对绩效指标表，逐项审核三级指标、目标值和指标解释。");
    assertThat(f.location().flatMap(l -> l.text())).contains("产出指标");
    assertThat(review.verdict()).isEqualTo(ReviewVerdict.RETURN);
  }

  @Test
  void traditionalLabelsWithPinyinGlossesAreLevelsAndHeadingsToo() {
    Finding f = only(Reviewer.defaults().review(withStrays(LECHANG_2018), Y2023), "JX-V-0138");

    // 產出指標, 數量指標; 一級目標, 二級指標, 三級指標, 指標值 (not 績效指標, 實際完成值 or 未達到指標值原因)
    assertThat(f.args()).containsEntry("first", "產(chǎn)出指標(biāo)").containsEntry("count", "6");
  }

  @Test
  void aDamagedHeadingAndProcessRowsBesideTheLevelsAreAnUnreadTableNotAnotherFramework() {
    Review review = Reviewer.defaults().review(withStrays(SHUCHENG_2023), Y2023);

    assertThat(review.findings()).extracting(Finding::code).contains("JX-V-0138").doesNotContain("JX-V-0133", "JX-V-0136");
    // 产出指标, 效益指标, 满意度指标; 级指标, 二级指标, 三级指标, 指标值
    assertThat(only(review, "JX-V-0138").args()).containsEntry("first", "产出指标").containsEntry("count", "7");
  }

  @Test
  void theOpinionIsWordedInEnglishOnRequest() {
    Finding en = only(Reviewer.builder().locale(Locale.ENGLISH).build().review(withStrays(LONGYAN_2023), Y2023), "JX-V-0138");

    assertThat(en.message())
        .startsWith("The declaration prints an indicator table, but no indicator could be read from it")
        .contains("8 cells of indicator levels or headings (such as '产出指标')")
        .contains("Suggestion: check the indicator table by hand");
  }

  @Test
  void aDeclarationCutBeforeItsTableIsStillUnfilled() {
    // 湖北 鄂州图书馆 2020, cut in its 测算依据: its stray cells hold no level and no heading
    Project ezhou = withStrays("申报单位: 鄂州市图书馆|项目性质|常年性项目|2018年实际执行数|2019年实际执行数");
    assertThat(Reviewer.defaults().review(ezhou, Y2023).findings()).extracting(Finding::code).contains("JX-V-0133").doesNotContain("JX-V-0138");
    // captions and texts that only end like a heading: 绩效指标, 绩效目标, 实际完成值, a sentence
    Project captions = withStrays("绩效指标|绩效目标|实际完成值|未达到指标值原因|本项目年度指标值以批复为准");
    assertThat(Reviewer.defaults().review(captions, Y2023).findings()).extracting(Finding::code).contains("JX-V-0133").doesNotContain("JX-V-0138");
  }

  @Test
  void levelWordsOrAHeadingAloneAreNoUnreadTable() {
    // a review's cases built from real layouts: a caption row, the year's goal split by level, a
    // note that quotes a heading, a template's levels printed without its header: no table unread
    for (String strays : List.of(
        "绩效指标|产出指标",
        "产出目标|完成养护里程300公里|效益目标|群众出行条件改善|满意度目标|群众满意",
        "备注|年度指标值|按实际填写",
        "产出指标|数量指标|质量指标|时效指标|效益指标|社会效益指标|满意度指标")) {
      assertThat(Reviewer.defaults().review(withStrays(strays), Y2023).findings()).as(strays)
          .extracting(Finding::code).contains("JX-V-0133").doesNotContain("JX-V-0138");
    }
  }
}
