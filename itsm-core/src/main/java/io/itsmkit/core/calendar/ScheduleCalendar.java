package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** A calendar defined by a {@link CalendarDefinition.Schedule}, with its host holiday sources bound. */
final class ScheduleCalendar extends BusinessCalendar {
    private static final HolidayYear NO_HOLIDAYS = new HolidayYear(List.of(), BusinessYear.emptyBits());

    private final CalendarDefinition.Schedule def;
    private final Map<String, SourceAnswers> sources;
    /** Per year, the holidays whose dates fall in it. */
    private final AtomicReferenceArray<HolidayYear> placed = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    /** The holidays whose dates fall in one year, sorted, and a bit per day-of-year that is a holiday. */
    private static final class HolidayYear {
        final List<Holiday> holidays;
        private final long[] bits;

        HolidayYear(List<Holiday> holidays, long[] bits) {
            this.holidays = holidays;
            this.bits = bits;
        }

        boolean contains(LocalDate d) {
            int i = d.getDayOfYear() - 1;
            return (bits[i >>> 6] & (1L << i)) != 0;
        }
    }

    ScheduleCalendar(CalendarDefinition.Schedule def, Map<String, SourceAnswers> sources) {
        super(def);
        this.def = def;
        this.sources = sources;
    }

    @Override
    Map<String, HolidaySource> sources() {
        Map<String, HolidaySource> out = new TreeMap<>();
        sources.forEach((name, answers) -> out.put(name, answers.source()));
        return out;
    }

    @Override
    long[] computeIntervals(int k) {
        Instant c0 = chunkStart(k);
        Instant c1 = chunkStart(k + 1);
        LocalDate first = LocalDate.ofInstant(c0, def.zone()).minusDays(1);
        LocalDate last = LocalDate.ofInstant(c1, def.zone());
        Buffer open = new Buffer();
        Buffer closed = new Buffer();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (TimeWindow w : windowsOf(d)) {
                open.add(offset(c0, d, w.startNanos()), offset(c0, d, w.endNanos()));
            }
            for (TimeWindow w : def.closures().getOrDefault(d, List.of())) {
                closed.add(offset(c0, d, w.startNanos()), offset(c0, d, w.endNanos()));
            }
        }
        return Intervals.difference(open.normalised(), closed.normalised());
    }

    private List<TimeWindow> windowsOf(LocalDate d) {
        List<TimeWindow> special = def.specialHours().get(d);
        if (special != null) {
            return special;
        }
        return holidays(d.getYear()).contains(d) ? List.of() : def.hours().getOrDefault(d.getDayOfWeek(), List.of());
    }

    @Override
    long[] computeBusinessDays(int year) {
        long[] bits = BusinessYear.emptyBits();
        HolidayYear holidays = holidays(year);
        Set<DayOfWeek> days = def.businessDays();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            List<TimeWindow> special = def.specialHours().get(d);
            boolean business =
                    special != null ? !special.isEmpty() : days.contains(d.getDayOfWeek()) && !holidays.contains(d);
            if (business) {
                BusinessYear.set(bits, d.getDayOfYear());
            }
        }
        return bits;
    }

    @Override
    List<Holiday> computeHolidays(int year) {
        return holidays(year).holidays;
    }

    /**
     * The holidays whose dates fall in a year: those the rules give for it and for the years just before and
     * after (from their first known year), and those the sources answer for the same years within the
     * horizon (sources are not asked about other years); none for a year outside the horizon, whose dates
     * the calendar never uses.
     */
    private HolidayYear holidays(int year) {
        if (year < firstYear || year > lastYear) {
            return NO_HOLIDAYS;
        }
        int slot = year - FIRST_YEAR;
        HolidayYear h = placed.get(slot);
        if (h == null) {
            TreeSet<Holiday> in = new TreeSet<>();
            for (int y = Math.max(def.holidays().firstKnownYear(), year - 1); y <= year + 1; y++) {
                for (Holiday x : def.holidays().holidaysIn(y)) {
                    if (x.date().getYear() == year) {
                        in.add(x);
                    }
                }
            }
            for (int y = Math.max(firstYear, year - 1); y <= Math.min(lastYear, year + 1); y++) {
                for (SourceAnswers source : sources.values()) {
                    for (Holiday x : source.in(y, def.zone())) {
                        if (x.date().getYear() == year) {
                            in.add(x);
                        }
                    }
                }
            }
            long[] bits = BusinessYear.emptyBits();
            in.forEach(x -> BusinessYear.set(bits, x.date().getDayOfYear()));
            h = new HolidayYear(List.copyOf(in), bits);
            placed.compareAndSet(slot, null, h);
        }
        return h;
    }

    /** The offset from {@code c0} of a local time given as nanoseconds after {@code day}'s midnight. */
    private long offset(Instant c0, LocalDate day, long nanosAfterMidnight) {
        LocalDate date = day.plusDays(nanosAfterMidnight / TimeWindow.DAY);
        LocalTime time = LocalTime.ofNanoOfDay(nanosAfterMidnight % TimeWindow.DAY);
        Instant i = ZonedDateTime.of(date, time, def.zone()).toInstant();
        long off = (i.getEpochSecond() - c0.getEpochSecond()) * NANOS_PER_SECOND + i.getNano();
        return Math.max(0, Math.min(CHUNK_NANOS, off));
    }

    /** A growable flat interval list. */
    private static final class Buffer {
        private long[] a = new long[64];
        private int n;

        void add(long s, long e) {
            if (n + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = s;
            a[n++] = e;
        }

        long[] normalised() {
            return Intervals.normalise(a, n);
        }
    }
}
