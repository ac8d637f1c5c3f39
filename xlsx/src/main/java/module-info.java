/**
 * Spreadsheets in the published layouts, on Apache POI within documented limits: the target
 * declaration workbook (绩效目标申报表, one sheet per project) read, and the review workbook
 * (审核意见表) written.
 */
module org.jixiao.xlsx {
  requires transitive org.jixiao.core;
  requires transitive org.jixiao.io;
  requires transitive org.jixiao.rules;
  requires static transitive org.jspecify;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports org.jixiao.xlsx;
}
