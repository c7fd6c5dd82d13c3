/**
 * Holidays of about 100 countries and their regions for business calendars:
 * {@link io.itsmkit.examples.holidays.JollydayHolidays}, a {@code HolidaySource} over the Jollyday library.
 * itsm-core does not depend on Jollyday; a host copies this adapter, or writes its own over another source.
 */
@NullMarked
package io.itsmkit.examples.holidays;

import org.jspecify.annotations.NullMarked;
