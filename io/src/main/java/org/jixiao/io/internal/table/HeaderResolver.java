package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.FundKind;
import org.jixiao.io.internal.table.HeaderLabels.Kind;
import org.jixiao.io.internal.table.HeaderLabels.Label;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a header block (one to four rows) into a {@link Layout}.
 *
 * <p>Level-1 labels (序号 … 整改情况, 产出目标 …) fix the columns and the spans of the groups:
 * PDF extraction keeps them in place. Lower rows are often shifted by a column, so they are used
 * by meaning and order rather than position: the level-2 labels that belong to a category (by
 * {@link Subcategory#category()}) take that category's column pairs in the order printed; fund
 * labels inside the 实际支出金额 span take their own column. A label that does not sit over the
 * column it ends up naming, or that names a column the data has no position for, makes the
 * header <em>misaligned</em>.
 */
final class HeaderResolver {
  private HeaderResolver() {}

  /** One header row as read. */
  record HeaderRow(long line, String[] cells) {}

  /**
   * A label that is misplaced, unplaced, unknown or ignored; column is zero-based. {@code what}
   * says what is wrong with a misplaced label (a part {@code JX-I-0185} … {@code JX-I-0192}), or
   * names an unknown or ignored one. {@code understood}: the resolver knows what the label names
   * despite its position (a shifted label given its column by meaning and order, a fund the rows
   * have no column for).
   */
  record Issue(Msg what, long line, int column, String text, boolean understood) {}

  /**
   * The layout and what was odd about the header. {@code unknownLabels} holds every label the
   * reader does not know, also those over a column that another label names, with its raw text;
   * {@code statedUnits} the labels that state the money unit of their amounts.
   */
  record Resolved(
      Layout layout,
      List<Issue> misplaced,
      List<Issue> unknown,
      List<Issue> ignored,
      List<Issue> unknownLabels,
      List<Label> statedUnits) {}

  static Resolved resolve(List<HeaderRow> rows) {
    List<Label> labels = new ArrayList<>();
    int headerWidth = 0;
    for (int r = 0; r < rows.size(); r++) {
      HeaderRow row = rows.get(r);
      for (int c = 0; c < row.cells().length; c++) {
        String cell = row.cells()[c];
        if (!Cells.isBlank(cell)) {
          labels.add(HeaderLabels.classify(cell, r, c, row.line(), r == 0));
          headerWidth = Math.max(headerWidth, c + 1);
        }
      }
    }
    int size = headerWidth + 1;
    Role[] roles = new Role[size];
    FundKind[] funds = new FundKind[size];
    Category[] categories = new Category[size];
    Subcategory[] subcategories = new Subcategory[size];
    String[] groupText = new String[size];
    List<Issue> misplaced = new ArrayList<>();
    List<Issue> unknown = new ArrayList<>();
    List<Issue> ignored = new ArrayList<>();
    List<Issue> unknownLabels = new ArrayList<>();
    Set<Label> used = new java.util.HashSet<>();

    // Level 1: fields and categories fix columns and group spans.
    TreeMap<Integer, Label> level1 = new TreeMap<>();
    Set<Role> seenRoles = EnumSet.noneOf(Role.class);
    Set<Category> seenCategories = EnumSet.noneOf(Category.class);
    for (Label label : labels) {
      boolean field = label.kind() == Kind.FIELD;
      if (!field && label.kind() != Kind.CATEGORY) {
        continue;
      }
      boolean duplicate =
          field
              ? !seenRoles.add(requireRole(label))
              : !seenCategories.add(requireCategory(label));
      if (duplicate || level1.containsKey(label.column())) {
        misplaced.add(unclear(label, said("JX-I-0185", label)));
        used.add(label);
        continue;
      }
      level1.put(label.column(), label);
      used.add(label);
    }
    int actualStart = -1;
    int actualEnd = -1;
    List<int[]> categorySpans = new ArrayList<>();
    List<Label> categoryLabels = new ArrayList<>();
    for (Map.Entry<Integer, Label> entry : level1.entrySet()) {
      int start = entry.getKey();
      Label label = entry.getValue();
      Integer next = level1.higherKey(start);
      int end = next != null ? next : headerWidth;
      if (label.kind() == Kind.FIELD) {
        Role role = requireRole(label);
        roles[start] = role;
        if (role == Role.ACTUAL) {
          actualStart = start;
          actualEnd = end;
        }
      } else {
        categorySpans.add(new int[] {start, end});
        categoryLabels.add(label);
      }
    }

    // The money block: 合计 at its start, then one column per fund label (the deepest wins).
    List<Label> fundLabels = new ArrayList<>();
    for (Label label : labels) {
      if (label.kind() == Kind.FUND) {
        fundLabels.add(label);
      }
    }
    if (actualStart >= 0) {
      for (int c = actualStart + 1; c < actualEnd; c++) {
        Label deepest = null;
        for (Label label : fundLabels) {
          if (label.column() == c && (deepest == null || label.row() > deepest.row())) {
            deepest = label;
          }
        }
        if (deepest != null) {
          roles[c] = Role.FUND;
          funds[c] = deepest.fund();
          for (Label label : fundLabels) {
            if (label.column() == c) {
              used.add(label); // the deepest names the column, the others group it
            }
          }
        }
      }
    }
    List<FundKind> unplacedFunds = new ArrayList<>();
    for (Label label : fundLabels) {
      if (used.contains(label)) {
        continue;
      }
      used.add(label);
      int free = -1;
      for (int c = actualStart + 1; actualStart >= 0 && c < actualEnd; c++) {
        if (roles[c] == null) {
          free = c;
          break;
        }
      }
      FundKind kind = requireFund(label);
      if (free >= 0) {
        roles[free] = Role.FUND;
        funds[free] = kind;
        misplaced.add(issue(label, said("JX-I-0186", label).arg("column", free + 1L)));
      } else {
        unplacedFunds.add(kind);
        misplaced.add(issue(label, said("JX-I-0187", label)));
      }
    }

    // Indicator pairs: the level-2 labels of each category, in printed order.
    List<Label> subLabels = new ArrayList<>();
    for (Label label : labels) {
      if (label.kind() == Kind.SUBCATEGORY) {
        subLabels.add(label);
      }
    }
    subLabels.sort(Comparator.comparingInt(Label::column).thenComparingInt(Label::row));
    for (int i = 0; i < categorySpans.size(); i++) {
      int start = categorySpans.get(i)[0];
      int end = categorySpans.get(i)[1];
      Category category = requireCategory(categoryLabels.get(i));
      String categoryText = categoryLabels.get(i).raw().strip();
      List<Label> mine = new ArrayList<>();
      for (Label label : subLabels) {
        if (requireSubcategory(label).category() == category) {
          mine.add(label);
        }
      }
      if (mine.isEmpty()) {
        for (int p = start; p + 1 < end; p += 2) {
          assignPair(roles, categories, subcategories, groupText, p, category, null, categoryText);
        }
        continue;
      }
      int p = start;
      for (Label label : mine) {
        used.add(label);
        if (p + 1 < end) {
          Subcategory sub = requireSubcategory(label);
          assignPair(roles, categories, subcategories, groupText, p, category, sub, categoryText);
          if (label.column() != p) {
            misplaced.add(issue(label, said("JX-I-0186", label).arg("column", p + 1L)));
          }
          p += 2;
        } else {
          misplaced.add(
              unclear(label, said("JX-I-0188", label).arg("category", categoryText)));
        }
      }
    }
    for (Label label : subLabels) {
      if (used.contains(label)) {
        continue;
      }
      int c = label.column();
      Subcategory sub = requireSubcategory(label);
      if (c + 1 < size && roles[c] == null && roles[c + 1] == null) {
        assignPair(
            roles, categories, subcategories, groupText, c, sub.category(), sub, "");
      } else {
        misplaced.add(unclear(label, said("JX-I-0189", label)));
      }
    }

    // Remaining labels: check the pair labels and 合计, collect unknown and evaluation columns.
    for (Label label : labels) {
      int c = label.column();
      switch (label.kind()) {
        case PAIR_TARGET:
          if (roles[c] != Role.TARGET) {
            misplaced.add(issue(label, said("JX-I-0190", label)));
          }
          break;
        case PAIR_ACHIEVED:
          if (roles[c] != Role.ACHIEVED) {
            misplaced.add(issue(label, said("JX-I-0191", label)));
          }
          break;
        case ACTUAL_TOTAL:
          if (c != actualStart) {
            misplaced.add(issue(label, said("JX-I-0192", label)));
          }
          break;
        case EVALUATION:
          if (roles[c] == null) {
            roles[c] = Role.EVALUATION;
            ignored.add(issue(label, said("JX-I-0195", label)));
          }
          break;
        case UNKNOWN:
          if (roles[c] == null) {
            roles[c] = Role.UNKNOWN;
            unknown.add(issue(label, said("JX-I-0195", label)));
          }
          unknownLabels.add(issue(label, said("JX-I-0195", label)));
          break;
        default:
          break;
      }
    }

    int width = 0;
    for (int c = 0; c < size; c++) {
      if (roles[c] != null) {
        width = c + 1;
      }
    }
    // Header texts reach past the layout: a cell beyond it keeps what is printed above it.
    String[] headers = new String[Math.max(width, headerWidth)];
    for (int c = 0; c < headers.length; c++) {
      headers[c] = headerText(roles[c], funds[c], subcategories[c], groupText[c], rows, c);
    }
    Layout layout =
        new Layout(
            Arrays.copyOf(roles, width),
            Arrays.copyOf(funds, width),
            Arrays.copyOf(categories, width),
            Arrays.copyOf(subcategories, width),
            headers,
            unplacedFunds,
            misplaced.isEmpty());
    List<Label> statedUnits = new ArrayList<>();
    for (Label label : labels) {
      if (label.unit() != null) {
        statedUnits.add(label); // 预算金额（万元）: the unit the heading states for its amounts
      }
    }
    return new Resolved(layout, misplaced, unknown, ignored, unknownLabels, statedUnits);
  }

  private static void assignPair(
      @Nullable Role[] roles,
      @Nullable Category[] categories,
      @Nullable Subcategory[] subcategories,
      @Nullable String[] groupText,
      int column,
      Category category,
      @Nullable Subcategory subcategory,
      String categoryText) {
    String group =
        (categoryText.isEmpty() ? category.label() : categoryText)
            + (subcategory != null ? "/" + subcategory.label() : "");
    for (int c = column; c <= column + 1; c++) {
      roles[c] = c == column ? Role.TARGET : Role.ACHIEVED;
      categories[c] = category;
      subcategories[c] = subcategory;
      groupText[c] = group;
    }
  }

  private static String headerText(
      @Nullable Role role,
      @Nullable FundKind fund,
      @Nullable Subcategory subcategory,
      @Nullable String group,
      List<HeaderRow> rows,
      int column) {
    if (role == null || role == Role.UNKNOWN || role == Role.EVALUATION) {
      return rawText(rows, column);
    }
    switch (role) {
      case FUND:
        return Role.ACTUAL.label() + "/" + (fund != null ? fund.label() : "");
      case ACTUAL:
        return Role.ACTUAL.label() + "/合计";
      case TARGET:
      case ACHIEVED:
        return (group != null ? group + "/" : "") + role.label();
      default:
        return role.label();
    }
  }

  /** The header texts printed above a column, top to bottom, joined by '/'. */
  static String rawText(List<HeaderRow> rows, int column) {
    StringBuilder out = new StringBuilder();
    for (HeaderRow row : rows) {
      if (column < row.cells().length && !Cells.isBlank(row.cells()[column])) {
        if (out.length() > 0) {
          out.append('/');
        }
        out.append(row.cells()[column].strip());
      }
    }
    return out.toString();
  }

  /** A phrase about a label, which it names as printed (shortened: a label can be long). */
  private static Msg said(String code, Label label) {
    return Msg.of(code).arg("label", Cells.shorten(label.raw().strip(), 40));
  }

  private static Issue issue(Label label, Msg what) {
    return new Issue(what, label.line(), label.column(), label.raw(), true);
  }

  private static Issue unclear(Label label, Msg what) {
    return new Issue(what, label.line(), label.column(), label.raw(), false);
  }

  private static Role requireRole(Label label) {
    Role role = label.role();
    if (role == null) {
      throw new IllegalStateException("field label without role");
    }
    return role;
  }

  private static Category requireCategory(Label label) {
    Category category = label.category();
    if (category == null) {
      throw new IllegalStateException("category label without category");
    }
    return category;
  }

  private static Subcategory requireSubcategory(Label label) {
    Subcategory sub = label.subcategory();
    if (sub == null) {
      throw new IllegalStateException("subcategory label without subcategory");
    }
    return sub;
  }

  private static FundKind requireFund(Label label) {
    FundKind fund = label.fund();
    if (fund == null) {
      throw new IllegalStateException("fund label without fund");
    }
    return fund;
  }
}
