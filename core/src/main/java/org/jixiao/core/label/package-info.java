/** Chinese labels of the model's constants, and parsing of the variants real tables print. */
@NullMarked
package org.jixiao.core.label;

import org.jspecify.annotations.NullMarked;
