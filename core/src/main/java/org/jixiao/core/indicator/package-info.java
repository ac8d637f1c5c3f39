/** Performance indicators (绩效指标): categories, target and actual text, weights. */
@NullMarked
@ModelStyle
package org.jixiao.core.indicator;

import org.jixiao.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
