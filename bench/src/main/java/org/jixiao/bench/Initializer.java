package org.jixiao.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH {@code @Setup} method as the initializer of its state's fields, for NullAway (which
 * recognises any annotation named {@code Initializer}): JMH calls it before any benchmark method
 * reads them.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface Initializer {}
