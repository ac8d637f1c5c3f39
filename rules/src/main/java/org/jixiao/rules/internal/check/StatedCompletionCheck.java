package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.scoring.Texts;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;

/**
 * The stated 绩效目标整体完成情况 against the derived status. The stated text is read as a status
 * first by its label (完成, 基本完成, 未完成, 已撤项 …), else through the vocabulary: a top-band
 * word at 100 % is 完成, lower in that band 基本完成, the middle band 部分完成, the bottom band 未完成,
 * withdrawal 已撤项.
 */
final class StatedCompletionCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.STATED_COMPLETION;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<String> stated = project.statedCompletion().filter(s -> !IndicatorTexts.isPlaceholder(s));
    if (stated.isEmpty()) {
      return List.of();
    }
    Optional<Status> said = statusOf(stated.get(), profile);
    String text = Texts.shorten(stated.get());
    if (said.isEmpty()) {
      return List.of(
          Findings.at(
              id(),
              Severity.INFO,
              Msg.of("JX-R-0271").arg("text", text),
              project,
              "statedCompletion",
              Texts.cut(stated.get(), 200)));
    }
    Status derived = evaluation.status();
    if (derived == Status.UNDETERMINED) {
      return List.of(
          Findings.at(
              id(),
              Severity.INFO,
              Msg.of("JX-R-0272").arg("stated", said.get().label()).arg("statedId", said.get().name()),
              project,
              "statedCompletion",
              text));
    }
    if (derived == said.get()) {
      return List.of();
    }
    return List.of(
        Findings.at(
            id(),
            Severity.WARNING,
            Msg.of("JX-R-0273")
                .arg("text", text)
                .arg("stated", said.get().label())
                .arg("statedId", said.get().name())
                .arg("derived", derived.label())
                .arg("derivedId", derived.name()),
            project,
            "statedCompletion",
            text));
  }

  /** The status a stated completion text names, if it names one. */
  static Optional<Status> statusOf(String stated, Profile profile) {
    Optional<Status> byLabel = Status.fromLabel(stated.strip());
    if (byLabel.isPresent()) {
      return byLabel;
    }
    Optional<Reading> reading = profile.vocabulary().read(stated);
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    Reading r = reading.get();
    if (r.withdrawn()) {
      return Optional.of(Status.CANCELLED);
    }
    if (r.band() == Band.ACHIEVED) {
      return Optional.of(r.fraction().compareTo(BigDecimal.ONE) == 0 ? Status.COMPLETED : Status.MOSTLY_COMPLETED);
    }
    if (r.band() == Band.PARTLY_ACHIEVED) {
      return Optional.of(Status.PARTIALLY_COMPLETED);
    }
    return Optional.of(Status.NOT_COMPLETED);
  }
}
