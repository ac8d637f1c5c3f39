/**
 * Target review (绩效目标审核): checking declared performance targets (绩效目标申报表) before the
 * money is spent — complete, measurable, specific, feasible and matched to the money.
 *
 * <p>Entry point: {@link org.jixiao.rules.review.Reviewer}. Review checks plug in like evaluation
 * parts, by the reviewer's builder or by {@link java.util.ServiceLoader} (service type {@link
 * org.jixiao.rules.spi.ReviewCheck}).
 */
@NullMarked
@RulesStyle
package org.jixiao.rules.review;

import org.jixiao.rules.internal.RulesStyle;
import org.jspecify.annotations.NullMarked;
