/**
 * Rule contracts: interfaces with JUnit Jupiter test methods that give a custom scorer or check
 * the standard properties for free. Implement one in a test class, return your part, and the
 * inherited tests check it on generated (realistic and hostile) input, reproducibly from a seed.
 */
@NullMarked
package org.jixiao.testkit.contract;

import org.jspecify.annotations.NullMarked;
