/** Opening workbooks safely, turning sheets into grids of text, and reading the layouts from grids. */
@NullMarked
package org.jixiao.xlsx.internal;

import org.jspecify.annotations.NullMarked;
