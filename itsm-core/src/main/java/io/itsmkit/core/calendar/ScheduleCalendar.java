package io.itsmkit.core.calendar;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A calendar defined by a zone, weekly windows, holidays, special hours and partial closures. */
final class ScheduleCalendar extends BusinessCalendar {
    private static final long WEEK = 7 * TimeWindow.DAY;

    private final Definition def;

    ScheduleCalendar(Definition def) {
        this.def = def;
    }

    @Override
    public ZoneId zone() {
        return def.zone;
    }

    @Override
    long[] computeIntervals(int k) {
        Instant c0 = chunkStart(k);
        Instant c1 = chunkStart(k + 1);
        LocalDate first = LocalDate.ofInstant(c0, def.zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(c1, def.zone);
        Set<LocalDate> holidays = new HashSet<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            for (HolidaySource s : def.holidays) {
                holidays.addAll(Checks.notNull(s.holidaysIn(y), "holidays[" + s + "].holidaysIn(" + y + ")"));
            }
        }
        Buffer open = new Buffer();
        Buffer closed = new Buffer();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            List<TimeWindow> windows = def.special.containsKey(d)
                    ? def.special.get(d)
                    : holidays.contains(d) ? List.of() : def.weekly.get(d.getDayOfWeek());
            for (TimeWindow w : windows) {
                open.add(offset(c0, d, w.startNanos()), offset(c0, d, w.endNanos()));
            }
            for (TimeWindow w : def.closures.get(d)) {
                closed.add(offset(c0, d, w.startNanos()), offset(c0, d, w.endNanos()));
            }
        }
        return Intervals.difference(open.normalised(), closed.normalised());
    }

    /** The offset from {@code c0} of a local time given as nanoseconds after {@code day}'s midnight. */
    private long offset(Instant c0, LocalDate day, long nanosAfterMidnight) {
        LocalDate date = day.plusDays(nanosAfterMidnight / TimeWindow.DAY);
        LocalTime time = LocalTime.ofNanoOfDay(nanosAfterMidnight % TimeWindow.DAY);
        Instant i = ZonedDateTime.of(date, time, def.zone).toInstant();
        long off = (i.getEpochSecond() - c0.getEpochSecond()) * NANOS_PER_SECOND + i.getNano();
        return Math.max(0, Math.min(CHUNK_NANOS, off));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ScheduleCalendar c && c.def.equals(def);
    }

    @Override
    public int hashCode() {
        return def.hashCode();
    }

    /**
     * Renders the definition, e.g.
     * {@code "BusinessCalendar[Europe/Rome, MONDAY=[08:30-13:00, 14:00-18:00], ..., holidays=[...]]"}.
     */
    @Override
    public String toString() {
        return "BusinessCalendar[" + def.zone + ", " + new TreeMap<>(def.weekly.asMap()) + ", holidays=" + def.holidays
                + (def.special.isEmpty() ? "" : ", special=" + def.special)
                + (def.closures.isEmpty() ? "" : ", closed=" + new TreeMap<>(def.closures.asMap())) + "]";
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

    /** The definition: mutable while building, then validated and frozen by {@link #validatedCopy()}. */
    static final class Definition {
        final ZoneId zone;
        final ListMultimap<DayOfWeek, TimeWindow> weekly;
        final List<HolidaySource> holidays;
        /** Special hours per date; a date mapped to no window is closed. */
        final Map<LocalDate, List<TimeWindow>> special;

        final ListMultimap<LocalDate, TimeWindow> closures;

        Definition(ZoneId zone) {
            this(zone, ArrayListMultimap.create(), new ArrayList<>(), new TreeMap<>(), ArrayListMultimap.create());
        }

        private Definition(
                ZoneId zone,
                ListMultimap<DayOfWeek, TimeWindow> weekly,
                List<HolidaySource> holidays,
                Map<LocalDate, List<TimeWindow>> special,
                ListMultimap<LocalDate, TimeWindow> closures) {
            this.zone = zone;
            this.weekly = weekly;
            this.holidays = holidays;
            this.special = special;
            this.closures = closures;
        }

        Definition validatedCopy() {
            Checks.Collector c = Checks.collector();
            List<Placed> week = new ArrayList<>();
            weekly.entries()
                    .forEach(e -> week.add(
                            new Placed(e.getKey(), e.getValue(), (e.getKey().getValue() - 1) * TimeWindow.DAY)));
            week.sort((x, y) -> Long.compare(x.start(), y.start()));
            for (int i = 0; i < week.size(); i++) {
                Placed cur = week.get(i);
                Placed next =
                        i + 1 < week.size() ? week.get(i + 1) : week.get(0).nextWeek();
                if (cur.end() > next.start()) {
                    c.require(
                            false,
                            "hours[" + cur.day() + "]",
                            "no-overlap",
                            cur + " and " + next,
                            "working windows must not overlap (an overnight window runs into the next day)");
                }
            }
            Map<LocalDate, List<TimeWindow>> sortedSpecial = new TreeMap<>();
            special.forEach((date, ws) -> sortedSpecial.put(date, ImmutableList.sortedCopyOf(ws)));
            for (Map.Entry<LocalDate, List<TimeWindow>> e : sortedSpecial.entrySet()) {
                List<TimeWindow> ws = e.getValue();
                for (int i = 0; i + 1 < ws.size(); i++) {
                    c.require(
                            ws.get(i).endNanos() <= ws.get(i + 1).startNanos(),
                            "specialHours[" + e.getKey() + "]",
                            "no-overlap",
                            ws.get(i) + " and " + ws.get(i + 1),
                            "working windows must not overlap");
                }
            }
            c.throwIfAny();
            return new Definition(
                    zone,
                    sorted(weekly),
                    ImmutableList.copyOf(holidays),
                    ImmutableMap.copyOf(sortedSpecial),
                    sorted(closures));
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

        private static <K extends Comparable<? super K>> ImmutableListMultimap<K, TimeWindow> sorted(
                ListMultimap<K, TimeWindow> m) {
            ImmutableListMultimap.Builder<K, TimeWindow> b = ImmutableListMultimap.builder();
            Multimaps.asSortedLists(m).forEach(b::putAll);
            return b.build();
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Definition d
                    && d.zone.equals(zone)
                    && d.weekly.equals(weekly)
                    && d.holidays.equals(holidays)
                    && d.special.equals(special)
                    && d.closures.equals(closures);
        }

        @Override
        public int hashCode() {
            return Objects.hash(zone, weekly, holidays, special, closures);
        }
    }

    /** Sorted views of window multimaps. */
    private static final class Multimaps {
        static <K extends Comparable<? super K>> Map<K, List<TimeWindow>> asSortedLists(ListMultimap<K, TimeWindow> m) {
            Map<K, List<TimeWindow>> out = new TreeMap<>();
            m.asMap().forEach((k, v) -> {
                List<TimeWindow> l = new ArrayList<>(v);
                l.sort(null);
                out.put(k, l);
            });
            return out;
        }
    }
}
