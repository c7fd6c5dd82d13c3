package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark baseline: the textbook day walk over a weekly schedule of same-day windows with full-day
 * holidays, turning each date's windows into instants with {@link ZonedDateTime}. The benchmark checks that it
 * agrees with itsm-core's calendar before measuring.
 */
final class DayWalk {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeWindow>> weekly;
    private final Set<LocalDate> holidays;

    DayWalk(ZoneId zone, Map<DayOfWeek, List<TimeWindow>> weekly, Set<LocalDate> holidays) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
    }

    private List<TimeWindow> windows(LocalDate d) {
        return holidays.contains(d) ? List.of() : weekly.getOrDefault(d.getDayOfWeek(), List.of());
    }

    boolean isWorkingTime(Instant t) {
        LocalDate d = LocalDate.ofInstant(t, zone);
        for (TimeWindow w : windows(d)) {
            Instant s = ZonedDateTime.of(d, w.start(), zone).toInstant();
            Instant e = ZonedDateTime.of(d, w.end(), zone).toInstant();
            if (!t.isBefore(s) && t.isBefore(e)) {
                return true;
            }
        }
        return false;
    }

    Duration between(Instant a, Instant b) {
        Duration sum = Duration.ZERO;
        for (LocalDate d = LocalDate.ofInstant(a, zone); !d.isAfter(LocalDate.ofInstant(b, zone)); d = d.plusDays(1)) {
            for (TimeWindow w : windows(d)) {
                Instant s = ZonedDateTime.of(d, w.start(), zone).toInstant();
                Instant e = ZonedDateTime.of(d, w.end(), zone).toInstant();
                Instant from = s.isBefore(a) ? a : s;
                Instant to = e.isAfter(b) ? b : e;
                if (from.isBefore(to)) {
                    sum = sum.plus(Duration.between(from, to));
                }
            }
        }
        return sum;
    }

    Instant add(Instant start, Duration d) {
        if (d.isZero()) {
            return start;
        }
        Duration left = d;
        for (LocalDate day = LocalDate.ofInstant(start, zone); ; day = day.plusDays(1)) {
            for (TimeWindow w : windows(day)) {
                Instant s = ZonedDateTime.of(day, w.start(), zone).toInstant();
                Instant e = ZonedDateTime.of(day, w.end(), zone).toInstant();
                if (!e.isAfter(start)) {
                    continue;
                }
                Instant from = s.isBefore(start) ? start : s;
                Duration len = Duration.between(from, e);
                if (left.compareTo(len) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(len);
            }
        }
    }
}
