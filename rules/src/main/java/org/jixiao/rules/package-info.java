/** The evaluator and its profiles: the entry points of the rule engine. */
@NullMarked
package org.jixiao.rules;

import org.jspecify.annotations.NullMarked;
