/** Projects (项目), their fund sources (资金来源) and the cells a reader could not place. */
@NullMarked
@ModelStyle
package org.jixiao.core.project;

import org.jixiao.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
