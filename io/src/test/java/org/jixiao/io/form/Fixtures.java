package org.jixiao.io.form;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;

/** The real published forms in {@code src/test/resources/forms} (sources in SOURCES.md there). */
final class Fixtures {
  private Fixtures() {}

  static final String TIANCHANG = "standard-10pt_tianchang-shuihan-2022.tsv";
  static final String LANGFANG = "standard-10pt_rate-86pct-score-9_langfang-nuantong-2019.tsv";
  static final String TANGXI_WEITUO = "standard-10pt_total-row-zero_tangxi-weituo-2022.tsv";
  static final String TANGXI_CUNJI = "standard-10pt_total-row-zero_tangxi-cunji-2022.tsv";
  static final String ZHONGJIANG = "xianjie-transfer_score-sum-110_zhongjiang-biaochi-2022.tsv";
  static final String HEXI = "xianjie-transfer_subrows-qizhong_hexi-zhongyang-2023.tsv";
  static final String QINGSHEN = "sichuan-2023_nature-unit_unscored_qingshen-gongzi-2023.tsv";
  static final String DAYING = "sichuan-2023_nature-unit_two-forms-stacked_daying-sifa-2023.tsv";
  static final String SHANGWU = "twenty-eighty_no-weight-column_shangwu-fuwumaoyi-2020.tsv";
  static final String CHANGNING = "twenty-eighty_rate-printed-20_changning-shengzhu-2022.tsv";
  static final String LIJIANG = "mirror-traditional-pinyin_nature-unit_lijiang-weipian-2020.tsv";
  static final String JINZHAI = "department-wide_rate-over-100pct_jinzhai-chagu-2023.tsv";
  static final String LICHENG = "district-shandong_actual-header-zhibiaozhi_licheng-wenhuaguan-2019.tsv";
  static final String HAIDIAN = "standard-10pt_goal-without-subheaders_haidian-baojie-2016.tsv";
  static final String LANGZHONG = "chegoushui-transfer_central-and-local-department_langzhong-shengdao-2021.tsv";
  static final String CHENGAN = "hebei-county_sub-scores-weight-share_chengan-gaoling-2020.tsv";
  static final String ANJU = "sichuan-transfer-regional_score-column-headed-50_anju-shipin-2021.tsv";
  static final String TIANJIAAN = "central-transfer_funds-management-block_tianjiaan-jiuyebuzhu-2024.tsv";
  static final String YONGDE = "yunnan-gongkai14_comparator-glyphs-department-line_yongde-yingyang-2022.tsv";
  static final String YINCHUAN = "yinchuan-city_unreadable-funds-headings_liuzhong-gongyong-2021.tsv";
  static final String LUHUO = "central-transfer_cut-at-indicator-header_luhuo-chuanranbing-2021.tsv";
  static final String LINGLING = "department-wide-hunan_level-unit-label-breakdowns-beside_lingling-jikong-2021.tsv";
  static final String MINGSHAN = "central-transfer-export_pingjiabiao-hangci-columns-a-to-e_mingshan-lincao-2024.tsv";

  static final String JIANGXI = "provincial-2017_points-with-fen_fragment_jiangxi-zhengxie-2017.tsv";
  static final String DAYING_SHUANGXIN = "report-table_actual-heading-shishi-jindu_daying-shuangxin-2020.tsv";
  static final String XIUNING = "central-transfer_goal-label-heads-column_xiuning-buzhan-2023.tsv";
  static final String EZHOU_2019 = "standard-10pt_level-from-second-label_ezhou-goumaifuwu-2019.tsv";
  static final String CAIDIAN = "mirror-traditional-pinyin_values-glossed-funds-sources_caidian-senlinfanghuo-2021.tsv";
  static final String SUINING = "central-transfer-regional_budget-named-by-its-money_suining-liangpinyixie-2021.tsv";
  static final String XIANNING = "central-transfer_funds-by-government-level_xianning-daqi-2021.tsv";
  static final String HUANGGANG = "mirror-traditional-pinyin_twenty-eighty-jindu-level_huanggang-shuitubaochi-2020.tsv";
  static final String HBUST = "report-table_zipingjieguo-title-zhibiaomingcheng_hbust-jiangzhuxuejin-2021.tsv";
  static final String LINGLING_LINYE = "department-wide-hunan_breakdowns-fused-label-figure_lingling-linye-2021.tsv";
  static final String DAYING_TUSHUGUAN = "sichuan-2022_begins-at-indicator-header_daying-tushuguan-2022.tsv";
  static final String CHANGJIANG = "twenty-eighty_level-one-heading-garbled-by-ocr_changjiang-jinbu-2020.tsv";
  static final String SUIXI = "anhui-county_ends-in-last-indicator-row_suixi-linshijiuzhu-2019.tsv";
  static final String LINXIANG = "standard-10pt_ends-in-last-indicator-row_linxiang-malukeng-2023.tsv";
  static final String HUANGGANG_DANGANGUAN = "mirror-traditional-pinyin_report-above-form_huanggang-danganguan-2020.tsv";
  static final String XUANCHENG = "mirror-traditional-pinyin_glossed-title_funds-only_xuancheng-dongwufangyi-2023.tsv";
  static final String GUANGSHUI_2019 =
      "hubei-guangshui-local_decision-management-block-level-above-yiji_guangshui-jiwei-juyuwang-2019.tsv";
  static final String GUANGSHUI_2021 = "hubei-guangshui-local_funds-by-source-level-above-yiji_guangshui-xiangcundaolu-2021.tsv";

  static final List<String> ALL =
      List.of(TIANCHANG, LANGFANG, TANGXI_WEITUO, TANGXI_CUNJI, ZHONGJIANG, HEXI, QINGSHEN, DAYING,
          SHANGWU, CHANGNING, LIJIANG, JINZHAI, LICHENG, HAIDIAN, LANGZHONG, CHENGAN, ANJU, TIANJIAAN, YONGDE, YINCHUAN,
          LUHUO, LINGLING, MINGSHAN, JIANGXI,
          DAYING_SHUANGXIN, XIUNING, EZHOU_2019, CAIDIAN, SUINING, XIANNING, HUANGGANG, HBUST, LINGLING_LINYE,
          DAYING_TUSHUGUAN, XUANCHENG, CHANGJIANG, SUIXI, LINXIANG, HUANGGANG_DANGANGUAN, GUANGSHUI_2019, GUANGSHUI_2021);

  /** A small form's head down to its indicator header, for tests that add indicator rows under it. */
  static final String INDICATOR_FORM_HEAD =
      "项目支出绩效自评表\n项目名称\t某建设项目\n实施单位\t某乡\n"
          + "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
          + "\t年度资金总额:\t100\t100\t100\t10\t100%\t10\n"
          + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";

  /** {@code tsv}, the text of a form, read by the default reader as {@code form.tsv}. */
  static ReadResult<PerformanceTable> read(String tsv) {
    return FormReader.builder().build().read(tsv, "form.tsv");
  }

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/forms/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fixture from its indicator header on: a copy of it cut above the block, as a stored page cuts it. */
  static String fromIndicatorHeader(String name) throws java.io.IOException {
    List<String> lines = java.nio.file.Files.readAllLines(path(name), java.nio.charset.StandardCharsets.UTF_8);
    int header = 0;
    while (!lines.get(header).contains("二级指标")) {
      header++;
    }
    return String.join("\n", lines.subList(header, lines.size())) + "\n";
  }
}
