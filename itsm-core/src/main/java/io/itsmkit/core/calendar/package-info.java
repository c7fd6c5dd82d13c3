/**
 * Business calendars and working-time arithmetic: {@link io.itsmkit.core.calendar.BusinessCalendar}
 * (weekly {@link io.itsmkit.core.calendar.TimeWindow}s in a zone, business days, holiday rules as data in
 * {@link io.itsmkit.core.calendar.Holidays}, host {@link io.itsmkit.core.calendar.spi.HolidaySource}s,
 * special hours, partial closures, union and intersection) with exact, DST-correct, nanosecond-precise
 * working time and business-day arithmetic forwards and back; and
 * {@link io.itsmkit.core.calendar.CalendarDefinition}, the calendar as an immutable value with a stable
 * text form, to store and compare calendars.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a {@code null} argument is reported as a
 * {@link io.itsmkit.core.error.ValidationException} naming the parameter.
 */
@NullMarked
package io.itsmkit.core.calendar;

import org.jspecify.annotations.NullMarked;
