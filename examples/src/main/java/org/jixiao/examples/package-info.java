/**
 * Small programs a developer reads top to bottom: evaluate the bundled sample, write a custom
 * rule, export to JSON and back, property-test a custom rule. Each is run by a test.
 */
@NullMarked
package org.jixiao.examples;

import org.jspecify.annotations.NullMarked;
