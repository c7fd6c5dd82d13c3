/**
 * Business calendars and working-time arithmetic: {@link io.itsmkit.core.calendar.BusinessCalendar}
 * (weekly {@link io.itsmkit.core.calendar.TimeWindow}s in a zone, {@link io.itsmkit.core.calendar.Holidays}
 * and host {@link io.itsmkit.core.calendar.spi.HolidaySource}s, special hours, partial closures, union and
 * intersection) with exact, DST-correct, nanosecond-precise {@code addWorkingTime},
 * {@code workingTimeBetween}, {@code subtractWorkingTime} and {@code addBusinessDays}.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.core.calendar;

import org.jspecify.annotations.NullMarked;
