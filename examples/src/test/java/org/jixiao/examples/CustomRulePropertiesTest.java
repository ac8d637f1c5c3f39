package org.jixiao.examples;

import org.jixiao.examples.custom.LowExecutionCheck;
import org.jixiao.examples.custom.LowExecutionPolicy;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.testkit.contract.ExecutionScorerContract;
import org.jixiao.testkit.contract.ProjectCheckContract;
import org.junit.jupiter.api.Nested;

/**
 * Example 4: property-test the custom rule of example 2 with the testkit's rule contracts.
 *
 * <p>Implementing a contract interface is all it takes: the inherited tests run the part on
 * hundreds of generated projects (zero budgets, huge amounts, spending above budget, hostile
 * text) and check points within 0..weight, determinism, monotony up to the budget and
 * thread-safety. A failure names the seed that reproduces it.
 */
class CustomRulePropertiesTest {

  @Nested
  class LowExecutionPolicyProperties implements ExecutionScorerContract {
    @Override
    public ExecutionScorer scorer() {
      return new LowExecutionPolicy();
    }
  }

  @Nested
  class LowExecutionCheckProperties implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return new LowExecutionCheck();
    }
  }
}
