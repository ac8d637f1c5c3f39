package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/** A longer worded target restated with its verb of change moved (提升X / X有了进一步提升): audit s28. */
class ReorderedEchoTest {

  @Test
  void aLongerTargetRestatedWithItsVerbMovedIsMet() {
    met(judge(Subcategory.SOCIAL, "", "提升各街道就业服务队伍业务素质,优化了龙岗区就业创业服务环境。",
        "各街道就业服务队伍业务素质有了进一步提升,优化了龙岗区就业创业服务环境。"));
    met(judge(Subcategory.SOCIAL, "", "改善全镇群众生产生活出行条件", "全镇群众生产生活出行条件得到改善"));
  }

  @Test
  void aRestatementWithANegationIsNotMet() {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "", "改善全镇群众生产生活出行条件", "全镇群众生产生活出行条件未得到改善");
    assertThat(v.fraction().orElse(BigDecimal.ZERO)).isLessThan(BigDecimal.ONE);
  }
}
