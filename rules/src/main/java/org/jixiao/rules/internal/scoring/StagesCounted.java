package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.FigureRoles;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jixiao.rules.text.Quantity;

/**
 * Counts of one work at its stages, told apart by the stage the name asks (review 70f, 71a: 老旧小区改造项目开工12个，完工7个
 * under 老旧小区改造完工数, 检查社会单位652家，责令整改412家 under 督促整改单位数, 申请发明专利9件，获授权3件 under 授权发明专利数量,
 * 受理各类案件3,420件，审结3,185件 under 审结案件数). Each count's stage is the last word of a stage of work before it in its
 * clause (开工 of 老旧小区改造项目开工, not 改造: the work is the subject, the stage what was counted of it). They were tied, and
 * undetermined. Part of {@link FigureScorer}, asked of counts no other reading told apart.
 *
 * <p>Exactly one count must be at a stage the name holds, and every other at a stage the name does not: a count with no stage
 * word before it (为残疾人适配辅助器具365人), or two at stages the name holds (检查校外培训机构128家 under 校外培训机构整改数: 培训
 * is the name's too), leave them tied, as does a plan or the target restated among them (目标改造500户).
 */
final class StagesCounted {
  private StagesCounted() {}

  /** Words of a stage of work a count may be of, each a step a name may ask. */
  private static final List<String> STAGES =
      List.of("开工", "完工", "竣工", "建成", "投用", "新建", "新植", "补植", "改造", "维修", "申请", "申报", "受理", "立案", "审结", "结案", "办结",
          "授权", "核准", "注册", "排查", "检查", "抽检", "抽查", "整改", "治理", "拆除", "查处", "救助", "培训", "训练", "取证", "考核", "验收", "签约",
          "发放", "审核", "审批", "批准", "接种", "招聘", "录用", "帮扶", "走访", "处置", "化解", "调解", "摸排", "发现", "举报", "投诉");

  /**
   * The one of {@code ties} (counts of the normalised {@code actual}) at the stage {@code name} asks, alone; {@code ties}
   * itself when not exactly one is, or when some count names no stage before it.
   */
  static List<Quantity> asked(List<Quantity> ties, String actual, String name) {
    if (ties.size() < 2) {
      return ties;
    }
    Quantity found = null;
    List<String> labels = new ArrayList<>(ties.size());
    for (Quantity q : ties) {
      if (FigureRoles.of(actual, q.start()) == FigureRoles.Role.PLAN || RestatedTargets.asideAt(actual, q.start()) >= 0) {
        return ties; // 排查农村危房486户（目标改造500户）: a plan or the target restated is for other readings
      }
      String label = labelOf(actual, q, ties);
      List<String> stages = lastStages(label);
      if (stages.isEmpty()) {
        return ties;
      }
      labels.add(label);
      if (Texts.containsAny(name, stages)) {
        if (found != null) {
          return ties;
        }
        found = q;
      }
    }
    if (found == null) {
      return ties;
    }
    // 全年专利授权2,350件；发明专利申请410件 under 发明专利授权量: the count at the stage names a wider subject (专利) than
    // another count and the name do (发明专利)
    int chosen = ties.indexOf(found);
    List<String> subject = subjectWords(labels.get(chosen), name);
    for (int k = 0; k < labels.size() && !subject.isEmpty(); k++) {
      List<String> other = subjectWords(labels.get(k), name);
      if (k != chosen && other.containsAll(subject) && !subject.containsAll(other)) {
        return ties;
      }
    }
    return List.of(found);
  }

  /** The words before {@code q}, back to its clause's start or the count before it. */
  private static String labelOf(String actual, Quantity q, List<Quantity> ties) {
    int from = Clauses.clauseStart(actual, q.start());
    for (Quantity other : ties) {
      if (other != q && other.end() <= q.start() && other.end() > from) {
        from = other.end();
      }
    }
    return actual.substring(from, q.start());
  }

  /** Stages a later stage may follow right after, both of one step (建成投用, 竣工验收): not the work (改造开工 is 开工). */
  private static final List<String> FINISHED = List.of("建成", "竣工", "完工");

  /** The last stage word of {@code label}, with a finished stage right before it (建成 of 建成投用, not 改造 of 改造开工); none when none. */
  private static List<String> lastStages(String label) {
    List<String> run = new ArrayList<>(2);
    int end = -1;
    for (int k = label.length() - 2; k >= 0; k--) {
      String word = label.substring(k, k + 2);
      if (end < 0 ? STAGES.contains(word) : k + 2 == end && FINISHED.contains(word)) {
        run.add(word);
        end = k;
        k--; // the word's first character is taken
      } else if (end >= 0) {
        break;
      }
    }
    return run;
  }

  /**
   * The two characters of {@code name} side by side that {@code label} holds, outside the name's stage words: the subject it
   * names (发明, 明专, 专利 of 发明专利授权量, not 利授).
   */
  private static List<String> subjectWords(String label, String name) {
    boolean[] stage = new boolean[name.length()];
    for (String word : STAGES) {
      for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
        stage[at] = true;
        stage[at + 1] = true;
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k + 2 <= name.length(); k++) {
      String word = name.substring(k, k + 2);
      if (!stage[k] && !stage[k + 1] && label.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
