package org.jixiao.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

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
        "department-wide_rate-over-100pct_jinzhai-chagu-2023.tsv")) {
      assertThat(DocumentLayout.detect(resource("/forms/" + f))).as(f).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
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
}
