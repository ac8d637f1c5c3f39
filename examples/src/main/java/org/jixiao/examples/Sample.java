package org.jixiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableReader;

/** The bundled sample: the Longgang HR bureau's 2019 disclosure table, as extracted from its PDF. */
public final class Sample {
  /** Class-path location of the sample TSV. */
  public static final String RESOURCE = "/org/jixiao/examples/longgang-hr-2019.tsv";

  private Sample() {}

  /** Reads the sample leniently: the table plus what the reader noticed. */
  public static ReadResult<PerformanceTable> read() {
    try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the sample " + RESOURCE + " is missing from the class path");
      }
      return TableReader.builder().build().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
