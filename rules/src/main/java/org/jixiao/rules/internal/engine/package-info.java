/** The evaluator's machinery: part registry, scoring chain, assembly of evaluations. */
@NullMarked
package org.jixiao.rules.internal.engine;

import org.jspecify.annotations.NullMarked;
