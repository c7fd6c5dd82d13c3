/**
 * The change request as an aggregate: {@link io.itsmkit.change.enablement.ChangeRequest} is the fold of its
 * own sealed {@link io.itsmkit.change.enablement.ChangeEvent} family on core's timeline. It walks its change
 * model's lifecycle, records its risk assessment, runs its approval with segregation of duties, is
 * rescheduled and reviewed; {@code replay} rebuilds it from its timeline alone. Storage is the host's, through
 * {@link io.itsmkit.change.enablement.spi.ChangeRepository}.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.enablement;

import org.jspecify.annotations.NullMarked;
