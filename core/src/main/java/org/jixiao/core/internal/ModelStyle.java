package org.jixiao.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every model type: implementations stay package-private behind the
 * abstract type, which exposes a nested {@code Builder}; only JDK collections are used so that
 * consumers need no Immutables or Guava jar at run time, nor at compile time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder is package-private too, so javadoc documents its methods (with their
    // signatures and generated docs) as members of the public nested Builder that extends it, as
    // it does StringBuilder's from AbstractStringBuilder (adopter finding F12); its methods return
    // the public Builder, so chained calls compile anywhere.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    optionalAcceptNullable = false,
    // Only a harmless entry (an empty list allows all): the generated classes then carry no
    // @org.immutables.value.Generated, whose jar consumers do not have, so javac -Xlint:all
    // on a consumer prints no "cannot find annotation method" warning (adopter finding F3).
    allowedClasspathAnnotations = {Override.class})
public @interface ModelStyle {}
