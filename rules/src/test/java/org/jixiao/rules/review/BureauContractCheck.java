package org.jixiao.rules.review;

import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;

/** A bureau's review check, registered for ServiceLoader in the test resources. */
public final class BureauContractCheck implements ReviewCheck {
  /** Needed by ServiceLoader. */
  public BureauContractCheck() {}

  @Override
  public String id() {
    return "bureau-outsourcing-contract";
  }

  @Override
  public ReviewAspect aspect() {
    return ReviewAspect.COMPLETENESS;
  }

  @Override
  public List<Finding> check(Project declaration, ReviewContext context) {
    boolean outsourced = declaration.name().contains("政府购买服务");
    boolean contract = declaration.calculationBasis().filter(t -> t.contains("合同")).isPresent();
    return outsourced && !contract
        ? List.of(
            Finding.builder()
                .rule(id())
                .code("BUREAU-V-01")
                .severity(Severity.WARNING)
                .message("问题：政府购买服务项目的测算依据未提及合同。建议：写明合同金额和期限。")
                .build())
        : List.of();
  }
}
