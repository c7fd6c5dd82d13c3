/**
 * What the host supplies to the SLA engine: the calendar of a customer, a service or a configuration item
 * ({@link io.itsmkit.sla.agreement.spi.CalendarResolver}), so that each customer's time zone and working
 * hours count.
 */
@NullMarked
package io.itsmkit.sla.agreement.spi;

import org.jspecify.annotations.NullMarked;
