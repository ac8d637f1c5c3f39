/** Money units and their exact conversion. Amounts themselves are plain {@code BigDecimal}s. */
@NullMarked
package org.jixiao.core.money;

import org.jspecify.annotations.NullMarked;
