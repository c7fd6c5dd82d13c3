package io.itsmkit.sla.agreement.spi;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.id.Identifier;
import java.util.Optional;

/**
 * The host's calendars: the working hours, holidays and time zone of a customer or of a service or
 * configuration item. A metric whose calendar is {@link io.itsmkit.sla.agreement.CalendarChoice#resolved
 * resolved} asks it, in the order the metric names, when its clock first starts.
 *
 * <p>Contract: answers depend only on the owner (the same owner gives an equal calendar, so evaluation stays
 * a pure function); an owner without a calendar of its own answers empty, never {@code null}. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface CalendarResolver {

    /** A resolver that knows no calendar: every metric falls back to its default calendar. */
    CalendarResolver NONE = owner -> Optional.empty();

    /**
     * Returns the calendar of an owner.
     *
     * @param owner a {@code CustomerId} (the caller's organisation) or a {@code ConfigurationItemId} (the
     *     ticket's service or configuration item)
     * @return its calendar, or empty if it has none of its own
     */
    Optional<BusinessCalendar> calendarOf(Identifier owner);
}
