/** Internals of single-project form reading and writing; not exported, not API. */
@NullMarked
package org.jixiao.io.internal.form;

import org.jspecify.annotations.NullMarked;
