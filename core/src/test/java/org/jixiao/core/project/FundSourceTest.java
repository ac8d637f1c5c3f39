package org.jixiao.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;
import org.junit.jupiter.api.Test;

/** A fund source keeps the label a document printed when the kind does not say it. */
class FundSourceTest {

  @Test
  void aLabelThatIsNotTheKindsOwnNameIsKeptStripped() {
    assertThat(FundSource.labelBeside(FundKind.FISCAL_APPROPRIATION, " 中央补助 ")).contains("中央补助");
    assertThat(FundSource.labelBeside(FundKind.NON_FISCAL, "其它资金")).contains("其它资金");
  }

  @Test
  void theKindsOwnNamesAndBlanksGiveNoLabel() {
    assertThat(FundSource.labelBeside(FundKind.FISCAL_APPROPRIATION, "当年财政拨款")).isEmpty();
    assertThat(FundSource.labelBeside(FundKind.FISCAL_APPROPRIATION, "财政拨款")).isEmpty();
    assertThat(FundSource.labelBeside(FundKind.NON_FISCAL, "其他资金")).isEmpty();
    assertThat(FundSource.labelBeside(FundKind.CARRIED_OVER, "  ")).isEmpty();
  }

  @Test
  void aNameOfAnotherKindIsKeptAsTheLabel() {
    // a reader that filed 一般公共预算 under another kind must not make the printed name vanish
    assertThat(FundSource.labelBeside(FundKind.FISCAL_APPROPRIATION, "一般公共预算")).contains("一般公共预算");
  }

  @Test
  void convertingTheMoneyUnitKeepsTheLabel() {
    FundSource f = FundSource.builder()
        .kind(FundKind.FISCAL_APPROPRIATION)
        .executed(new BigDecimal("4000"))
        .label("中央补助")
        .build();
    FundSource yuan = f.convert(MoneyUnit.WAN_YUAN, MoneyUnit.YUAN);
    assertThat(yuan.label()).isEqualTo(Optional.of("中央补助"));
    assertThat(yuan.executed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40000000"));
  }
}
