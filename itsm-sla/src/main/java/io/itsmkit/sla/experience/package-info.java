/**
 * Experience level agreements (XLA): what users say about the service, as exact scores with their
 * standard definitions (CSAT, NPS, customer effort) and targets met or breached like SLAs.
 *
 * <p>No method of this package accepts or returns {@code null}; bad input throws
 * {@link io.itsmkit.core.error.ValidationException} naming the field and the rule.
 */
@NullMarked
package io.itsmkit.sla.experience;

import org.jspecify.annotations.NullMarked;
