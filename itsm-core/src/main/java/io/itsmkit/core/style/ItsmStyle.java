package io.itsmkit.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every itsmkit value type uses, so generated names are uniform.
 *
 * <p>Users never name the generated {@code ImmutableX} classes: each abstract value type exposes
 * {@code X.builder()} and {@code X.of(...)} factories, and builders return the abstract type. Generated
 * collections are Guava immutable collections, and optional attributes are {@link java.util.Optional}s.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        overshadowImplementation = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true),
        depluralize = true,
        optionalAcceptNullable = false,
        privateNoargConstructor = true,
        throwForInvalidImmutableState = io.itsmkit.core.error.MissingAttributeException.class,
        throwForNullPointer = io.itsmkit.core.error.MissingAttributeException.class)
public @interface ItsmStyle {}
