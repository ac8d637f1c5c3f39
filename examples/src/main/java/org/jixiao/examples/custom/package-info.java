/** A local policy written as a user of jixiao would write it: the parts of example 2. */
@NullMarked
package org.jixiao.examples.custom;

import org.jspecify.annotations.NullMarked;
