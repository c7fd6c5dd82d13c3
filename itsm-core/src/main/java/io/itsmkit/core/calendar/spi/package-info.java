/**
 * The calendar ports: {@link io.itsmkit.core.calendar.spi.HolidaySource}, for holidays the host knows
 * (regional tables, patron saints, company closures).
 */
@NullMarked
package io.itsmkit.core.calendar.spi;

import org.jspecify.annotations.NullMarked;
