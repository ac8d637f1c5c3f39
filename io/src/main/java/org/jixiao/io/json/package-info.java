/**
 * JSON documents of tables, projects and evaluations, and JSON Lines streams of projects and
 * evaluations, through jackson-databind's streaming API; see {@link org.jixiao.io.json.JixiaoJson}.
 */
@NullMarked
package org.jixiao.io.json;

import org.jspecify.annotations.NullMarked;
