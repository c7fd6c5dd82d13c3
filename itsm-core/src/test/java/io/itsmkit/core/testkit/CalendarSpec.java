package io.itsmkit.core.testkit;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The plain data a scheduled {@link BusinessCalendar} is built from, so a test can build the calendar
 * and an independent oracle from the same definition.
 *
 * @param zone the zone
 * @param weekly windows per weekday
 * @param holidays full-day holidays
 * @param special special hours per date
 * @param closures partial closures per date
 */
public record CalendarSpec(
        ZoneId zone,
        Map<DayOfWeek, List<TimeWindow>> weekly,
        Set<LocalDate> holidays,
        Map<LocalDate, List<TimeWindow>> special,
        Map<LocalDate, List<TimeWindow>> closures) {

    /**
     * Builds the calendar this spec describes.
     *
     * @return the calendar
     */
    public BusinessCalendar toCalendar() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        weekly.forEach((d, ws) -> b.hours(d, ws.toArray(new TimeWindow[0])));
        b.holidays(Holidays.on(holidays.toArray(new LocalDate[0])));
        special.forEach((d, ws) -> b.specialHours(d, ws.toArray(new TimeWindow[0])));
        closures.forEach((d, ws) -> ws.forEach(w -> b.closed(d, w)));
        return b.build();
    }

    /**
     * Random valid specs: a zone from the tz database, 0 to 3 windows per weekday (sometimes overnight, or
     * ending at 24:00), holidays, special hours and partial closures on dates between {@code from} and
     * {@code to}. Times are at random seconds plus, sometimes, random nanoseconds.
     *
     * @param from the first date holidays and exceptions may fall on
     * @param to the last date holidays and exceptions may fall on
     * @return the sampler
     */
    public static Sampler<CalendarSpec> samples(LocalDate from, LocalDate to) {
        List<String> zones = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        return r -> {
            while (true) {
                ZoneId zone = ZoneId.of(zones.get(r.nextInt(zones.size())));
                Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (r.nextInt(7) != 0) {
                        weekly.put(d, windows(r));
                    }
                }
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                Set<LocalDate> holidays = new TreeSet<>();
                Map<LocalDate, List<TimeWindow>> special = new TreeMap<>();
                Map<LocalDate, List<TimeWindow>> closures = new TreeMap<>();
                for (int i = r.nextInt(0, 12); i > 0; i--) {
                    holidays.add(from.plusDays(r.nextLong(days)));
                }
                for (int i = r.nextInt(0, 4); i > 0; i--) {
                    special.put(from.plusDays(r.nextLong(days)), windows(r));
                }
                for (int i = r.nextInt(0, 4); i > 0; i--) {
                    closures.put(from.plusDays(r.nextLong(days)), windows(r));
                }
                CalendarSpec spec = new CalendarSpec(zone, weekly, holidays, special, closures);
                try {
                    spec.toCalendar();
                    return spec;
                } catch (ValidationException overlapping) {
                    // an overnight window ran into the next day's: draw again
                }
            }
        };
    }

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
            LocalTime end =
                    c.get(i + 1) >= 86_400_000_000_000L ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(c.get(i + 1));
            if (c.get(i) < 86_400_000_000_000L) {
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
}
