package io.itsmkit.examples.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The public holidays of a country or region from Jollyday (https://github.com/focus-shift/jollyday), as
 * a {@link HolidaySource}: each holiday on the date it is observed (a Saturday New Year's Day in the US
 * answered for that year on 31 December of the year before, a UK Christmas on a weekend on its substitute
 * day), named in English.
 *
 * <pre>{@code
 * JollydayHolidays bavaria = JollydayHolidays.of(HolidayCalendar.GERMANY, "by");
 * BusinessCalendar munich = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *         .hours(EnumSet.range(MONDAY, FRIDAY), TimeWindow.parse("8:00-17:00"))
 *         .holidays(bavaria.name(), bavaria)
 *         .build();
 * }</pre>
 *
 * <p>Only holidays of type {@code PUBLIC_HOLIDAY} are answered. Jollyday's data decide the answer; known
 * gaps: its United States calendar has no Columbus Day (it lists it per state), and its Italy has no
 * history (use {@code Holidays.italy()}). Add a missing day as a {@code HolidayRule} to the same calendar.
 *
 * <p>Implementation Requirements: immutable; as thread-safe as Jollyday's {@code HolidayManager}, which keeps
 * no per-call state.
 */
public final class JollydayHolidays implements HolidaySource {
    private final HolidayManager manager;
    private final String[] subdivisions;
    private final String name;

    private JollydayHolidays(HolidayManager manager, String[] subdivisions, String name) {
        this.manager = manager;
        this.subdivisions = subdivisions;
        this.name = name;
    }

    /**
     * The public holidays of a country, or of one of its regions.
     *
     * @param country the country, e.g. {@link HolidayCalendar#UNITED_STATES}
     * @param subdivisions the path to a region in Jollyday's hierarchy, e.g. {@code "by"} for Bavaria or
     *     {@code "eng"} for England; none for the country's nationwide holidays
     * @return the source
     * @throws ValidationException with rule {@code "known-subdivision"} (listing the known codes) for a code
     *     Jollyday does not have, which it would otherwise ignore silently; or if an argument is null
     */
    public static JollydayHolidays of(HolidayCalendar country, String... subdivisions) {
        Checks.notNull(country, "country");
        Checks.notNull(subdivisions, "subdivisions");
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Map<String, CalendarHierarchy> level = manager.getCalendarHierarchy().getChildren();
        StringBuilder name =
                new StringBuilder("jollyday:").append(country.getId().toLowerCase(Locale.ROOT));
        for (int i = 0; i < subdivisions.length; i++) {
            String code = Checks.notNull(subdivisions[i], "subdivisions[" + i + "]");
            CalendarHierarchy next = level.get(code);
            if (next == null) {
                throw new ValidationException(
                        "subdivisions[" + i + "]",
                        "known-subdivision",
                        code,
                        "is not a region of " + name.substring("jollyday:".length()) + " in Jollyday; known: "
                                + new TreeSet<>(level.keySet()));
            }
            level = next.getChildren();
            name.append('-').append(code);
        }
        return new JollydayHolidays(manager, subdivisions.clone(), name.toString());
    }

    /**
     * Returns the name to bind this source under in a calendar definition, e.g. {@code "jollyday:de-by"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the public holidays Jollyday gives for a year, on their observed dates, named in English.
     *
     * @param year the year, from 1583 to 9999
     * @return the holidays; some may be observed in the year before or after
     * @throws ValidationException with rule {@code "in-range"} for a year outside 1583 to 9999
     */
    @Override
    public List<Holiday> holidaysIn(int year) {
        if (year < 1583 || year > 9999) {
            throw new ValidationException("year", "in-range", year, "must be from 1583 to 9999");
        }
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions).stream()
                .map(h -> new Holiday(h.getDate(), h.getDescription(Locale.ENGLISH)))
                .sorted()
                .toList();
    }

    /**
     * Renders the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
