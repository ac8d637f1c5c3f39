/**
 * Spreadsheets in the published layouts: the target declaration workbook (绩效目标申报表, one
 * sheet per project) today, read with Apache POI within documented limits.
 */
module org.jixiao.xlsx {
  requires transitive org.jixiao.core;
  requires transitive org.jixiao.io;
  requires static transitive org.jspecify;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports org.jixiao.xlsx;
}
