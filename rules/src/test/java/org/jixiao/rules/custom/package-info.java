/** Custom parts written the way a user of the library writes them: public API only. */
@NullMarked
package org.jixiao.rules.custom;

import org.jspecify.annotations.NullMarked;
