/** Hand-written scanners behind {@code org.jixiao.rules.text}; linear time, no regular expressions. */
@NullMarked
package org.jixiao.rules.internal.text;

import org.jspecify.annotations.NullMarked;
