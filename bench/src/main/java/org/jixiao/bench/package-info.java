/**
 * JMH benchmarks of jixiao against baselines measured in the same run (FastCSV, plain
 * jackson-databind), the deterministic synthetic data they run on, and {@link
 * org.jixiao.bench.BenchMain}, which runs the suite and prints ratios against the budgets of
 * design.md.
 */
@NullMarked
package org.jixiao.bench;

import org.jspecify.annotations.NullMarked;
