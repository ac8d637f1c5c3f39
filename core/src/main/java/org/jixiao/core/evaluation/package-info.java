/**
 * The results of evaluation: scores with their traces, grades, statuses and findings. They live
 * in core so that readers and writers can handle them without depending on the rule engine.
 */
@NullMarked
@ModelStyle
package org.jixiao.core.evaluation;

import org.jixiao.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
