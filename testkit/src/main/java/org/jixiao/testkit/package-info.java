/**
 * Framework-neutral generators of jixiao model values: {@link org.jixiao.testkit.Generator}s
 * draw every choice from {@link org.jixiao.testkit.Choices}, so a seed reproduces a value and
 * any property-testing library can drive (and shrink) them.
 */
@NullMarked
package org.jixiao.testkit;

import org.jspecify.annotations.NullMarked;
