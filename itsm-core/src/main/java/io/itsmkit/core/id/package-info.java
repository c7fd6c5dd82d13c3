/**
 * The base of typed identifiers. Each aggregate's identifier lives with its concept
 * ({@code io.itsmkit.core.ticket.TicketId}, {@code io.itsmkit.core.cmdb.ConfigurationItemId}, ...)
 * and extends {@link io.itsmkit.core.id.Identifier}, so raw strings never stand for identities.
 */
@NullMarked
package io.itsmkit.core.id;

import org.jspecify.annotations.NullMarked;
