package io.itsmkit.sla.agreement;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which calendar a metric's clock counts working time in: a fixed calendar, or the calendar the host
 * resolves from the ticket's customer, service or configuration item (in the order given), with a fixed
 * fallback. A resolved calendar is looked up once, when the clock first starts, from the ticket as it is
 * then, and kept for the clock's life, so elapsed time never jumps when a ticket is reclassified.
 *
 * <p>(When itsm-core's immutable calendar definitions land, {@code Fixed} will also be buildable from one,
 * so an agreement can be stored as plain data.)
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface CalendarChoice {

    /**
     * Always this calendar.
     *
     * @param calendar the calendar
     * @return the choice
     */
    static CalendarChoice fixed(BusinessCalendar calendar) {
        return new Fixed(calendar);
    }

    /**
     * The host's calendar of the first source that has one, else the fallback.
     *
     * @param fallback the calendar when no source has one
     * @param sources the sources to ask, in order, at least one
     * @return the choice
     */
    static CalendarChoice resolved(BusinessCalendar fallback, CalendarSource... sources) {
        return new Resolved(new ArrayList<>(Arrays.asList(Checks.notNull(sources, "sources"))), fallback);
    }

    /**
     * A fixed calendar.
     *
     * @param calendar the calendar
     */
    record Fixed(BusinessCalendar calendar) implements CalendarChoice {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the calendar is null
         * @param calendar see {@link #calendar()}
         */
        public Fixed {
            Checks.notNull(calendar, "calendar");
        }
    }

    /**
     * A calendar resolved by the host, with a fallback.
     *
     * @param sources the sources to ask, in order, at least one, no repeats
     * @param fallback the calendar when no source has one
     */
    record Resolved(List<CalendarSource> sources, BusinessCalendar fallback) implements CalendarChoice {
        /**
         * Validates and copies the components.
         *
         * @throws ValidationException if a component is null, the list empty (rule {@code "not-empty"}) or
         *     holding null or a repeat (rule {@code "no-repeats"})
         * @param sources see {@link #sources()}
         * @param fallback see {@link #fallback()}
         */
        public Resolved {
            Checks.notNull(fallback, "calendar.fallback");
            sources = Checks.noNulls(sources, "calendar.sources");
            if (sources.isEmpty()) {
                throw new ValidationException("calendar.sources", "not-empty", "[]", "must name at least one source");
            }
            if (sources.stream().distinct().count() != sources.size()) {
                throw new ValidationException("calendar.sources", "no-repeats", sources, "must not repeat a source");
            }
            Checks.notNull(fallback, "calendar.fallback");
        }
    }
}
