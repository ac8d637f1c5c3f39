/**
 * Readers and writers of jixiao documents: JSON (jackson-databind) and the published table
 * formats (TSV and CSV through FastCSV).
 */
module org.jixiao.io {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;

  exports org.jixiao.io;
  exports org.jixiao.io.table;
  exports org.jixiao.io.json;
  exports org.jixiao.io.grid;
  exports org.jixiao.io.form;
}
