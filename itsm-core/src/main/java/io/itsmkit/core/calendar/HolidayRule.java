package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One named holiday rule, as data: when the holiday falls in a year ({@link When}), the years it is valid
 * in (a law that creates or abolishes it), and where it is observed when it falls on a weekend.
 *
 * <p>Built with the factories and refined with {@link #validFrom}, {@link #validUntil} and {@link #observed}, e.g.
 * {@code HolidayRule.fixed("Epifania", MonthDay.of(1, 6)).validFrom(1986)}. A rule gives at most one holiday per
 * year: the year of its date before observance (its <em>nominal</em> year); observance may move it into
 * the year before or after (a Saturday 1 January observed on 31 December).
 *
 * <p>Text form ({@link #toString()}, read back by {@link #parse}), e.g.
 * {@code "Independence Day" fixed --07-04 observed NEAREST_WEEKDAY}:
 *
 * <pre>
 * rule = quoted-name SP when [SP "from" SP year] [SP "until" SP year] [SP "observed" SP observance]
 * when = "fixed" SP --MM-DD | "easter" SP (+|-)days | "nth-weekday" SP 1..4 SP DAY SP MONTH
 *      | "last-weekday" SP DAY SP MONTH | "date" SP yyyy-MM-dd
 * </pre>
 *
 * Names are in double quotes, with {@code \"} and {@code \\} escaped; days, months and observances are the
 * {@link DayOfWeek}, {@link Month} and {@link Observance} constant names.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the holiday's name
 * @param when the date of the holiday in its nominal year
 * @param fromYear the first year the rule is valid in ({@link Integer#MIN_VALUE} for always)
 * @param untilYear the last year the rule is valid in ({@link Integer#MAX_VALUE} for always)
 * @param observance where a weekend holiday is observed
 */
public record HolidayRule(String name, When when, int fromYear, int untilYear, Observance observance) {

    /**
     * Validates the rule.
     *
     * @param name see {@link #name()}
     * @param when see {@link #when()}
     * @param fromYear see {@link #fromYear()}
     * @param untilYear see {@link #untilYear()}
     * @param observance see {@link #observance()}
     * @throws ValidationException if an argument is null, the name is not a valid {@link Holiday} name, or
     *     {@code fromYear > untilYear} (rule {@code "from-not-after-until"})
     */
    public HolidayRule {
        Holiday.checkName(name, "rule.name");
        Checks.notNull(when, "rule.when");
        Checks.notNull(observance, "rule.observance");
        if (fromYear > untilYear) {
            throw new ValidationException(
                    "rule.untilYear",
                    "from-not-after-until",
                    fromYear + ".." + untilYear,
                    "the last valid year must not be before the first");
        }
    }

    /**
     * A holiday on the same month and day every year, e.g. 25 December. A 29 February is a holiday in leap
     * years only.
     *
     * @param name the name
     * @param monthDay the month and day
     * @return the rule, valid in every year, observed on its date
     */
    public static HolidayRule fixed(String name, MonthDay monthDay) {
        return of(Holiday.checkName(name, "rule.name"), new Fixed(monthDay));
    }

    /**
     * A holiday at an offset from Easter Sunday (Gregorian computus): 0 is Easter Sunday, 1 Easter Monday,
     * -2 Good Friday, 39 Ascension, 49 Pentecost, 60 Corpus Christi.
     *
     * @param name the name
     * @param days the offset in days, from -100 to 100
     * @return the rule
     * @throws ValidationException with rule {@code "in-range"} for an offset outside -100 to 100
     */
    public static HolidayRule easter(String name, int days) {
        return of(Holiday.checkName(name, "rule.name"), new EasterRelative(days));
    }

    /**
     * A holiday on the nth weekday of a month, e.g. the 4th Thursday of November.
     *
     * @param name the name
     * @param ordinal 1 to 4 (use {@link #lastWeekday} for the last)
     * @param day the weekday
     * @param month the month
     * @return the rule
     * @throws ValidationException with rule {@code "in-range"} if the ordinal is not 1 to 4
     */
    public static HolidayRule nthWeekday(String name, int ordinal, DayOfWeek day, Month month) {
        return of(Holiday.checkName(name, "rule.name"), new NthWeekday(ordinal, day, month));
    }

    /**
     * A holiday on the last weekday of a month, e.g. the last Monday of May.
     *
     * @param name the name
     * @param day the weekday
     * @param month the month
     * @return the rule
     */
    public static HolidayRule lastWeekday(String name, DayOfWeek day, Month month) {
        return of(Holiday.checkName(name, "rule.name"), new LastWeekday(day, month));
    }

    /**
     * A one-off holiday, e.g. a company closure or a state funeral.
     *
     * @param name the name
     * @param date the date
     * @return the rule
     */
    public static HolidayRule on(String name, LocalDate date) {
        return of(Holiday.checkName(name, "rule.name"), new OnDate(date));
    }

    private static HolidayRule of(String name, When when) {
        return new HolidayRule(name, when, Integer.MIN_VALUE, Integer.MAX_VALUE, Observance.NONE);
    }

    /**
     * Returns this rule valid from a year on (a law that creates the holiday).
     *
     * @param year the first year the holiday is kept
     * @return the rule
     * @throws ValidationException if {@code year} is after {@link #untilYear()}
     */
    public HolidayRule validFrom(int year) {
        return new HolidayRule(name, when, year, untilYear, observance);
    }

    /**
     * Returns this rule valid up to a year (a law that abolishes the holiday).
     *
     * @param year the last year the holiday is kept
     * @return the rule
     * @throws ValidationException if {@code year} is before {@link #fromYear()}
     */
    public HolidayRule validUntil(int year) {
        return new HolidayRule(name, when, fromYear, year, observance);
    }

    /**
     * Returns this rule with another observance.
     *
     * @param observance where a weekend holiday is observed
     * @return the rule
     */
    public HolidayRule observed(Observance observance) {
        return new HolidayRule(name, when, fromYear, untilYear, observance);
    }

    /**
     * Returns the date the holiday falls on in a year, before observance.
     *
     * @param year the year, from {@link Holidays#FIRST_YEAR} to {@link Holidays#LAST_YEAR}
     * @return the date, or empty if the rule is not valid that year or has no date in it (29 February of a
     *     common year, a one-off date of another year)
     * @throws ValidationException with rule {@code "in-range"} for a year outside that range
     */
    public Optional<LocalDate> nominalDateIn(int year) {
        Holidays.checkYear(year);
        return year < fromYear || year > untilYear ? Optional.empty() : when.dateIn(year);
    }

    /**
     * Parses the text form.
     *
     * @param rule the text, e.g. {@code "Christmas Day" fixed --12-25 observed NEXT_WORKING_DAY}
     * @return the rule
     * @throws ValidationException with rule {@code "syntax"} (or the rule broken) if the text is not a rule
     */
    public static HolidayRule parse(String rule) {
        Text.Line line = new Text.Line("rule", Checks.notNull(rule, "rule"));
        HolidayRule read = read(line);
        line.end();
        return read;
    }

    /** Reads a rule from the rest of a line, leaving whatever follows it. */
    static HolidayRule read(Text.Line line) {
        String name = line.quoted("the holiday's name");
        String kind = line.word("fixed, easter, nth-weekday, last-weekday or date");
        When when = switch (kind) {
            case "fixed" -> new Fixed(line.value("a month and day like --12-25", MonthDay::parse));
            case "easter" -> new EasterRelative(line.value("days from Easter like +1", Integer::parseInt));
            case "nth-weekday" ->
                new NthWeekday(
                        line.value("1 to 4", Integer::parseInt),
                        line.constant("a weekday like MONDAY", DayOfWeek.class),
                        line.constant("a month like MAY", Month.class));
            case "last-weekday" ->
                new LastWeekday(
                        line.constant("a weekday like MONDAY", DayOfWeek.class),
                        line.constant("a month like MAY", Month.class));
            case "date" -> new OnDate(line.value("a date like 2026-08-14", LocalDate::parse));
            default ->
                throw line.error("expected fixed, easter, nth-weekday, last-weekday or date, found '" + kind + "'");
        };
        HolidayRule rule = of(name, when);
        if (line.peek().equals("from")) {
            line.word("from");
            rule = rule.validFrom(line.year("a year"));
        }
        if (line.peek().equals("until")) {
            line.word("until");
            rule = rule.validUntil(line.year("a year"));
        }
        if (line.peek().equals("observed")) {
            line.word("observed");
            rule = rule.observed(line.constant("an observance like NEAREST_WEEKDAY", Observance.class));
        }
        return rule;
    }

    /**
     * Renders the text form {@link #parse} reads, e.g. {@code "Epifania" fixed --01-06 from 1986}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Text.quote(name) + " " + when
                + (fromYear == Integer.MIN_VALUE ? "" : " from " + fromYear)
                + (untilYear == Integer.MAX_VALUE ? "" : " until " + untilYear)
                + (observance == Observance.NONE ? "" : " observed " + observance);
    }

    /** When a holiday falls in a year, before observance. */
    public sealed interface When permits Fixed, EasterRelative, NthWeekday, LastWeekday, OnDate {
        /**
         * Returns the date in a year.
         *
         * @param year the year, from {@link Holidays#FIRST_YEAR} to {@link Holidays#LAST_YEAR}
         * @return the date, or empty if there is none that year
         * @throws ValidationException with rule {@code "in-range"} for a year outside that range
         */
        Optional<LocalDate> dateIn(int year);
    }

    /**
     * The same month and day every year.
     *
     * @param monthDay the month and day
     */
    public record Fixed(MonthDay monthDay) implements When {
        /**
         * Validates the month and day.
         *
         * @param monthDay see {@link #monthDay()}
         * @throws ValidationException if it is null
         */
        public Fixed {
            Checks.notNull(monthDay, "rule.monthDay");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            Holidays.checkYear(year);
            return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
        }

        /** Renders {@code fixed --MM-DD}. */
        @Override
        public String toString() {
            return "fixed " + monthDay;
        }
    }

    /**
     * Days from Easter Sunday.
     *
     * @param days the offset, from -100 to 100
     */
    public record EasterRelative(int days) implements When {
        /**
         * Validates the offset.
         *
         * @param days see {@link #days()}
         * @throws ValidationException with rule {@code "in-range"} outside -100 to 100
         */
        public EasterRelative {
            if (days < -100 || days > 100) {
                throw new ValidationException("rule.days", "in-range", days, "must be from -100 to 100 days");
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            return Optional.of(Holidays.easterSunday(year).plusDays(days));
        }

        /** Renders {@code easter +1}, {@code easter -2} or {@code easter +0}. */
        @Override
        public String toString() {
            return "easter " + (days < 0 ? "" : "+") + days;
        }
    }

    /**
     * The nth weekday of a month.
     *
     * @param ordinal 1 to 4
     * @param day the weekday
     * @param month the month
     */
    public record NthWeekday(int ordinal, DayOfWeek day, Month month) implements When {
        /**
         * Validates the rule.
         *
         * @param ordinal see {@link #ordinal()}
         * @param day see {@link #day()}
         * @param month see {@link #month()}
         * @throws ValidationException with rule {@code "in-range"} if the ordinal is not 1 to 4, or if an
         *     argument is null
         */
        public NthWeekday {
            Checks.notNull(day, "rule.day");
            Checks.notNull(month, "rule.month");
            if (ordinal < 1 || ordinal > 4) {
                throw new ValidationException(
                        "rule.ordinal", "in-range", ordinal, "must be 1 to 4; use lastWeekday for the last");
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            Holidays.checkYear(year);
            return Optional.of(LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day)));
        }

        /** Renders {@code nth-weekday 4 THURSDAY NOVEMBER}. */
        @Override
        public String toString() {
            return "nth-weekday " + ordinal + " " + day + " " + month;
        }
    }

    /**
     * The last weekday of a month.
     *
     * @param day the weekday
     * @param month the month
     */
    public record LastWeekday(DayOfWeek day, Month month) implements When {
        /**
         * Validates the rule.
         *
         * @param day see {@link #day()}
         * @param month see {@link #month()}
         * @throws ValidationException if an argument is null
         */
        public LastWeekday {
            Checks.notNull(day, "rule.day");
            Checks.notNull(month, "rule.month");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            Holidays.checkYear(year);
            return Optional.of(LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day)));
        }

        /** Renders {@code last-weekday MONDAY MAY}. */
        @Override
        public String toString() {
            return "last-weekday " + day + " " + month;
        }
    }

    /**
     * One date.
     *
     * @param date the date
     */
    public record OnDate(LocalDate date) implements When {
        /**
         * Validates the date.
         *
         * @param date see {@link #date()}
         * @throws ValidationException if it is null
         */
        public OnDate {
            Checks.notNull(date, "rule.date");
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            Holidays.checkYear(year);
            return date.getYear() == year ? Optional.of(date) : Optional.empty();
        }

        /** Renders {@code date yyyy-MM-dd}. */
        @Override
        public String toString() {
            return "date " + date;
        }
    }
}
