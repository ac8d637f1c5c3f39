/** The built-in checks of target review and what they share. */
@NullMarked
package org.jixiao.rules.internal.review;

import org.jspecify.annotations.NullMarked;
