/** Internals of jixiao-testkit; not exported, not API. */
@NullMarked
package org.jixiao.testkit.internal;

import org.jspecify.annotations.NullMarked;
