/** Understanding indicator text: targets, actual figures, numbered lists, units and completion words. */
@NullMarked
package org.jixiao.rules.text;

import org.jspecify.annotations.NullMarked;
