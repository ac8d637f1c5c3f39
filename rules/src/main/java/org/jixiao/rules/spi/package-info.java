/** Plug-in points of the rule engine: every part has a stable id and can be added, replaced or disabled. */
@NullMarked
package org.jixiao.rules.spi;

import org.jspecify.annotations.NullMarked;
