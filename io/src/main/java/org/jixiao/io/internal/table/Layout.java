package org.jixiao.io.internal.table;

import java.util.Arrays;
import java.util.List;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.FundKind;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the rows under one header block: what each position holds, resolved from the
 * header text (not from fixed positions).
 */
final class Layout {
  private final @Nullable Role[] roles;
  private final @Nullable FundKind[] funds;
  private final @Nullable Category[] categories;
  private final @Nullable Subcategory[] subcategories;
  private final String[] headers;
  private final List<FundKind> unplacedFunds;
  private final boolean aligned;
  private final int anchor;
  private final int lastField;
  private final int seqColumn;
  private final int unitColumn;
  private final int nameColumn;
  private final int rectificationColumn;

  Layout(
      @Nullable Role[] roles,
      @Nullable FundKind[] funds,
      @Nullable Category[] categories,
      @Nullable Subcategory[] subcategories,
      String[] headers,
      List<FundKind> unplacedFunds,
      boolean aligned) {
    this.roles = roles;
    this.funds = funds;
    this.categories = categories;
    this.subcategories = subcategories;
    this.headers = headers;
    this.unplacedFunds = List.copyOf(unplacedFunds);
    this.aligned = aligned;
    int lastAnchor = -1;
    int last = -1;
    int seq = -1;
    int unit = -1;
    int name = -1;
    int rectification = -1;
    for (int c = 0; c < roles.length; c++) {
      Role role = roles[c];
      if (role == null) {
        continue;
      }
      if (role.isAnchor()) {
        lastAnchor = c;
      }
      if (role != Role.EVALUATION && role != Role.UNKNOWN) {
        last = c;
      }
      if (role == Role.SEQ && seq < 0) {
        seq = c;
      } else if (role == Role.UNIT && unit < 0) {
        unit = c;
      } else if (role == Role.NAME && name < 0) {
        name = c;
      } else if (role == Role.RECTIFICATION) {
        rectification = c;
      }
    }
    this.anchor = lastAnchor;
    this.lastField = last;
    this.seqColumn = seq;
    this.unitColumn = unit;
    this.nameColumn = name;
    this.rectificationColumn = rectification;
  }

  /** The number of columns the header defines. */
  int width() {
    return roles.length;
  }

  /** What column {@code c} holds; null beyond the header or where the header names nothing. */
  @Nullable Role role(int c) {
    return c < roles.length ? roles[c] : null;
  }

  @Nullable FundKind fund(int c) {
    return funds[c];
  }

  @Nullable Category category(int c) {
    return categories[c];
  }

  @Nullable Subcategory subcategory(int c) {
    return subcategories[c];
  }

  /** How many columns have a header text (the layout's columns and labels beyond them). */
  int headerCount() {
    return headers.length;
  }

  /** The header text for a stray cell at {@code c}; empty when the header has none there. */
  String header(int c) {
    return c < headers.length ? headers[c] : "";
  }

  /** Fund kinds the header names without a column of their own in the data. */
  List<FundKind> unplacedFunds() {
    return unplacedFunds;
  }

  /** Whether every label of the header sits over the column it names. */
  boolean aligned() {
    return aligned;
  }

  /** The last column holding a number or flag; text right of it can shift. */
  int anchor() {
    return anchor;
  }

  /** The last column holding a field of the model. */
  int lastField() {
    return lastField;
  }

  int seqColumn() {
    return seqColumn;
  }

  int unitColumn() {
    return unitColumn;
  }

  int nameColumn() {
    return nameColumn;
  }

  /**
   * Whether {@code other} puts the same fields in the same columns (a header repeated on the next
   * page usually does); its header texts may differ in wording.
   */
  boolean sameColumns(Layout other) {
    return other == this
        || (Arrays.equals(roles, other.roles)
            && Arrays.equals(funds, other.funds)
            && Arrays.equals(categories, other.categories)
            && Arrays.equals(subcategories, other.subcategories));
  }

  /** The 整改情况 column, or -1. */
  int rectificationColumn() {
    return rectificationColumn;
  }
}
