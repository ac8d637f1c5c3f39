/** The jixiao command line: evaluate, validate and convert. */
@NullMarked
package org.jixiao.examples.cli;

import org.jspecify.annotations.NullMarked;
