package org.jixiao.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of rule-side value types, the same as core's model style: the
 * implementation stays package-private behind the abstract type, which exposes a nested
 * {@code Builder}; only JDK collections, so consumers need no Immutables jar at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // As in core's ModelStyle: a package-private generated builder, documented as the public one.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    optionalAcceptNullable = false,
    // As in core's ModelStyle: no @org.immutables.value.Generated on generated classes.
    allowedClasspathAnnotations = {Override.class})
public @interface RulesStyle {}
