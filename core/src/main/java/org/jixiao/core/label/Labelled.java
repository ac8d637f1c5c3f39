package org.jixiao.core.label;

import java.util.List;

/**
 * A constant with a Chinese label, as printed in published tables.
 *
 * <p>{@link #label()} is the canonical label; {@link #labelVariants()} are the other spellings
 * that real tables print for the same thing (shortened headers, older names). Both are matched
 * by {@link Labels#parse} after {@linkplain Labels#normalize normalisation}.
 */
public interface Labelled {
  /** The label with its variants. */
  Label labels();

  /** The canonical Chinese label, for example {@code 一般公共预算}. */
  default String label() {
    return labels().text();
  }

  /** Other spellings that mean the same thing; never contains {@link #label()}. */
  default List<String> labelVariants() {
    return labels().variants();
  }
}
