/** Reading and writing jixiao documents: the shared exception and lenient read results. */
@NullMarked
package org.jixiao.io;

import org.jspecify.annotations.NullMarked;
