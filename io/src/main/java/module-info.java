/** Readers and writers: JSON and the published table formats. */
module org.jixiao.io {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;
}
