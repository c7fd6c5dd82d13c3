package io.itsmkit.core.calendar;

import io.itsmkit.core.testkit.CalendarSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The straightforward reference: walks the calendar day by day from its {@link CalendarSpec}, turning
 * each date's windows into instants with {@link ZonedDateTime}. It shares no code with
 * {@link BusinessCalendar}'s compiled intervals and serves as the test oracle and the benchmark baseline.
 *
 * <p>A point of time counts for the first date whose windows contain it (so an overnight spill and the
 * next date's special hours are not counted twice), unless a closure of that date or a neighbour covers it.
 */
public final class DayWalkCalendar {
    private final CalendarSpec spec;

    public DayWalkCalendar(CalendarSpec spec) {
        this.spec = spec;
    }

    private record Span(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    private List<TimeWindow> windowsOf(LocalDate d) {
        if (spec.special().containsKey(d)) {
            return spec.special().get(d);
        }
        if (spec.holidays().contains(d)) {
            return List.of();
        }
        return spec.weekly().getOrDefault(d.getDayOfWeek(), List.of());
    }

    private List<Span> spans(LocalDate d, List<TimeWindow> windows) {
        List<Span> out = new ArrayList<>();
        for (TimeWindow w : windows) {
            Instant s = ZonedDateTime.of(d, w.start(), spec.zone()).toInstant();
            Instant e = ZonedDateTime.of(w.endsNextDay() ? d.plusDays(1) : d, w.end(), spec.zone())
                    .toInstant();
            if (s.isBefore(e)) {
                out.add(new Span(s, e));
            }
        }
        return out;
    }

    /** The working spans attributed to date {@code d}, sorted and disjoint. */
    private List<Span> dayWork(LocalDate d) {
        List<Span> open = spans(d, windowsOf(d));
        List<Span> earlier = spans(d.minusDays(1), windowsOf(d.minusDays(1)));
        List<Span> closed = new ArrayList<>();
        for (LocalDate c = d.minusDays(1); !c.isAfter(d.plusDays(1)); c = c.plusDays(1)) {
            closed.addAll(spans(c, spec.closures().getOrDefault(c, List.of())));
        }
        TreeSet<Instant> cuts = new TreeSet<>();
        for (List<Span> l : List.of(open, earlier, closed)) {
            for (Span s : l) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        List<Span> out = new ArrayList<>();
        Instant prev = null;
        for (Instant cut : cuts) {
            if (prev != null) {
                Instant p = prev;
                boolean in = open.stream().anyMatch(s -> s.contains(p))
                        && earlier.stream().noneMatch(s -> s.contains(p))
                        && closed.stream().noneMatch(s -> s.contains(p));
                if (in) {
                    if (!out.isEmpty() && out.get(out.size() - 1).end().equals(p)) {
                        out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), cut));
                    } else {
                        out.add(new Span(p, cut));
                    }
                }
            }
            prev = cut;
        }
        return out;
    }

    private LocalDate dateOf(Instant t) {
        return LocalDate.ofInstant(t, spec.zone());
    }

    public boolean isWorkingTime(Instant t) {
        for (LocalDate d = dateOf(t).minusDays(1); !d.isAfter(dateOf(t)); d = d.plusDays(1)) {
            for (Span s : dayWork(d)) {
                if (s.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Working time in {@code [a, b)}, for {@code a <= b}. */
    public Duration between(Instant a, Instant b) {
        Duration sum = Duration.ZERO;
        for (LocalDate d = dateOf(a).minusDays(1); !d.isAfter(dateOf(b)); d = d.plusDays(1)) {
            for (Span s : dayWork(d)) {
                Instant from = s.start().isBefore(a) ? a : s.start();
                Instant to = s.end().isAfter(b) ? b : s.end();
                if (from.isBefore(to)) {
                    sum = sum.plus(Duration.between(from, to));
                }
            }
        }
        return sum;
    }

    /** The earliest instant with {@code between(start, t) == d}, searching at most {@code maxDays} days. */
    public Instant add(Instant start, Duration d, int maxDays) {
        if (d.isZero()) {
            return start;
        }
        Duration remaining = d;
        LocalDate day = dateOf(start).minusDays(1);
        for (int i = 0; i < maxDays; i++, day = day.plusDays(1)) {
            for (Span s : dayWork(day)) {
                if (!s.end().isAfter(start)) {
                    continue;
                }
                Instant from = s.start().isBefore(start) ? start : s.start();
                Duration len = Duration.between(from, s.end());
                if (remaining.compareTo(len) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(len);
            }
        }
        throw new IllegalStateException("not found within " + maxDays + " days");
    }
}
