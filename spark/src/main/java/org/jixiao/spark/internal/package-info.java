/** The partition functions and row conversions behind {@code SparkEvaluator}; not an API. */
@NullMarked
package org.jixiao.spark.internal;

import org.jspecify.annotations.NullMarked;
