package org.jixiao.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {
  private static final TableReader TEXT = TableReader.builder().build();

  private static CellGrid resource(String name) throws IOException, URISyntaxException {
    return TEXT.readGrid(Path.of(Objects.requireNonNull(DocumentLayoutTest.class.getResource(name)).toURI()));
  }

  private static CellGrid grid(String tsv) {
    return TEXT.readGrid(tsv, "");
  }

  @Test
  void theSampleDisclosureTableIsLayoutA() throws Exception {
    assertThat(DocumentLayout.detect(resource("/longgang-hr-2019.tsv"))).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
  }

  @Test
  void everyRealSingleProjectFormIsLayoutB() throws Exception {
    for (String f : List.of(
        "standard-10pt_tianchang-shuihan-2022.tsv",
        "standard-10pt_rate-86pct-score-9_langfang-nuantong-2019.tsv",
        "standard-10pt_total-row-zero_tangxi-weituo-2022.tsv",
        "standard-10pt_total-row-zero_tangxi-cunji-2022.tsv",
        "xianjie-transfer_score-sum-110_zhongjiang-biaochi-2022.tsv",
        "xianjie-transfer_subrows-qizhong_hexi-zhongyang-2023.tsv",
        "sichuan-2023_nature-unit_unscored_qingshen-gongzi-2023.tsv",
        "sichuan-2023_nature-unit_two-forms-stacked_daying-sifa-2023.tsv",
        "twenty-eighty_no-weight-column_shangwu-fuwumaoyi-2020.tsv",
        "twenty-eighty_rate-printed-20_changning-shengzhu-2022.tsv",
        "mirror-traditional-pinyin_nature-unit_lijiang-weipian-2020.tsv",
        "department-wide_rate-over-100pct_jinzhai-chagu-2023.tsv",
        "report-table_zipingjieguo-title-zhibiaomingcheng_hbust-jiangzhuxuejin-2021.tsv")) {
      assertThat(DocumentLayout.detect(resource("/forms/" + f))).as(f).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    }
  }

  @Test
  void aTitleOfResultsIsAFormsOnlyAboveAnIndicatorHeader() {
    // a summary of several projects' results under such a title stays a table (a review's case)
    String summary = "2021年度部门项目支出绩效自评结果\n单位：万元\n序号\t项目名称\t预算数\t实际支出金额\t执行率\t自评得分\t自评结果\n"
        + "1\t机关运行经费\t120\t118.5\t98.75%\t96\t优\n2\t信息化建设经费\t80\t60\t75%\t82\t良\n";
    assertThat(DocumentLayout.detect(grid(summary))).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    // a declaration's field 上年度绩效自评结果 (a continuing project's) leaves it a declaration
    String declaration = "绩效目标申报表\n(2021年度)\n项目名称\t某项目\t\t项目负责人及联系电话\t某人\n"
        + "上年度绩效自评结果\t良\n资金情况\t年度资金总额:\t500\n\t其中:财政拨款\t500\n"
        + "绩\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t新建水泥路1条\t2km\n";
    assertThat(DocumentLayout.detect(grid(declaration))).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void aTitleOfResultsAboveAHeaderWrappedOverTwoRowsIsAForm() {
    // 湖北科技学院 2021's table as a narrow copy prints it: 一级 | 二级 over 指标 | 指标, as the form
    // reader joins such a header (WrappedHeader); the layout asks the reader's question
    String wrapped = "2021年度本专科生奖助学金项目自评结果\n一级\t二级\t指标名称\t目标值\t实际完成值\n指标\t指标\n"
        + "产出指标\t数量指标\t受资助本专科学生人数\t14726\t15935\n"
        + "效益指标\t服务对象满意度指标\t资助学生满意度\t95%\t95%\n";
    assertThat(DocumentLayout.detect(grid(wrapped))).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    // and the form reader, which that layout sends it to, reads its indicators (as a table: none)
    var read = org.jixiao.io.form.FormReader.builder().build().read(wrapped, "report.tsv").value();
    assertThat(read.projects()).singleElement().satisfies(p -> assertThat(p.indicators().indicators())
        .extracting(i -> i.name().orElse(""), i -> i.actual().orElse(""))
        .containsExactly(tuple("受资助本专科学生人数", "15935"), tuple("资助学生满意度", "95%")));
  }

  @Test
  void aTitleOfResultsAboveIndicatorsOfSeveralProjectsIsNoForm() {
    // a review's case: 项目名称 | 一级 | 二级 … one project's rows after another's, under …自评结果;
    // read as a form it merged both projects into one
    for (String header : List.of("项目名称\t一级\t二级\t三级\t年度\t实际\n\t指标\t指标\t指标\t指标值\t完成值\n",
        "项目名称\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n")) {
      String summary = "2022年度项目支出绩效自评结果\n" + header
          + "社区养老服务补贴\t产出指标\t数量指标\t服务老人人数\t≥500人\t520人\n"
          + "残疾人康复补助\t产出指标\t数量指标\t康复人数\t≥200人\t180人\n";
      assertThat(DocumentLayout.detect(grid(summary))).as(header).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    }
  }

  @Test
  void aDeclarationShapedLikeTheDistrictWorkbooksIsLayoutC() {
    // The top block and header of the 2023 declarations (labels end in a full-width colon).
    String tsv = "二级项目支出绩效目标申报表\n"
        + "项目编码：\t440306231391500000189\t\t项目名称：\t政府购买服务（物业后勤类社区工作站经费）潭头社区工作站\n"
        + "申请单位：\t深圳市宝安区松岗街道办事处（本级）\t\t一级预算单位：\t深圳市宝安区松岗街道办事处（本级）\n"
        + "实施期限：\t3\t\t项目类型：\t15 其他经费\n"
        + "是否新增项目：\t否\t\t分配方式：\t因素法和项目法\n"
        + "项目总金额（中期规划，万元）：\t740400\t\t本年度项目金额（万元）：\t246800\n"
        + "政策依据：\t…\n测算依据：\t…\n年度目标：\t…\n"
        + "一级指标\t二级指标\t三级指标\t目标值\t指标解释\n"
        + "产出\t数量\t需保障保洁的党群服务中心数量\t两栋\t…\n";
    assertThat(DocumentLayout.detect(grid(tsv))).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void theMinistrysDeclarationTemplateIsLayoutCThoughItPrintsAFundsTotal() {
    // 绩效目标申报表 as 清涧县 published it (qjzhf.gov.cn, 2021): 年度资金总额 is in both the form's
    // and this template's funds block, and its columns are 指标值, with no actual column
    String tsv = "附表1\n绩效目标申报表\n(2021年度)\n"
        + "项目名称\t2021年交通局寨山石坪、鲍家沟果园路\t\t项目负责人及联系电话\t刘志龙09125222043\n"
        + "主管部门\t清涧县交通运输局\t\t实施单位\t清涧县交通运输局\n"
        + "资金情况\t年度资金总额:\t500\n\t其中:财政拨款\t500\n\t其他资金\n总\t年度目标\n\t1、改善基础实施建设\n"
        + "绩\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t寨山石坪村新建水泥路1条\t2km\n";
    assertThat(DocumentLayout.detect(grid(tsv))).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    // the same top block with the self-evaluation's columns is a form
    String form = tsv.replace("绩效目标申报表", "项目支出绩效自评表").replace("三级指标\t指标值", "三级指标\t年度指标值\t实际完成值\t分值\t得分");
    assertThat(DocumentLayout.detect(grid(form))).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }

  @Test
  void aTargetTableWithTheColumnsOfATwoLevelTemplateIsLayoutC() {
    // 鄂州市2022年市直部门预算项目支出绩效目标表 (desk33.com copy of the .docx): 当年预期实现值
    String tsv = "鄂州市2022年市直部门预算项目支出绩效目标表\n"
        + "项目名称\t滨湖大胆办公大楼运行保障\t项目类别\t本级支出项目\n立项依据\t市机关事务服务中心三定方案\n"
        + "绩效目标\t以办公大楼服务对象满意为目标\n一级指标\t二级指标\t绩效标准\t当年预期实现值\n"
        + "数量指标\t大楼安检巡察次数\t反映大楼保卫巡检情况\t200次\n";
    assertThat(DocumentLayout.detect(grid(tsv))).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void aDeclarationWhoseOnlyTargetHeadingIsZhiBiaoMuBiaoZhiIsLayoutCWithoutItsTitle() {
    // 嘉峪关 2023 (甘肃's 省级部门预算项目支出绩效目标表) as a copy that lost its title lines:
    // nothing but the target column's heading 指标目标值 and 政策依据 tells it a declaration
    String tsv = "一*级项目名称\t文化事业发展专项资金\t二级项目名称\t博物馆纪念馆市级免费开放补助资金\n"
        + "项目类型\t新增项目\t项目分类\t专项工作经费\n"
        + "项目总投资\t20万元\t中央补助安排\t0\n"
        + "政策依据\t甘财科 [2022]78号\n"
        + "年度绩效目标\t进一步提高博物馆纪念馆运行效率和免费开放服务水平\n"
        + "一级指标\t二级指标\t三级指标\t指标目标值\n"
        + "产出指标\t数量指标\t免费开放天数\t=300天\n";
    assertThat(DocumentLayout.detect(grid(tsv))).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(DocumentLayout.detect(grid(tsv.replace("指标目标值", "年度指标值\t实际完成值\t分值\t得分"))))
        .isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }
  /**
   * 乐昌 2018 (xlsx declarations/SOURCES.md): a target table prints the self-evaluation's columns
   * (实际完成值, 未达到指标值原因) empty beside its targets, under a title a mirror glossed with pinyin
   * (績效目標(biāo)表). Empty actual columns are no actuals, and the title names a target table.
   */
  @Test
  void aTargetTableWithItsActualColumnsPrintedEmptyIsLayoutCUnderAGlossedTitleToo() {
    String rows = "績效指標\t一級指標\t二級指標\t三級指標\t指標值\t實際完成值\t未達到指標值原因\n"
        + "\t產出指標\t數量指標\t應受助學生數\t100%\n\t\t\t免學費學生數\t100%\n";
    for (String title : List.of("中等職業學校國家助學金績效目標表\n", "中等職業學校國家助學金績效目標(biāo)表\n")) {
      assertThat(DocumentLayout.detect(grid(title + rows))).as(title).isEqualTo(DocumentLayout.TARGET_DECLARATION);
      // filled in, the same columns hold what was achieved: no longer a declaration's
      String filled = title + rows.replace("應受助學生數\t100%", "應受助學生數\t100%\t98%");
      assertThat(DocumentLayout.detect(grid(filled))).as(title).isNotEqualTo(DocumentLayout.TARGET_DECLARATION);
    }
  }

  @Test
  void textWithoutHeaderWordsIsUnknown() {
    assertThat(DocumentLayout.detect(grid("你好\t世界\n1\t2\n"))).isEqualTo(DocumentLayout.UNKNOWN);
    assertThat(DocumentLayout.detect(grid(""))).isEqualTo(DocumentLayout.UNKNOWN);
  }

  @Test
  void onlyTheFirstFortyRowsAreRead() {
    StringBuilder tsv = new StringBuilder();
    for (int i = 0; i < DocumentLayout.ROWS_READ; i++) {
      tsv.append("行").append(i).append('\n');
    }
    tsv.append("项目支出绩效自评表\n项目名称\tx\n一级指标\t得分\t实际完成值\n");
    assertThat(DocumentLayout.detect(grid(tsv.toString()))).isEqualTo(DocumentLayout.UNKNOWN);
  }

  @Test
  void rowsOfEmptyCellsAboveAFormAreNotAmongTheRowsRead() throws Exception {
    // a sheet or a text with rows of tabs alone above the form: every reader passes them over
    String form = new String(java.nio.file.Files.readAllBytes(Path.of(Objects.requireNonNull(
        DocumentLayoutTest.class.getResource("/forms/standard-10pt_tianchang-shuihan-2022.tsv")).toURI())), java.nio.charset.StandardCharsets.UTF_8);
    String padded = "\t\t\t\n".repeat(60) + form;
    assertThat(DocumentLayout.detect(grid(padded))).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }
}
