package io.itsmkit.core.testkit;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.CalendarDefinition;
import io.itsmkit.core.calendar.HolidayRule;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.Observance;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Samplers of the business-calendar types of itsm-core, valid by construction, for property tests of
 * itsmkit and of host applications. See {@link CoreFixtures} for the other core types.
 *
 * <p>Definitions refer to the host holiday sources of {@link #hostSources()} by name, so build calendars
 * from them with {@code BusinessCalendar.of(definition, CalendarFixtures.hostSources())}.
 */
public final class CalendarFixtures {
    /** The first date sampled holidays, special hours and closures fall on. */
    public static final LocalDate FROM = LocalDate.of(2018, 1, 1);

    /** The last date sampled holidays, special hours and closures fall on. */
    public static final LocalDate TO = LocalDate.of(2022, 12, 31);

    /**
     * Every tz-database zone (with their historical offset changes: Asia/Kathmandu at +05:45 since 1986,
     * America/St_Johns at -03:30 with DST, Pacific/Apia across the date line in 2011...), plus fixed offsets
     * off the hour, at the extremes and with a prefix.
     */
    private static final List<String> ZONES = zones();

    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final List<String> NAMES = List.of(
            "Christmas Day",
            "Festa della Repubblica",
            "Lunedì dell'Angelo",
            "Company \"away\" day",
            "Back\\slash",
            "X");
    private static final Map<String, HolidaySource> HOST_SOURCES =
            Map.of("host-a", hostSource(11), "host-b", hostSource(23), "host-c", hostSource(37));

    private CalendarFixtures() {}

    private static List<String> zones() {
        List<String> zones = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zones.addAll(List.of("+05:45", "-03:30", "+14:00", "-12:00", "+00:00", "UTC+05:30", "GMT-09:30"));
        return zones;
    }

    /**
     * Business calendars from {@link #definitions()}, with {@link #hostSources()} bound.
     *
     * @return the sampler
     */
    public static Sampler<BusinessCalendar> businessCalendars() {
        return definitions().map(d -> BusinessCalendar.of(d, HOST_SOURCES));
    }

    /**
     * Calendar definitions: mostly {@link #schedules()}, sometimes a union or intersection of two
     * definitions, nested up to 3 deep.
     *
     * @return the sampler
     */
    public static Sampler<CalendarDefinition> definitions() {
        Sampler<CalendarDefinition.Schedule> schedules = schedules();
        return r -> definition(r, schedules, 3);
    }

    private static CalendarDefinition definition(
            RandomGenerator r, Sampler<CalendarDefinition.Schedule> schedules, int depth) {
        if (depth == 0 || r.nextInt(5) != 0) {
            return schedules.sample(r);
        }
        return new CalendarDefinition.Combined(
                r.nextBoolean() ? CalendarDefinition.Operation.UNION : CalendarDefinition.Operation.INTERSECTION,
                definition(r, schedules, depth - 1),
                definition(r, schedules, depth - 1));
    }

    /**
     * Schedules: any tz-database zone, 0 to 3 windows per weekday (to the nanosecond, some ending at 24:00,
     * some overnight), default or random business days, {@link #holidays()}, sometimes names of
     * {@link #hostSources()}, and special hours and closures on dates from {@link #FROM} to {@link #TO}.
     *
     * @return the sampler
     */
    public static Sampler<CalendarDefinition.Schedule> schedules() {
        Sampler<Holidays> holidays = holidays();
        return r -> {
            while (true) {
                ZoneId zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
                Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (r.nextInt(7) != 0) {
                        hours.put(d, windows(r));
                    }
                }
                Set<DayOfWeek> businessDays = EnumSet.noneOf(DayOfWeek.class);
                if (r.nextInt(3) == 0) {
                    for (DayOfWeek d : DayOfWeek.values()) {
                        if (r.nextInt(3) != 0) {
                            businessDays.add(d);
                        }
                    }
                } else {
                    hours.forEach((d, ws) -> {
                        if (!ws.isEmpty()) {
                            businessDays.add(d);
                        }
                    });
                }
                Set<String> sources = new TreeSet<>();
                if (r.nextInt(3) == 0) {
                    sources.add(
                            List.copyOf(new TreeSet<>(HOST_SOURCES.keySet())).get(r.nextInt(HOST_SOURCES.size())));
                }
                long days = TO.toEpochDay() - FROM.toEpochDay() + 1;
                Map<LocalDate, List<TimeWindow>> special = new TreeMap<>();
                Map<LocalDate, List<TimeWindow>> closures = new TreeMap<>();
                for (int i = r.nextInt(0, 4); i > 0; i--) {
                    special.put(FROM.plusDays(r.nextLong(days)), windows(r));
                }
                for (int i = r.nextInt(0, 4); i > 0; i--) {
                    closures.put(FROM.plusDays(r.nextLong(days)), windows(r));
                }
                try {
                    return new CalendarDefinition.Schedule(
                            zone, hours, businessDays, holidays.sample(r), sources, special, closures);
                } catch (ValidationException overlapping) {
                    // an overnight window ran into the next day's: draw again
                }
            }
        };
    }

    /**
     * Sets of holiday rules: 0 to 6 {@link #holidayRules()}, or Italy's.
     *
     * @return the sampler
     */
    public static Sampler<Holidays> holidays() {
        Sampler<HolidayRule> rules = holidayRules();
        return r -> r.nextInt(8) == 0
                ? Holidays.italy(MonthDay.of(r.nextInt(1, 13), r.nextInt(1, 29)))
                : Holidays.of(rules.sampleList(r, 0, 6));
    }

    /**
     * Holiday rules of every kind (fixed, Easter-relative, nth and last weekday, one-off dates from
     * {@link #FROM} to {@link #TO}), sometimes valid only from or until a year from 2015 to 2025, with any
     * observance; names include quotes, backslashes and accented letters.
     *
     * @return the sampler
     */
    public static Sampler<HolidayRule> holidayRules() {
        return r -> {
            String name = NAMES.get(r.nextInt(NAMES.size()));
            HolidayRule rule = switch (r.nextInt(5)) {
                case 0 ->
                    HolidayRule.fixed(name, MonthDay.of(r.nextInt(1, 13), r.nextInt(1, r.nextInt(8) == 0 ? 30 : 29)));
                case 1 -> HolidayRule.easter(name, r.nextInt(-100, 101));
                case 2 ->
                    HolidayRule.nthWeekday(
                            name, r.nextInt(1, 5), DayOfWeek.of(r.nextInt(1, 8)), Month.of(r.nextInt(1, 13)));
                case 3 -> HolidayRule.lastWeekday(name, DayOfWeek.of(r.nextInt(1, 8)), Month.of(r.nextInt(1, 13)));
                default -> HolidayRule.on(name, FROM.plusDays(r.nextLong(TO.toEpochDay() - FROM.toEpochDay() + 1)));
            };
            int from = r.nextInt(2015, 2026);
            if (r.nextInt(3) == 0) {
                rule = rule.validFrom(from);
            }
            if (r.nextInt(3) == 0) {
                rule = rule.validUntil(r.nextInt(from, 2026));
            }
            return rule.observed(Observance.values()[r.nextInt(Observance.values().length)]);
        };
    }

    /**
     * The host holiday sources {@link #definitions()} refer to, by name: deterministic functions of the
     * year that answer 0 to 4 holidays, often on 31 December of the year before or in the first days of the
     * year after (as sources reporting observed dates do).
     *
     * @return the sources, immutable
     */
    public static Map<String, HolidaySource> hostSources() {
        return HOST_SOURCES;
    }

    /**
     * Random host holiday sources under the names {@link #definitions()} use, answering as those of
     * {@link #hostSources()} do, from a seed.
     *
     * @param seed the seed; equal seeds give sources that answer the same
     * @return the sources, immutable
     */
    public static Map<String, HolidaySource> hostSources(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return Map.of(
                "host-a",
                hostSource(r.nextLong()),
                "host-b",
                hostSource(r.nextLong()),
                "host-c",
                hostSource(r.nextLong()));
    }

    private static HolidaySource hostSource(long seed) {
        return year -> {
            if (year < Holidays.FIRST_YEAR || year > Holidays.LAST_YEAR) {
                throw new ValidationException("year", "in-range", year, "must be a Gregorian year up to 9999");
            }
            SplittableRandom r = new SplittableRandom(seed * 100_003 + year);
            List<Holiday> out = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                LocalDate d = switch (r.nextInt(4)) {
                    case 0 -> LocalDate.of(year - 1, 12, 31);
                    case 1 -> LocalDate.of(year + 1, 1, r.nextInt(1, 4));
                    default -> LocalDate.ofYearDay(year, r.nextInt(1, 366));
                };
                out.add(new Holiday(d, "host " + seed));
            }
            return out;
        };
    }

    /**
     * The host holiday sources of {@link #hostSources()}, one at a time.
     *
     * @return the sampler
     */
    public static Sampler<HolidaySource> holidaySources() {
        return Sampler.oneOf(List.copyOf(new TreeMap<>(HOST_SOURCES).values()));
    }

    /**
     * Registers with a {@link BadInputSanity} tester the samplers of every public calendar type, so that
     * {@code CalendarFixtures.sanitySamples(BadInputSanity.withCoreSamples()).check("io.itsmkit.core.calendar")}
     * drives the calendar API with valid and extreme values.
     *
     * @param tester a tester
     * @return the tester knowing the calendar types
     */
    public static BadInputSanity sanitySamples(BadInputSanity tester) {
        return tester.with(BusinessCalendar.class, businessCalendars())
                .with(CalendarDefinition.class, definitions())
                .with(CalendarDefinition.Schedule.class, schedules())
                .with(CalendarDefinition.Combined.class, combinedDefinitions())
                .with(TimeWindow.class, timeWindows())
                .with(HolidayRule.class, holidayRules())
                .with(HolidayRule.When.class, holidayDates())
                .with(Holidays.class, holidays())
                .with(HolidaySource.class, holidaySources())
                .with(Holiday.class, sourceHolidays());
    }

    /**
     * Time windows: same-day ones to the nanosecond, some ending at 24:00, and overnight ones.
     *
     * @return the sampler
     */
    public static Sampler<TimeWindow> timeWindows() {
        return r -> {
            long a = r.nextLong(DAY_NANOS);
            long b = r.nextLong(DAY_NANOS);
            if (a == b || b == 0 || r.nextInt(8) == 0) {
                return TimeWindow.of(LocalTime.ofNanoOfDay(Math.min(a, DAY_NANOS - 1)), LocalTime.MIDNIGHT);
            }
            return a < b
                    ? TimeWindow.of(LocalTime.ofNanoOfDay(a), LocalTime.ofNanoOfDay(b))
                    : TimeWindow.overnight(LocalTime.ofNanoOfDay(a), LocalTime.ofNanoOfDay(b));
        };
    }

    /** 0 to 3 disjoint windows of a day, at random seconds plus sometimes nanoseconds, sometimes an overnight one. */
    private static List<TimeWindow> windows(RandomGenerator r) {
        int n = r.nextInt(0, 4);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < 2 * n) {
            long second = r.nextLong(0, 86_401);
            cuts.add(second * 1_000_000_000L + (r.nextInt(4) == 0 && second < 86_400 ? r.nextInt(1_000_000_000) : 0));
        }
        List<Long> c = new ArrayList<>(cuts);
        List<TimeWindow> out = new ArrayList<>();
        for (int i = 0; i < 2 * n; i += 2) {
            LocalTime end = c.get(i + 1) >= DAY_NANOS ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(c.get(i + 1));
            if (c.get(i) < DAY_NANOS) {
                out.add(TimeWindow.of(LocalTime.ofNanoOfDay(c.get(i)), end));
            }
        }
        if (r.nextInt(5) == 0) {
            TimeWindow last =
                    out.isEmpty() ? TimeWindow.of(LocalTime.of(21, 0), LocalTime.of(22, 0)) : out.get(out.size() - 1);
            if (!last.endsNextDay()
                    && last.end().isAfter(LocalTime.of(7, 0))
                    && last.end().isBefore(LocalTime.of(23, 0))) {
                out.add(TimeWindow.overnight(last.end().plusMinutes(30), LocalTime.of(r.nextInt(1, 7), 0)));
            }
        }
        return out;
    }

    /**
     * Unions and intersections of two {@link #definitions()}.
     *
     * @return the sampler
     */
    public static Sampler<CalendarDefinition.Combined> combinedDefinitions() {
        Sampler<CalendarDefinition> definitions = definitions();
        return r -> new CalendarDefinition.Combined(
                r.nextBoolean() ? CalendarDefinition.Operation.UNION : CalendarDefinition.Operation.INTERSECTION,
                definitions.sample(r),
                definitions.sample(r));
    }

    /**
     * When {@link #holidayRules()} fall: every kind of rule.
     *
     * @return the sampler
     */
    public static Sampler<HolidayRule.When> holidayDates() {
        return holidayRules().map(HolidayRule::when);
    }

    /**
     * Holidays as a host source answers them: dates from {@link #FROM} to {@link #TO}, names with quotes,
     * backslashes and accented letters.
     *
     * @return the sampler
     */
    public static Sampler<Holiday> sourceHolidays() {
        long days = TO.toEpochDay() - FROM.toEpochDay() + 1;
        return r -> new Holiday(FROM.plusDays(r.nextLong(days)), NAMES.get(r.nextInt(NAMES.size())));
    }
}
