/**
 * The one exception family of itsmkit, rooted at {@link io.itsmkit.core.error.ItsmException}, and the
 * checks that produce it.
 *
 * <p>Bad input never surfaces as a {@code NullPointerException}, {@code ArithmeticException} or
 * {@code IndexOutOfBoundsException}: it surfaces as a {@link io.itsmkit.core.error.ValidationException}
 * listing each {@link io.itsmkit.core.error.Violation} with its path, rule and offending value.
 * Unless stated otherwise, no method in itsmkit accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.error;

import org.jspecify.annotations.NullMarked;
