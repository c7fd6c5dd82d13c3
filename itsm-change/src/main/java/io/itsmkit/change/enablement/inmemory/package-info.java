/**
 * The in-memory reference adapter of {@link io.itsmkit.change.enablement.spi.ChangeRepository}.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.enablement.inmemory;

import org.jspecify.annotations.NullMarked;
