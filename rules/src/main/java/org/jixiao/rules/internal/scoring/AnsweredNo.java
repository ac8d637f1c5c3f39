package org.jixiao.rules.internal.scoring;

import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Vocabulary;

/**
 * A question whose target is 否 answered 是 or 否: {@code 是否发生安全事故 | 否 | 否} asks that no
 * accident happen and says none did, so the target is met; {@code 是否存在虚报冒领 | 否 | 是} says
 * what was not to be was, so it is not. Read as words, 否 is the word of not achieved and 是 of
 * achieved, which turned both verdicts round.
 *
 * <p>Only where the target's 否 is plainly the answer sought (review 62d): the target is 否 alone and
 * the actual 是 or 否 alone (white space and closing punctuation aside); the indicator's name asks
 * 是否 or 有无 (not 培训人数 | 否 | 否, a cell slid from another column) about something not to happen
 * ({@link #UNWANTED}: not 是否专款专用, whose 否 may be a slip); the question is not negated
 * (是否未发生安全事故, 是否零事故: 否 there would be a bad answer); and it does not ask whether
 * something wanted was done (资金是否及时拨付, 项目是否按期完成: words of achievement, under which a
 * target of 否 is a slip). A target of 是 is read by the words as before (是 met, 否 not).
 */
final class AnsweredNo {
  private AnsweredNo() {}

  /**
   * Words of something that is not to happen, one of which the question must name: the verbs of
   * happening (是否发生, 是否存在, 是否出现) and the wrongs forms ask about by name. A question naming
   * none (是否专款专用 | 否 | 是) may ask for something wanted, and its 否 be a slip.
   */
  private static final List<String> UNWANTED =
      List.of("发生", "存在", "出现", "超出", "超过", "超支", "超标", "违规", "违纪", "违法", "事故", "投诉", "上访", "挤占", "挪用",
          "截留", "套取", "虚报", "冒领", "重复", "返贫", "舆情", "拖欠", "浪费", "闲置", "滞留", "损失", "纠纷", "污染");

  /** Words of the question's own that make it negated: 是否未发生, 是否无, 是否零, 是否杜绝. */
  private static final List<String> NEGATED = List.of("未", "无", "零", "不", "没", "非", "杜绝", "避免", "防止", "禁止", "严禁");

  /** Whether the actual agrees with a target of 否 of a question the name asks; empty when this does not apply. */
  static Optional<Boolean> agrees(String name, String target, String actual, Vocabulary vocabulary) {
    if (target.length() > 8 || !bare(target).equals("否")) { // the length first: nearly every target is longer
      return Optional.empty();
    }
    String answer = bare(actual);
    if (!answer.equals("否") && !answer.equals("是")) {
      return Optional.empty();
    }
    String question = question(IndicatorTexts.normalize(name));
    if (question.isEmpty() || negated(question) || !Texts.containsAny(question, UNWANTED)) {
      return Optional.empty();
    }
    Optional<Reading> asked = vocabulary.read(question);
    if (asked.isPresent() && (asked.get().band() == Band.ACHIEVED || asked.get().mixed())) {
      return Optional.empty(); // 是否按期完成 | 否: a slip of the form's, not what was asked
    }
    return Optional.of(answer.equals("否"));
  }

  private static boolean negated(String question) {
    for (String word : NEGATED) {
      if (question.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** What the name asks after 是否 or 有无, or empty when it asks neither. */
  private static String question(String name) {
    int at = name.indexOf("是否");
    if (at < 0) {
      at = name.indexOf("有无");
    }
    return at < 0 ? "" : name.substring(at + 2).strip();
  }

  /** The normalised text without white space and the punctuation that may close a cell (否。). */
  private static String bare(String text) {
    return Texts.withoutClosing(IndicatorTexts.normalize(text));
  }
}
