/**
 * The storage port of change requests: {@link io.itsmkit.change.enablement.spi.ChangeRepository}, core's
 * generic versioned-repository contract keyed by change id. The testkit's {@code ChangeRepositoryTck} checks an
 * adapter.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.enablement.spi;

import org.jspecify.annotations.NullMarked;
