/** Internals of jixiao-rules; not exported, not API. */
@NullMarked
package org.jixiao.rules.internal;

import org.jspecify.annotations.NullMarked;
