/** Adapts jixiao generators to QuickTheories {@code Gen}s, keeping QuickTheories' shrinking. */
@NullMarked
package org.jixiao.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
