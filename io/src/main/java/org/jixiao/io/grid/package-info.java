/**
 * A document as rows of cell text ({@link org.jixiao.io.grid.CellGrid}), the common input of the
 * layout readers whatever the file format; {@link
 * org.jixiao.io.table.TableReader#readGrid(java.io.Reader, String)} reads one from TSV or CSV.
 */
@NullMarked
package org.jixiao.io.grid;

import org.jspecify.annotations.NullMarked;
