/**
 * Change lead times in business days ({@link io.itsmkit.change.leadtime.LeadTime}): how long before its
 * planned start a change must be submitted, counted on core's business calendar.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.change.leadtime;

import org.jspecify.annotations.NullMarked;
