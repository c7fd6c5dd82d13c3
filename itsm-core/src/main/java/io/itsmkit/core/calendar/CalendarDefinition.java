package io.itsmkit.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link BusinessCalendar} is, as an immutable value a host can inspect, store and compare: a
 * {@link Schedule} (zone, working windows per weekday, business days, holiday rules, named host holiday
 * sources, special hours and closures), or a {@link Combined union or intersection} of two definitions.
 *
 * <p>{@code BusinessCalendar.of(definition, sources).definition()} equals {@code definition}, and
 * calendars are equal exactly when their definitions are. A host holiday source is held by name only; the
 * host binds names to sources when it builds the calendar, so a name must stand for one source. Built-in
 * holiday rules are held as data: a stored definition keeps the rules it was stored with, even if a later
 * version of {@link Holidays#italy()} changes (a new law is a new definition).
 *
 * <h2>Text form</h2>
 *
 * {@code toString()} writes a stable text form that {@link #parse} reads back to an equal definition:
 *
 * <pre>
 * calendar Europe/Rome {
 *   hours MONDAY 08:30-13:00 14:00-18:00
 *   hours TUESDAY 08:30-13:00 14:00-18:00
 *   hours SATURDAY 22:00-06:00
 *   business-days MONDAY TUESDAY
 *   holidays-known-from 1950
 *   holiday "Natale" fixed --12-25
 *   holiday-source "company-closures"
 *   special 2026-12-24 09:00-12:00
 *   special 2026-12-31
 *   closed 2026-06-10 12:00-15:00
 * }
 * </pre>
 *
 * <ul>
 *   <li>{@code hours DAY window...}: the working windows of a weekday ({@link TimeWindow#parse} form), one
 *       line per day;
 *   <li>{@code business-days DAY...}: the days that count as business days; without this line, the
 *       weekdays that have windows (the canonical form always writes it, possibly with no day);
 *   <li>{@code holidays-known-from YEAR}: the built-in rules describe that year and later only
 *       ({@link Holidays#knownFrom(int)}); without this line, every year;
 *   <li>{@code holiday rule}: a built-in rule in {@link HolidayRule}'s text form;
 *   <li>{@code holiday-source "name"}: a host {@code HolidaySource}, by name;
 *   <li>{@code special DATE window...}: special hours replacing the weekly windows of a date (no window: closed);
 *   <li>{@code closed DATE window...}: parts of a date closed;
 *   <li>{@code union} or {@code intersection} and an opening brace, then two definitions and a closing
 *       brace: a combination.
 * </ul>
 *
 * Lines end with a line feed; indentation and blank lines are ignored when reading. The canonical form
 * indents by two spaces per level, lists weekdays in week order, dates in date order, windows by start,
 * rules in {@link Holidays}' order and source names alphabetically, and has no final line feed.
 */
public sealed interface CalendarDefinition permits CalendarDefinition.Schedule, CalendarDefinition.Combined {

    /** How deeply unions and intersections may nest. */
    int MAX_DEPTH = 16;

    /**
     * The most items a definition holds in all ({@link #size()}): holiday rules, host source names, weekly
     * windows, special-hours dates and their windows, and closure windows, over every schedule of a union or
     * intersection. A calendar keeps and walks its definition, so an unbounded one (a stored text grown by
     * a bug, a hostile input) is refused with rule {@code "max-size"} instead of exhausting memory or time.
     */
    int MAX_SIZE = 10_000;

    /**
     * Returns the zone business days are counted in: a schedule's zone, or a combination's left zone.
     *
     * @return the zone
     */
    ZoneId zone();

    /**
     * Returns how deeply combinations nest: 0 for a schedule.
     *
     * @return the depth, at most {@link #MAX_DEPTH}
     */
    int depth();

    /**
     * Returns how many items the definition holds (see {@link #MAX_SIZE}).
     *
     * @return the count, at most {@link #MAX_SIZE}
     */
    int size();

    /**
     * Returns the names of every host holiday source the definition refers to.
     *
     * @return the names, sorted
     */
    Set<String> holidaySourceNames();

    /**
     * Reads the text form.
     *
     * @param definition the text, as {@code toString()} writes it (indentation and blank lines are free)
     * @return the definition
     * @throws ValidationException with rule {@code "syntax"} and the line's path (e.g.
     *     {@code "definition.line[3]"}) for text that is not a definition, or with the broken rule of a
     *     definition that reads but is not valid (overlapping windows, say)
     */
    static CalendarDefinition parse(String definition) {
        return new DefinitionParser(Checks.notNull(definition, "definition")).parse();
    }

    /**
     * A weekly schedule in a zone, with its business days, holidays and date exceptions.
     *
     * <p>Semantics: see {@link BusinessCalendar}. Weekly windows of one day (and an overnight window with
     * the next day's) must not overlap, nor may the special windows of one date; touching windows are fine.
     * Empty window lists are dropped, so {@code hours()} and {@code closures()} only hold dates and days that
     * have windows. Implementation Requirements: immutable and thread-safe.
     *
     * @param zone the zone whose wall time the windows and dates are in
     * @param hours the working windows per weekday
     * @param businessDays the weekdays that count as business days (before holidays and special hours)
     * @param holidays the built-in holiday rules
     * @param holidaySources the names of host holiday sources
     * @param specialHours windows replacing the weekly ones on given dates; an empty list closes the date
     * @param closures closed parts of given dates
     */
    record Schedule(
            ZoneId zone,
            Map<DayOfWeek, List<TimeWindow>> hours,
            Set<DayOfWeek> businessDays,
            Holidays holidays,
            Set<String> holidaySources,
            Map<LocalDate, List<TimeWindow>> specialHours,
            Map<LocalDate, List<TimeWindow>> closures)
            implements CalendarDefinition {

        private static final long WEEK = 7 * TimeWindow.DAY;

        /**
         * Copies, sorts and validates the definition, reporting every violation (at most
         * {@link Checks.Collector#MAX_REPORTED} listed, then how many more).
         *
         * @param zone see {@link #zone()}
         * @param hours see {@link #hours()}
         * @param businessDays see {@link #businessDays()}
         * @param holidays see {@link #holidays()}
         * @param holidaySources see {@link #holidaySources()}
         * @param specialHours see {@link #specialHours()}
         * @param closures see {@link #closures()}
         * @throws ValidationException for a null anywhere, an invalid source name, overlapping windows
         *     (rule {@code "no-overlap"}), more than {@link #MAX_SIZE} items (path {@code "definition"}, rule
         *     {@code "max-size"}), or holidays known only from a year after 2149 (path
         *     {@code "holidays.firstKnownYear"}, rule {@code "in-range"}: the calendar would have no date)
         */
        public Schedule {
            Checks.notNull(zone, "zone");
            hours = windowsByKey(hours, "hours", new EnumMap<>(DayOfWeek.class), false);
            businessDays = Sets.immutableEnumSet(checkedElements(businessDays, "businessDays"));
            Checks.notNull(holidays, "holidays");
            List<String> names = new ArrayList<>();
            for (String n : checkedElements(holidaySources, "holidaySources")) {
                names.add(Holiday.checkName(n, "holidaySources[]"));
            }
            holidaySources = ImmutableSortedSet.copyOf(names);
            specialHours = windowsByKey(specialHours, "specialHours", new TreeMap<>(), true);
            closures = windowsByKey(closures, "closures", new TreeMap<>(), false);
            checkSize(sizeOf(hours, holidays, holidaySources, specialHours, closures));
            if (holidays.firstKnownYear() >= BusinessCalendar.LAST_YEAR) {
                throw new ValidationException(
                        "holidays.firstKnownYear",
                        "in-range",
                        holidays.firstKnownYear(),
                        "the holidays must be known from " + (BusinessCalendar.LAST_YEAR - 1)
                                + " at the latest, for the calendar to have dates within its horizon");
            }
            Checks.Collector v = Checks.collector();
            checkWeek(hours, v);
            specialHours.forEach((date, ws) -> {
                for (int i = 0; i + 1 < ws.size(); i++) {
                    v.require(
                            ws.get(i).endNanos() <= ws.get(i + 1).startNanos(),
                            "specialHours[" + date + "]",
                            "no-overlap",
                            ws.get(i) + " and " + ws.get(i + 1),
                            "working windows must not overlap");
                }
            });
            v.throwIfAny();
        }

        /**
         * The business days a schedule has when none are given: the weekdays that have windows starting on
         * them.
         *
         * @param hours the working windows per weekday
         * @return the weekdays with at least one window
         */
        static Set<DayOfWeek> defaultBusinessDays(Map<DayOfWeek, List<TimeWindow>> hours) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            hours.forEach((d, ws) -> {
                if (!ws.isEmpty()) {
                    days.add(d);
                }
            });
            return days;
        }

        @Override
        public int depth() {
            return 0;
        }

        @Override
        public int size() {
            return sizeOf(hours, holidays, holidaySources, specialHours, closures);
        }

        private static int sizeOf(
                Map<DayOfWeek, List<TimeWindow>> hours,
                Holidays holidays,
                Set<String> holidaySources,
                Map<LocalDate, List<TimeWindow>> specialHours,
                Map<LocalDate, List<TimeWindow>> closures) {
            long n = (long) holidays.rules().size() + holidaySources.size() + specialHours.size();
            for (List<TimeWindow> ws : hours.values()) {
                n += ws.size();
            }
            for (List<TimeWindow> ws : specialHours.values()) {
                n += ws.size();
            }
            for (List<TimeWindow> ws : closures.values()) {
                n += ws.size();
            }
            return (int) Math.min(n, Integer.MAX_VALUE);
        }

        @Override
        public Set<String> holidaySourceNames() {
            return holidaySources;
        }

        private static <K> Map<K, List<TimeWindow>> windowsByKey(
                Map<K, List<TimeWindow>> given, String path, Map<K, List<TimeWindow>> sorted, boolean keepEmpty) {
            Checks.notNull(given, path);
            given.forEach((k, ws) -> {
                String at = path + "[" + Checks.notNull(k, path + "[]") + "]";
                List<TimeWindow> list = new ArrayList<>(checkedElements(ws, at));
                if (keepEmpty || !list.isEmpty()) {
                    list.sort(null);
                    sorted.put(k, ImmutableList.copyOf(list));
                }
            });
            return ImmutableMap.copyOf(sorted);
        }

        private static <T> java.util.Collection<T> checkedElements(java.util.Collection<T> values, String path) {
            Checks.notNull(values, path);
            int i = 0;
            for (T t : values) {
                Checks.notNull(t, path + "[" + i++ + "]");
            }
            return values;
        }

        private static void checkWeek(Map<DayOfWeek, List<TimeWindow>> hours, Checks.Collector v) {
            List<Placed> week = new ArrayList<>();
            // hours is in week order with each day's windows sorted, so the week is sorted by start
            hours.forEach((day, ws) ->
                    ws.forEach(w -> week.add(new Placed(day, w, (day.getValue() - 1) * TimeWindow.DAY))));
            for (int i = 0; i < week.size(); i++) {
                Placed cur = week.get(i);
                Placed next =
                        i + 1 < week.size() ? week.get(i + 1) : week.get(0).nextWeek();
                v.require(
                        cur.end() <= next.start(),
                        "hours[" + cur.day() + "]",
                        "no-overlap",
                        cur + " and " + next,
                        "working windows must not overlap (an overnight window runs into the next day)");
            }
        }

        /** A weekly window placed on the week, in nanoseconds from Monday 00:00. */
        private record Placed(DayOfWeek day, TimeWindow window, long offset) {
            long start() {
                return offset + window.startNanos();
            }

            long end() {
                return offset + window.endNanos();
            }

            Placed nextWeek() {
                return new Placed(day, window, offset + WEEK);
            }

            @Override
            public String toString() {
                return day + " " + window;
            }
        }

        /**
         * Renders the canonical text form (see {@link CalendarDefinition}).
         *
         * @return the text
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            render(this, b, "");
            return b.toString();
        }
    }

    /**
     * The union (open when either is) or intersection (open when both are) of two definitions. Business
     * days are those of either (union) or both (intersection), taken as dates whatever the zones; business
     * days are counted in the left operand's zone.
     *
     * <p>Implementation Requirements: immutable and thread-safe.
     *
     * @param operation union or intersection
     * @param left the left operand, whose zone the combination has
     * @param right the right operand
     */
    record Combined(Operation operation, CalendarDefinition left, CalendarDefinition right)
            implements CalendarDefinition {

        /**
         * Validates the combination.
         *
         * @param operation see {@link #operation()}
         * @param left see {@link #left()}
         * @param right see {@link #right()}
         * @throws ValidationException if an argument is null, with rule {@code "max-depth"} if
         *     combinations would nest deeper than {@link #MAX_DEPTH}, or with path {@code "definition"} and rule
         *     {@code "max-size"} if both hold more than {@link #MAX_SIZE} items in all
         */
        public Combined {
            Checks.notNull(operation, "operation");
            Checks.notNull(left, "left");
            Checks.notNull(right, "right");
            int depth = 1 + Math.max(left.depth(), right.depth());
            if (depth > MAX_DEPTH) {
                throw new ValidationException(
                        "definition", "max-depth", depth, "unions and intersections nest at most 16 deep");
            }
            checkSize((long) left.size() + right.size());
        }

        @Override
        public int size() {
            return left.size() + right.size();
        }

        @Override
        public ZoneId zone() {
            return left.zone();
        }

        @Override
        public int depth() {
            return 1 + Math.max(left.depth(), right.depth());
        }

        @Override
        public Set<String> holidaySourceNames() {
            List<String> all = new ArrayList<>(left.holidaySourceNames());
            all.addAll(right.holidaySourceNames());
            return ImmutableSortedSet.copyOf(all);
        }

        /**
         * Renders the canonical text form (see {@link CalendarDefinition}).
         *
         * @return the text
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            render(this, b, "");
            return b.toString();
        }
    }

    /** How a {@link Combined} definition joins its operands. */
    enum Operation {
        /** Open when either operand is (follow-the-sun teams). */
        UNION,
        /** Open when both operands are (a supplier's hours within the customer's). */
        INTERSECTION
    }

    private static void checkSize(long size) {
        if (size > MAX_SIZE) {
            throw new ValidationException(
                    "definition",
                    "max-size",
                    size,
                    "a definition holds at most " + MAX_SIZE
                            + " holiday rules, holiday sources, windows, special days and closures in all");
        }
    }

    /** Writes the canonical text form of {@code d} at an indentation. */
    private static void render(CalendarDefinition d, StringBuilder b, String indent) {
        if (d instanceof Combined c) {
            b.append(indent)
                    .append(c.operation().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" {\n");
            render(c.left(), b, indent + "  ");
            b.append('\n');
            render(c.right(), b, indent + "  ");
            b.append('\n').append(indent).append('}');
            return;
        }
        Schedule s = (Schedule) d;
        String in = indent + "  ";
        b.append(indent).append("calendar ").append(s.zone().getId()).append(" {\n");
        s.hours()
                .forEach((day, ws) -> b.append(in)
                        .append("hours ")
                        .append(day)
                        .append(windows(ws))
                        .append('\n'));
        b.append(in).append("business-days");
        s.businessDays().forEach(day -> b.append(' ').append(day));
        b.append('\n');
        if (s.holidays().firstKnownYear() != Holidays.FIRST_YEAR) {
            b.append(in)
                    .append("holidays-known-from ")
                    .append(s.holidays().firstKnownYear())
                    .append('\n');
        }
        s.holidays()
                .rules()
                .forEach(r -> b.append(in).append("holiday ").append(r).append('\n'));
        s.holidaySources()
                .forEach(n -> b.append(in)
                        .append("holiday-source ")
                        .append(Text.quote(n))
                        .append('\n'));
        s.specialHours()
                .forEach((date, ws) -> b.append(in)
                        .append("special ")
                        .append(date)
                        .append(windows(ws))
                        .append('\n'));
        s.closures()
                .forEach((date, ws) -> b.append(in)
                        .append("closed ")
                        .append(date)
                        .append(windows(ws))
                        .append('\n'));
        b.append(indent).append('}');
    }

    private static String windows(List<TimeWindow> ws) {
        StringBuilder b = new StringBuilder();
        ws.forEach(w -> b.append(' ').append(w));
        return b.toString();
    }
}
