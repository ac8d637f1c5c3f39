package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that say a quality target was met, beside 符合 and 合格: 满足 (满足要求), 合规, 齐全 and 完整
 * (资料齐全 / 资料完整) were undetermined; they are completion words now, their 不 forms shortfalls and
 * their rates (完整率, 合规性) decoys. And a degree below the band's top before a word of completion
 * (基本符合, 基本合格, 基本按时, 部分合格) says how far it holds, as the listed 基本完成 and 基本达标
 * did: the word alone read 100 %.
 */
class WordsOfConformityTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "符合要求 | 满足要求 | 1",
        "资金使用合规性 | 合规 | 1",
        "资料完整 | 资料齐全 | 1",
        "设备配备 | 配备齐全 | 1",
        "资料完整 | 资料不完整 | 0.30",
        "合规 | 不合规 | 0.30",
        "满足需求 | 未能满足需求 | 0.30",
        "满足需求 | 基本满足 | 0.80",
        // a degree below the top before a word of completion
        "符合要求 | 基本符合 | 0.80",
        "合格 | 基本合格 | 0.80",
        "按时 | 基本按时 | 0.80",
        "资料完整 | 资料基本齐全 | 0.80",
        "合格 | 部分合格 | 0.70",
        "完成 | 基本完成 | 0.80", // listed before, unchanged
        // review 53b: 合规 of other words, 满足 as a purpose, a lack
        "规范 | 国土空间综合规划尚未批复 | 0.30",
        "按要求完成 | 整合规划未完成 | 0.30",
        "按计划完工 | 为满足群众需求，项目未完工 | 0.30",
        "规范 | 资料欠完整 | 0.30",
        "规范 | 缺少完整资料 | 0.30",
        // review 53c: a lack solved is no lack, and 可以满足 is no purpose
        "明显提升 | 解决了贫困户缺乏资金的难题，服务水平明显提升 | 1",
        "明显提升 | 可以满足群众需求 | 1",
        // a share after 满足 says how much, as after 完成 (review 53c)
        "满足需求 | 满足需求的70% | 0.70",
        // a degree of the word's noun says how far (完整度不高 is no 完整)
        "资料完整 | 资料完整度较高 | 0.90",
        // the degree says which people, not how far (为部分符合条件的群众)
        "按标准发放 | 为部分符合条件的困难群众发放了补贴 | 1",
        // a figure beside a rate named by the word is the rate's
        "完整率100% | 完整率95% | 0.95",
        // session 54: 按 a rule negated is not done by it (read 70 %: the rule as met, the negation as not)
        "按标准发放 | 未按标准发放 | 0.30",
        "按计划实施 | 没有按照计划实施 | 0.30",
        "按标准发放 | 按标准发放 | 1",
        // review 54a: a breach of the rule that did not happen or was dealt with; a rule not followed in full
        "按规定使用资金 | 未发现未按规定使用资金情况 | 1",
        "按规定使用资金 | 杜绝不按标准收费 | 1",
        "按规定使用资金 | 不存在未按规定使用资金的情况 | 1",
        "按计划实施 | 未完全按计划实施 | 0.70",
        // review 54c: no failure found
        "验收合格 | 验收合格，无不合格项 | 1",
        "合格 | 未发现不合格产品 | 1",
        // review 54d: a breach counted nil; a count of the part not done as asked
        "按规定使用资金 | 未按规定使用资金的情况为零 | 1",
        "按规定使用资金 | 未按规定使用资金0起 | 1",
        "按规定使用资金 | 未按规定使用资金情况：无 | 1",
        "按规定使用资金 | 没有未按规定使用资金现象 | 1",
        // review 54e: a part named by 第 is a part; a count alone may be all of it; a nil of another thing is none
        "按计划开展4期 | 未按计划开展第3、4期 | 0.70",
        "按计划开展4期 | 未按计划开展4期培训 | 0.30",
        // review 54f: a count not done as asked beside a count done is a part; a breach answered nil with its unit
        "按要求开展培训 | 开展培训10期，未按要求开展1期 | 0.70",
        "按计划开展 | 全年开展检查24次，未按计划开展2次 | 0.70",
        "按规定使用资金 | 未按规定使用资金：无 | 1",
        "按规定使用资金 | 未按规定使用资金0万元 | 1",
        "按标准发放 | 未按标准发放补贴0户 | 1",
        "按计划开展 | 未按计划开展培训仅完成0期 | 0.30",
        // review 54g: a zero of work done or of another thing is no nil of the breach; a count of another unit no part
        "按计划实施 | 未按计划实施进度为0% | 0.30",
        "按计划拨付 | 未按计划拨付资金已拨付0万元 | 0.30",
        "按计划开展4期 | 涉及3个乡镇，未按计划开展4期 | 0.30",
        // review 54h: the breach's own verb or a space before its nil; another count of the same unit in the clause
        "按规定处理 | 未按规定处理：无 | 1",
        "按规定使用资金 | 未按规定使用资金 0万元 | 1",
        "按计划开展培训 | 开展培训10期，未按计划在2个乡镇开展1期 | 0.70",
        // review 54i: a zero of the work itself, not of the breach
        "按计划建设 | 未按计划建设建成0个 | 0.30",
        "按计划建设 | 项目未按计划建设已建成0个 | 0.30",
        "按规定招聘 | 未按规定程序招聘人员0人 | 1",
        "按规定使用资金 | 未按规定程序采购的金额为0 | 1",
        "按规定使用资金 | 未按规定使用资金是否整改：否 | 0.30",
        "按计划开展 | 未按计划开展培训参训人数为0人 | 0.30",
      })
  void readAsACarefulReaderDoes(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "质量", target, actual);
    scoredAt(v, fraction);
  }
}
