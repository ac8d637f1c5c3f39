/** Internals of JSON reading and writing; not exported, not API. */
@NullMarked
package org.jixiao.io.internal.json;

import org.jspecify.annotations.NullMarked;
