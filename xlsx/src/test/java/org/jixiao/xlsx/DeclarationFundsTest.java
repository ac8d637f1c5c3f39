package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.xlsx.DeclarationTextTest.readText;

import java.util.Optional;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.junit.jupiter.api.Test;

/**
 * The fund rows under a declaration's amount as real forms print them: numbered, in one cell
 * with a colon, followed by their own breakdown in brackets.
 */
class DeclarationFundsTest {
  private static Project read(String funds) throws Exception {
    String text = "项目绩效目标表\n项目名称\t困难家庭走访\n年度资金总额及构成\t总额100万元\n" + funds
        + "年度目标\t完成全区困难家庭的入户走访。\n"
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t走访户数\t≥100户\n";
    return readText(text, "funds.tsv").value().projects().get(0);
  }

  @Test
  void numberedFundsInOneCellEachAreRead() throws Exception {
    // 宁乡坝塘 2021: 一、财政拨款:… 二、自有资金:0万元 三、其他:3683.3970万元
    Project p = read("\t一、财政拨款:60万元\n\t二、自有资金:0万元\n\t三、其他:40万元\n");
    assertThat(p.funds()).extracting(FundSource::kind)
        .containsExactly(FundKind.FISCAL_APPROPRIATION, FundKind.NON_FISCAL, FundKind.NON_FISCAL);
    assertThat(p.funds()).extracting(f -> f.budget().orElseThrow().toPlainString()).containsExactly("60", "0", "40");
    // 其他 is read as the other funds, and what was printed stays beside the kind
    assertThat(p.funds().get(2).label()).contains("其他");
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("三、其他:40万元");
  }

  @Test
  void aFundsOwnBreakdownInBracketsIsKeptBesideIt() throws Exception {
    Project p = read("\t财政拨款:60万元(其中:上级财政资金:50万元;本级财政:10万元)\n");
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION);
      assertThat(f.budget().orElseThrow()).isEqualByComparingTo("60");
    });
    assertThat(p.strayCells()).contains(StrayCell.of(1, Optional.of("财政拨款"), "(其中:上级财政资金:50万元;本级财政:10万元)"));
  }

  @Test
  void aBracketedListNumberAndAFullWidthColonAreRead() throws Exception {
    Project p = read("\t（一）其中：财政拨款：60万元\n\t(2)其他资金\t40\n");
    assertThat(p.funds()).extracting(FundSource::kind).containsExactly(FundKind.FISCAL_APPROPRIATION, FundKind.NON_FISCAL);
    assertThat(p.funds()).extracting(FundSource::label).containsOnly(Optional.empty());
  }
}
