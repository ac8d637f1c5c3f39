/** The built-in checks: rules that only add findings. */
@NullMarked
package org.jixiao.rules.internal.check;

import org.jspecify.annotations.NullMarked;
