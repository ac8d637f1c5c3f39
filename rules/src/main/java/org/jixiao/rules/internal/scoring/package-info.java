/** The built-in scoring parts: execution rate, indicator scorers, weights, grade and status. */
@NullMarked
package org.jixiao.rules.internal.scoring;

import org.jspecify.annotations.NullMarked;
