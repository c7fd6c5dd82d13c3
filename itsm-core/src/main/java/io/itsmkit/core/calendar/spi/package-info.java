/**
 * The calendar ports: {@link io.itsmkit.core.calendar.spi.HolidaySource}, for holidays the host knows
 * (regional tables, company closures, a holiday library), and the {@link io.itsmkit.core.calendar.spi.Holiday}
 * value it answers with.
 */
@NullMarked
package io.itsmkit.core.calendar.spi;

import org.jspecify.annotations.NullMarked;
