package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The straightforward reference: walks the calendar day by day from its {@link CalendarDefinition.Schedule},
 * turning each date's windows into instants with {@link ZonedDateTime}, counting business days one date at a
 * time, and evaluating holiday rules by walking the days of a month ({@link DayWalkHolidays}). It shares no
 * code with {@link BusinessCalendar}'s compiled intervals, business-year counts or {@link Holidays}, and
 * serves as the test oracle and the benchmark baseline.
 *
 * <p>A point of time counts for the first date whose windows contain it (so an overnight spill and the
 * next date's special hours are not counted twice), unless a closure of that date or a neighbour covers it.
 * A date is a holiday when a rule's observed date for its year or a neighbouring year is that date, or when
 * a host source answers it for its year or a neighbouring year.
 */
public final class DayWalkCalendar {
    private final CalendarDefinition.Schedule def;
    private final Map<String, HolidaySource> sources;
    private final Map<Integer, Set<LocalDate>> holidaysByAnswerYear = new HashMap<>();

    public DayWalkCalendar(CalendarDefinition.Schedule def, Map<String, HolidaySource> sources) {
        this.def = def;
        this.sources = sources;
    }

    private record Span(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    /**
     * Every date the rules and the sources answer for one year (the oracle keeps them; it asks in any order).
     * The sources are asked only for the years of the horizon's dates in the zone, which starts on 1 January
     * of the holidays' first known year if that is later than the horizon start.
     */
    private Set<LocalDate> answer(int year) {
        int firstYear = Math.max(
                LocalDate.ofInstant(BusinessCalendar.HORIZON_START, def.zone()).getYear(),
                def.holidays().firstKnownYear());
        int lastYear =
                LocalDate.ofInstant(BusinessCalendar.HORIZON_END, def.zone()).getYear();
        return holidaysByAnswerYear.computeIfAbsent(year, y -> {
            Set<LocalDate> out = new HashSet<>(DayWalkHolidays.observedIn(def.holidays(), y));
            if (y < firstYear || y > lastYear) {
                return out;
            }
            for (String name : def.holidaySources()) {
                for (Holiday h : sources.get(name).holidaysIn(y)) {
                    out.add(h.date());
                }
            }
            return out;
        });
    }

    public boolean isHoliday(LocalDate d) {
        for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
            if (answer(y).contains(d)) {
                return true;
            }
        }
        return false;
    }

    private List<TimeWindow> windowsOf(LocalDate d) {
        if (def.specialHours().containsKey(d)) {
            return def.specialHours().get(d);
        }
        if (isHoliday(d)) {
            return List.of();
        }
        return def.hours().getOrDefault(d.getDayOfWeek(), List.of());
    }

    private List<Span> spans(LocalDate d, List<TimeWindow> windows) {
        List<Span> out = new ArrayList<>();
        for (TimeWindow w : windows) {
            Instant s = ZonedDateTime.of(d, w.start(), def.zone()).toInstant();
            Instant e = ZonedDateTime.of(w.endsNextDay() ? d.plusDays(1) : d, w.end(), def.zone())
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
            closed.addAll(spans(c, def.closures().getOrDefault(c, List.of())));
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
        return LocalDate.ofInstant(t, def.zone());
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

    /** Every working span of the dates from {@code maxDays} before {@code t}'s date to the day after, merged. */
    private List<Span> mergedAround(Instant t, int maxDays) {
        List<Span> all = new ArrayList<>();
        for (LocalDate d = dateOf(t).minusDays(maxDays); !d.isAfter(dateOf(t).plusDays(1)); d = d.plusDays(1)) {
            all.addAll(dayWork(d));
        }
        all.sort((x, y) -> x.start().compareTo(y.start()));
        List<Span> merged = new ArrayList<>();
        for (Span s : all) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.start().isAfter(last.end())) {
                merged.set(
                        merged.size() - 1, new Span(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The latest instant at or before {@code t} that working time runs up to, looking back {@code maxDays}. */
    public Optional<Instant> previousWorkingInstant(Instant t, int maxDays) {
        Instant best = null;
        for (Span s : mergedAround(t, maxDays)) {
            if (s.start().isBefore(t) && !t.isAfter(s.end())) {
                return Optional.of(t);
            }
            if (!s.end().isAfter(t)) {
                best = s.end();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The latest start or end of working time before {@code t}, looking back {@code maxDays}. */
    public Optional<Instant> previousTransition(Instant t, int maxDays) {
        Instant best = null;
        for (Span s : mergedAround(t, maxDays)) {
            for (Instant b : List.of(s.start(), s.end())) {
                if (b.isBefore(t) && (best == null || b.isAfter(best))) {
                    best = b;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean isBusinessDay(LocalDate d) {
        if (def.specialHours().containsKey(d)) {
            return !def.specialHours().get(d).isEmpty();
        }
        return def.businessDays().contains(d.getDayOfWeek()) && !isHoliday(d);
    }

    /** The n-th business day after {@code d} (before it for negative n), one date at a time. */
    public LocalDate addBusinessDays(LocalDate d, long n) {
        int step = n < 0 ? -1 : 1;
        LocalDate day = d;
        for (long found = 0; found < Math.abs(n); ) {
            day = day.plusDays(step);
            if (isBusinessDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** The same local time on the n-th business day, keeping the start's offset when the local time is ambiguous. */
    public Instant addBusinessDays(Instant start, long n) {
        ZonedDateTime z = start.atZone(def.zone());
        LocalDate day = addBusinessDays(z.toLocalDate(), n);
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, z.toLocalTime()), def.zone(), z.getOffset())
                .toInstant();
    }

    /** Business days after {@code a} up to and including {@code b}, negated when {@code b < a}. */
    public int businessDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -businessDaysBetween(b, a);
        }
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The weekdays a schedule counts as business days. */
    public Set<DayOfWeek> businessDays() {
        return def.businessDays();
    }
}
