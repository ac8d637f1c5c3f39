package org.jixiao.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The project a title names: titles of published declarations and forms (the fixtures' and
 * {@code rules}' corpus of targets), those that name one and those that name only their template.
 */
class DocumentTitleTest {
  @Test
  void aTitleForOneProjectGivesTheNameBetweenItsYearAndTheTemplatesWords() {
    assertThat(DocumentTitle.projectName("2019年度宁晋县高中助学金项目绩效评价指标表")).hasValue("宁晋县高中助学金项目");
    // 项目支出 is the template's (项目支出绩效目标审批表): the project is the 项目
    assertThat(DocumentTitle.projectName("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表")).hasValue("云雾土家族乡加工园配套设施建设项目");
    assertThat(DocumentTitle.projectName("再生资源回收市场管理经费项目绩效目标表")).hasValue("再生资源回收市场管理经费项目");
    assertThat(DocumentTitle.projectName("2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表")).hasValue("市级专项扶贫资金基础设施(人大代表扶贫基地)");
    // a year printed with a space, and a table named for its kind without 绩效
    assertThat(DocumentTitle.projectName("2020 年市级服务贸易发展资金项目自评表")).hasValue("市级服务贸易发展资金项目");
    // a transfer payment's form names its fund; 区域 is the template's (区域绩效目标)
    assertThat(DocumentTitle.projectName("就业补助资金绩效自评表")).hasValue("就业补助资金");
    assertThat(DocumentTitle.projectName("食品监管补助资金区域绩效目标自评表")).hasValue("食品监管补助资金");
    // the department before the year files it; the name follows the year
    assertThat(DocumentTitle.projectName("宁晋县2019年度高中助学金项目绩效评价指标表")).hasValue("高中助学金项目");
    // the table of the year's targets (年度绩效目标表): 年度 is the template's, not the name's
    assertThat(DocumentTitle.projectName("2021年农村饮水安全巩固提升项目年度绩效目标表")).hasValue("农村饮水安全巩固提升项目");
    // the year in brackets after the title; a name that holds 绩效 itself
    assertThat(DocumentTitle.projectName("农村公路养护项目绩效目标表（2021年度）")).hasValue("农村公路养护项目");
    assertThat(DocumentTitle.projectName("2022年全面实施预算绩效管理经费绩效目标申报表")).hasValue("全面实施预算绩效管理经费");
  }

  @Test
  void aTitleInTraditionalScriptGivesItsNameAsPrinted() {
    assertThat(DocumentTitle.projectName("2019年度寧晉縣高中助學金項目績效評價指標表")).hasValue("寧晉縣高中助學金項目");
    assertThat(DocumentTitle.projectName("2023年雲霧土家族鄉加工園配套設施建設項目支出績效目標審批表")).hasValue("雲霧土家族鄉加工園配套設施建設項目");
    assertThat(DocumentTitle.projectName("項目支出績效目標表")).isEmpty();
    assertThat(DocumentTitle.projectName("績效目標申報表")).isEmpty();
  }

  @Test
  void theNumberOfATableInASetIsNoPartOfTheName() {
    assertThat(DocumentTitle.projectName("表2 农村公路养护项目绩效目标表")).hasValue("农村公路养护项目");
    assertThat(DocumentTitle.projectName("附表3：2024年度林业草原改革发展资金绩效评价表")).hasValue("林业草原改革发展资金");
    assertThat(DocumentTitle.projectName("****2024年度林业草原改革发展资金绩效评价表")).hasValue("林业草原改革发展资金");
    assertThat(DocumentTitle.projectName("表2 市教育局项目支出绩效自评表")).isEmpty();
  }

  @Test
  void aTitleOfTheTemplateADepartmentOrAKindOfSpendingNamesNoProject() {
    assertThat(DocumentTitle.projectName("绩效目标申报表")).isEmpty();
    assertThat(DocumentTitle.projectName("项目支出绩效目标表")).isEmpty();
    assertThat(DocumentTitle.projectName("项目支出目标申报表")).isEmpty();
    assertThat(DocumentTitle.projectName("2022年度项目支出绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("区级部门预算项目支出绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("鄂州市2022年市直部门预算项目支出绩效目标表")).isEmpty();
    assertThat(DocumentTitle.projectName("东莞市财政项目支出绩效目标批复表")).isEmpty();
    assertThat(DocumentTitle.projectName("成安县民政局2020年度预算项目绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("部门整体支出绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("中央对地方转移支付区域绩效目标申报表")).isEmpty();
    assertThat(DocumentTitle.projectName("2024年度专项资金绩效目标表")).isEmpty();
    assertThat(DocumentTitle.projectName("2021年市级项目绩效目标表")).isEmpty();
    // a department's projects, a kind of spending with the template's 项目 (an adopter's titles)
    assertThat(DocumentTitle.projectName("2022年度市教育局项目支出绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("县卫健委项目绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("中央转移支付项目绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("2023年财政专项资金绩效自评表")).isEmpty();
    assertThat(DocumentTitle.projectName("重点项目绩效自评表")).isEmpty();
  }

  @Test
  void textThatIsNoTablesTitleNamesNothing() {
    assertThat(DocumentTitle.projectName("附件1")).isEmpty();
    assertThat(DocumentTitle.projectName("单位名称：区商务局")).isEmpty();
    assertThat(DocumentTitle.projectName("")).isEmpty();
    assertThat(DocumentTitle.projectName("天津市农业绿色发展专项(畜禽粪污")).isEmpty(); // the first line of a title that wraps
    // a sentence that happens to hold 绩效 is longer than any name
    assertThat(DocumentTitle.projectName("为进一步加强预算绩效管理，提高财政资金使用效益，根据有关文件精神，结合本单位实际情况，现将本年度各项工作任务及其完成情况报告如下所述的绩效目标表")).isEmpty();
  }
}
