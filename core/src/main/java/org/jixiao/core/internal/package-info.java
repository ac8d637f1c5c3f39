/** Internals of jixiao-core; not exported, not API. */
@NullMarked
package org.jixiao.core.internal;

import org.jspecify.annotations.NullMarked;
