/** Whole published documents: the disclosure table with its title, unit, projects and totals. */
@NullMarked
@ModelStyle
package org.jixiao.core.table;

import org.jixiao.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
