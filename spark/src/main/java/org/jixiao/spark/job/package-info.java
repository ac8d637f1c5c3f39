/** An example {@code spark-submit} job: JSON Lines or a table of projects in, Parquet out. */
@NullMarked
package org.jixiao.spark.job;

import org.jspecify.annotations.NullMarked;
