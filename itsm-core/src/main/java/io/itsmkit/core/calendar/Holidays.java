package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A set of {@link HolidayRule}s, as data: the built-in holidays of a calendar. Rules are kept in a canonical
 * order (by their text form) without duplicates, so equal sets are equal whatever order they were given in.
 *
 * <p>{@link #holidaysIn(int)} answers the holidays <em>of</em> a year: each rule valid that year, at its date
 * in that year, moved by its {@link Observance}; an observed date may fall in the year before or after (a
 * calendar files each date under its own year).
 *
 * <p>A set may be {@linkplain #knownFrom(int) known from} a year: the rules describe that year and later
 * only, and the set refuses to answer for earlier years rather than give a silently wrong empty answer
 * ({@link #italy()} is known from 1950). A calendar with such a set narrows its horizon to start on
 * 1 January of that year.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Holidays {
    /** The first year holidays are computed for: the first whole year of the Gregorian calendar. */
    public static final int FIRST_YEAR = 1583;

    /** The last year holidays are computed for. */
    public static final int LAST_YEAR = 9999;

    private static final Holidays NONE = new Holidays(List.of(), FIRST_YEAR);

    private final List<HolidayRule> rules;
    private final int firstKnownYear;

    private Holidays(List<HolidayRule> rules, int firstKnownYear) {
        this.rules = rules;
        this.firstKnownYear = firstKnownYear;
    }

    /**
     * A set of rules, known for every year from {@link #FIRST_YEAR}.
     *
     * @param rules the rules, in any order; duplicates are dropped
     * @return the set
     * @throws ValidationException if the array or a rule is null
     */
    public static Holidays of(HolidayRule... rules) {
        Checks.notNull(rules, "rules");
        return of(java.util.Arrays.asList(rules));
    }

    /**
     * A set of rules, known for every year from {@link #FIRST_YEAR}.
     *
     * @param rules the rules, in any order; duplicates are dropped
     * @return the set
     * @throws ValidationException if the collection or a rule is null
     */
    public static Holidays of(Collection<HolidayRule> rules) {
        Checks.notNull(rules, "rules");
        TreeSet<HolidayRule> sorted = new TreeSet<>(Comparator.comparing(HolidayRule::toString));
        int i = 0;
        for (HolidayRule r : rules) {
            sorted.add(Checks.notNull(r, "rules[" + i++ + "]"));
        }
        return sorted.isEmpty() ? NONE : new Holidays(List.copyOf(sorted), FIRST_YEAR);
    }

    /**
     * Returns this set known from a year only: {@link #holidaysIn(int)} refuses earlier years, and a calendar
     * with the set accepts no instant or date before 1 January of that year. Use it when the rules do not
     * describe the years before (a law that replaced another).
     *
     * @param year the first year the rules describe, from {@link #FIRST_YEAR} to {@link #LAST_YEAR}
     * @return the set, with the same rules
     * @throws ValidationException with path {@code "knownFrom"} and rule {@code "in-range"} for a year outside
     *     that range
     */
    public Holidays knownFrom(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException(
                    "knownFrom", "in-range", year, "must be from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return new Holidays(rules, year);
    }

    /**
     * Returns the first year the rules describe (see {@link #knownFrom(int)}).
     *
     * @return the year; {@link #FIRST_YEAR} unless set
     */
    public int firstKnownYear() {
        return firstKnownYear;
    }

    /**
     * The empty set: no holidays.
     *
     * @return the empty set
     */
    public static Holidays none() {
        return NONE;
    }

    /**
     * The Italian national holidays ({@code giorni festivi}) from 1950, the first whole year under law
     * 27 May 1949 n. 260, with their history:
     *
     * <ul>
     *   <li>all years: 1 January, Easter Sunday and Monday, 25 April, 1 May, 15 August, 1 November,
     *       8, 25 and 26 December;
     *   <li>Epiphany (6 January) until 1977 and again from 1986 (law 5 March 1977 n. 54, in force from
     *       8 March 1977, so 6 January 1977 was still a holiday; DPR 28 December 1985 n. 792);
     *   <li>St Joseph (19 March), Ascension, Corpus Domini, Sts Peter and Paul (29 June) and National Unity
     *       Day (4 November) until 1976 (law 54/1977);
     *   <li>Republic Day (2 June) until 1976 and again from 2001 (law 54/1977 moved its celebration to the
     *       first Sunday of June; law 20 November 2000 n. 336 restored it);
     *   <li>17 March 2011 only, the 150th anniversary of the unification (decree-law 22 February 2011 n. 5,
     *       art. 1: "limitatamente all'anno 2011" a {@code giorno festivo} under arts. 2 and 4 of law
     *       260/1949; earlier declared a national holiday by art. 7-bis of decree-law 30 April 2010 n. 64);
     *   <li>St Francis of Assisi (4 October) from 2026 (law 8 October 2025 n. 151, in force from 1 January
     *       2026; from 1958 the day had only been a {@code solennità civile}, not a holiday).
     * </ul>
     *
     * <p>The set is {@linkplain #knownFrom(int) known from} 1950: the holidays of the Kingdom and of 1946 to
     * 1949 are not modelled, so {@code holidaysIn(1949)} throws, and a calendar with these rules starts on
     * 1 January 1950 (Rome time) instead of giving wrong answers for earlier dates.
     *
     * <p>Known gaps, as with any national table (Jollyday's included): holidays that are not national are
     * not listed. Each {@code comune} closes on its patron saint's day (Rome 29 June, Milan 7 December, Turin
     * 24 June, Naples 19 September...): use {@link #italy(MonthDay)}. The province of Bolzano (South Tyrol)
     * also closes on Whit Monday: add {@code HolidayRule.easter("Lunedì di Pentecoste", 50)}. The only
     * one-off national holiday listed is 17 March 2011; add another as a {@code HolidayRule.on} rule.
     * Celebrations moved to a Sunday (2 June from 1977 to 2000, 4 November from 1977) are not listed:
     * every Sunday is already a {@code giorno festivo} by law 260/1949, and a desk open on Sundays does
     * not close for them; nor are the {@code solennità civili}, which are working days.
     *
     * @return the rules
     */
    public static Holidays italy() {
        return ITALY;
    }

    private static final Holidays ITALY = of(
                    HolidayRule.fixed("Capodanno", MonthDay.of(1, 1)),
                    HolidayRule.fixed("Epifania", MonthDay.of(1, 6)).validUntil(1977),
                    HolidayRule.fixed("Epifania", MonthDay.of(1, 6)).validFrom(1986),
                    HolidayRule.on("150° anniversario dell'Unità d'Italia", LocalDate.of(2011, 3, 17)),
                    HolidayRule.fixed("San Giuseppe", MonthDay.of(3, 19)).validUntil(1976),
                    HolidayRule.easter("Pasqua", 0),
                    HolidayRule.easter("Lunedì dell'Angelo", 1),
                    HolidayRule.fixed("Festa della Liberazione", MonthDay.of(4, 25)),
                    HolidayRule.easter("Ascensione", 39).validUntil(1976),
                    HolidayRule.fixed("Festa del Lavoro", MonthDay.of(5, 1)),
                    HolidayRule.easter("Corpus Domini", 60).validUntil(1976),
                    HolidayRule.fixed("Festa della Repubblica", MonthDay.of(6, 2))
                            .validUntil(1976),
                    HolidayRule.fixed("Festa della Repubblica", MonthDay.of(6, 2))
                            .validFrom(2001),
                    HolidayRule.fixed("Santi Pietro e Paolo", MonthDay.of(6, 29))
                            .validUntil(1976),
                    HolidayRule.fixed("Assunzione", MonthDay.of(8, 15)),
                    HolidayRule.fixed("San Francesco d'Assisi", MonthDay.of(10, 4))
                            .validFrom(2026),
                    HolidayRule.fixed("Ognissanti", MonthDay.of(11, 1)),
                    HolidayRule.fixed("Giorno dell'Unità nazionale", MonthDay.of(11, 4))
                            .validUntil(1976),
                    HolidayRule.fixed("Immacolata Concezione", MonthDay.of(12, 8)),
                    HolidayRule.fixed("Natale", MonthDay.of(12, 25)),
                    HolidayRule.fixed("Santo Stefano", MonthDay.of(12, 26)))
            .knownFrom(1950);

    /**
     * The Italian national holidays plus a city's patron saint, e.g. 29 June for Rome, 7 December for Milan.
     *
     * @param patronSaint the patron saint's day
     * @return the rules
     */
    public static Holidays italy(MonthDay patronSaint) {
        return ITALY.plus(HolidayRule.fixed("Santo patrono", Checks.notNull(patronSaint, "patronSaint")));
    }

    /**
     * Returns this set with more rules, known from the same year.
     *
     * @param rules the rules to add
     * @return the union
     * @throws ValidationException if the array or a rule is null
     */
    public Holidays plus(HolidayRule... rules) {
        Checks.notNull(rules, "rules");
        return plus(of(rules));
    }

    /**
     * Returns the union of two sets, known from the later of their first known years.
     *
     * @param holidays another set
     * @return the union
     * @throws ValidationException if {@code holidays} is null
     */
    public Holidays plus(Holidays holidays) {
        List<HolidayRule> all = new ArrayList<>(rules);
        all.addAll(Checks.notNull(holidays, "holidays").rules);
        int known = Math.max(firstKnownYear, holidays.firstKnownYear);
        return known == FIRST_YEAR ? of(all) : of(all).knownFrom(known);
    }

    /**
     * Returns the rules.
     *
     * @return the rules, in canonical order, immutable
     */
    public List<HolidayRule> rules() {
        return rules;
    }

    /**
     * Tells whether there is no rule.
     *
     * @return {@code true} for the empty set
     */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Returns the holidays of a year, where they are observed, sorted by date and name. Weekend holidays
     * with {@link Observance#NEXT_WORKING_DAY} are given their substitute days in date order, after every
     * other holiday is placed; the holidays of the years just before and after count as taken too, so a
     * substitute never lands on another year's holiday (Saturday 31 December takes Monday 2 January, and a
     * Sunday 1 January then takes Tuesday 3 January). Rules give no holiday for a year before the
     * {@linkplain #firstKnownYear() first known year}.
     *
     * @param year the year, from {@link #firstKnownYear()} to {@link #LAST_YEAR}
     * @return the holidays of the rules for that year; a date may be in the year before or after
     * @throws ValidationException with path {@code "year"} and rule {@code "in-range"} for a year outside
     *     {@link #FIRST_YEAR} to {@link #LAST_YEAR}, or rule {@code "holidays-known"} for a year before the
     *     first known year (the rules do not describe it)
     */
    public List<Holiday> holidaysIn(int year) {
        checkYear(year);
        if (year < firstKnownYear) {
            throw new ValidationException(
                    "year",
                    "holidays-known",
                    year,
                    "these holiday rules are known from " + firstKnownYear + " only; earlier years are not modelled");
        }
        List<Holiday> out = new ArrayList<>();
        List<Placed> substitutes = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        for (int y = Math.max(firstKnownYear, year - 1); y <= Math.min(LAST_YEAR, year + 1); y++) {
            for (HolidayRule r : rules) {
                int ruleYear = y;
                r.nominalDateIn(y).ifPresent(d -> {
                    boolean weekend = d.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
                    if (weekend && r.observance() == Observance.NEXT_WORKING_DAY) {
                        substitutes.add(new Placed(ruleYear, new Holiday(d, r.name())));
                    } else {
                        LocalDate observed = observe(d, r.observance());
                        taken.add(observed);
                        if (ruleYear == year) {
                            out.add(new Holiday(observed, r.name()));
                        }
                    }
                });
            }
        }
        substitutes.sort(Comparator.comparing(Placed::holiday));
        for (Placed p : substitutes) {
            LocalDate d = p.holiday().date().plusDays(1);
            while (d.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() || taken.contains(d)) {
                d = d.plusDays(1);
            }
            taken.add(d);
            if (p.ruleYear() == year) {
                out.add(new Holiday(d, p.holiday().name()));
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** A weekend holiday waiting for its substitute, with the year of the rule that gave it. */
    private record Placed(int ruleYear, Holiday holiday) {}

    private static LocalDate observe(LocalDate d, Observance o) {
        DayOfWeek w = d.getDayOfWeek();
        boolean toFriday =
                w == DayOfWeek.SATURDAY && (o == Observance.SATURDAY_TO_FRIDAY || o == Observance.NEAREST_WEEKDAY);
        boolean toMonday =
                w == DayOfWeek.SUNDAY && (o == Observance.SUNDAY_TO_MONDAY || o == Observance.NEAREST_WEEKDAY);
        return toFriday ? d.minusDays(1) : toMonday ? d.plusDays(1) : d;
    }

    /**
     * Returns Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
     *
     * @param year the year, from {@link #FIRST_YEAR} to {@link #LAST_YEAR}
     * @return Easter Sunday
     * @throws ValidationException with rule {@code "in-range"} for a year outside that range
     */
    public static LocalDate easterSunday(int year) {
        checkYear(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException(
                    "year", "in-range", year, "must be from " + FIRST_YEAR + " to " + LAST_YEAR + " (Gregorian years)");
        }
    }

    /**
     * Sets are equal when they hold the same rules and are known from the same year.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Holidays h && h.rules.equals(rules) && h.firstKnownYear == firstKnownYear;
    }

    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + firstKnownYear;
    }

    /**
     * Renders the rules, one text form per line, after a line {@code known-from YEAR} when the set is known
     * from a year after {@link #FIRST_YEAR}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String text = rules.stream().map(HolidayRule::toString).collect(Collectors.joining("\n"));
        return firstKnownYear == FIRST_YEAR
                ? text
                : "known-from " + firstKnownYear + (text.isEmpty() ? "" : "\n" + text);
    }
}
