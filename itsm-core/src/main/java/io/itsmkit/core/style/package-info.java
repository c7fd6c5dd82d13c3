/**
 * The shared Immutables style ({@link io.itsmkit.core.style.ItsmStyle}) of every itsmkit value type.
 *
 * <p>Modules annotate their value types with {@code @ItsmStyle}; nothing else lives here.
 */
@NullMarked
package io.itsmkit.core.style;

import org.jspecify.annotations.NullMarked;
