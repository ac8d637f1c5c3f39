package gov.example.bureau;

import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.testkit.contract.ExecutionScorerContract;
import org.jixiao.testkit.contract.ProjectCheckContract;
import org.junit.jupiter.api.Nested;

/** The testkit's contracts, applied to the bureau's parts the way the README shows. */
class BureauContractsTest {

  @Nested
  class PolicyContract implements ExecutionScorerContract {
    @Override
    public ExecutionScorer scorer() {
      return new LowExecutionPolicy();
    }
  }

  @Nested
  class CheckContract implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return new LowExecutionCheck();
    }
  }
}
