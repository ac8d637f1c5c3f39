/** Internals of table reading and writing; not exported, not API. */
@NullMarked
package org.jixiao.io.internal.table;

import org.jspecify.annotations.NullMarked;
