/**
 * Organisation: {@link io.itsmkit.core.organisation.Team}s at support tiers, {@link
 * io.itsmkit.core.organisation.Agent}s at the four {@link io.itsmkit.core.organisation.RoleLevel}s,
 * customers and stakeholders (with a VIP flag), suppliers, and the functional and hierarchical escalation
 * chains of an {@link io.itsmkit.core.organisation.Organisation}.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.organisation;

import org.jspecify.annotations.NullMarked;
