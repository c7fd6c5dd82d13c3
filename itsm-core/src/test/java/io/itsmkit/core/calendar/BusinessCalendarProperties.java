package io.itsmkit.core.calendar;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.CalendarFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Random calendars (random tz-database zones and fixed offsets such as +05:45 and -03:30, windows, overnight
 * shifts, business days, holiday rules with validity and observance, random host sources that report
 * neighbouring-year dates, special hours, closures) against the day-walk oracle, plus the algebraic laws of
 * the contract. Instants and dates are drawn from 2018 to 2022 (where the sampled special days and one-off
 * holidays are), from anywhere in the calendar's horizon, and from near either end of it.
 */
class BusinessCalendarProperties {
    private static final Instant EARLIEST = Instant.parse("2018-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(365L * 5).getSeconds();
    /** 300, or fewer when QuickTheories' QT_EXAMPLES says so (PIT runs set it low). */
    private static final int EXAMPLES = Math.min(300, Integer.getInteger("QT_EXAMPLES", 300));

    /** A calendar with its oracle and some instants, a duration, dates and a count of business days to try. */
    record Case(
            CalendarDefinition.Schedule definition,
            BusinessCalendar calendar,
            DayWalkCalendar oracle,
            Instant a,
            Instant b,
            Instant c,
            Duration d,
            LocalDate day,
            int n) {
        @Override
        public String toString() {
            return definition + "\na=" + a + " b=" + b + " c=" + c + " d=" + d + " day=" + day + " n=" + n;
        }
    }

    /**
     * Instants from 2018 to 2022, a quarter of them within a day of the start of one of the calendar's
     * internal chunks, so that answers are checked where the compiled blocks meet.
     */
    static Instant instant(RandomGenerator r) {
        Instant t = EARLIEST.plusSeconds(r.nextLong(SPAN_SECONDS));
        if (r.nextInt(4) == 0) {
            t = BusinessCalendar.chunkStart(BusinessCalendar.chunkOf(t)).plusSeconds(r.nextLong(-86_400, 86_400));
        }
        return t.plusNanos(r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    /**
     * An instant {@link #instant(RandomGenerator)} half the time, else anywhere in the calendar's horizon or
     * near either end of it, at least 41 days before the horizon end (so that {@code a + 40 days} is inside).
     */
    static Instant instant(RandomGenerator r, BusinessCalendar cal) {
        long first = cal.horizonStart().getEpochSecond();
        long last = BusinessCalendar.HORIZON_END.minus(Duration.ofDays(41)).getEpochSecond();
        long second = switch (r.nextInt(6)) {
            case 0, 1, 2 -> instant(r).getEpochSecond();
            case 3 -> first + r.nextLong(30L * 86_400);
            case 4 -> last - r.nextLong(5L * 86_400);
            default -> r.nextLong(first, last);
        };
        return Instant.ofEpochSecond(second, r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    /** A date of the calendar's horizon, drawn as {@link #instant(RandomGenerator, BusinessCalendar)} is. */
    static LocalDate date(RandomGenerator r, BusinessCalendar cal) {
        LocalDate d = r.nextBoolean()
                ? CalendarFixtures.FROM.plusDays(r.nextLong(365L * 5))
                : LocalDate.ofInstant(instant(r, cal), cal.zone());
        return clamp(cal, d);
    }

    static final Sampler<Case> CASES = r -> {
        CalendarDefinition.Schedule def = CalendarFixtures.schedules().sample(r);
        java.util.Map<String, io.itsmkit.core.calendar.spi.HolidaySource> sources =
                CalendarFixtures.hostSources(r.nextLong());
        BusinessCalendar cal = BusinessCalendar.of(def, sources);
        Instant a = instant(r, cal);
        Instant b = a.plusSeconds(r.nextLong(20L * 86_400));
        Instant c = b.plusSeconds(r.nextLong(20L * 86_400));
        Duration d = Duration.ofSeconds(r.nextLong(40L * 3600), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
        return new Case(def, cal, new DayWalkCalendar(def, sources), a, b, c, d, date(r, cal), r.nextInt(-60, 61));
    };

    @Test
    void betweenAgreesWithTheDayWalk() {
        qt().withExamples(EXAMPLES)
                .forAll(CASES.gen())
                .check(k -> k.calendar()
                        .workingTimeBetween(k.a(), k.b())
                        .equals(k.oracle().between(k.a(), k.b())));
    }

    @Test
    void isWorkingTimeAgreesWithTheDayWalk() {
        qt().withExamples(EXAMPLES)
                .forAll(CASES.gen())
                .check(k -> k.calendar().isWorkingTime(k.a()) == k.oracle().isWorkingTime(k.a())
                        && k.calendar().isWorkingTime(k.b()) == k.oracle().isWorkingTime(k.b()));
    }

    @Test
    void addAgreesWithTheDayWalkAndRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            Instant t;
            try {
                t = k.calendar().addWorkingTime(k.a(), k.d());
            } catch (NoWorkingTimeException never) {
                return k.calendar()
                                .workingTimeBetween(k.a(), BusinessCalendar.HORIZON_END)
                                .compareTo(k.d())
                        < 0;
            }
            boolean earliest = k.d().isZero()
                    || k.calendar().workingTimeBetween(k.a(), t.minusNanos(1)).compareTo(k.d()) < 0;
            // the day walk is slow: it checks results within 40 days, the laws check the rest
            boolean oracle = Duration.between(k.a(), t).toDays() > 38
                    || t.equals(k.oracle().add(k.a(), k.d(), 42));
            // monotone: a second more of work never ends earlier
            Instant more;
            try {
                more = k.calendar().addWorkingTime(k.a(), k.d().plusSeconds(1));
            } catch (NoWorkingTimeException beyond) {
                more = BusinessCalendar.HORIZON_END.plusNanos(1);
            }
            return k.calendar().workingTimeBetween(k.a(), t).equals(k.d()) && earliest && oracle && more.isAfter(t);
        });
    }

    @Test
    void subtractIsTheLatestMirror() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            Instant t;
            try {
                t = k.calendar().subtractWorkingTime(k.c(), k.d());
            } catch (NoWorkingTimeException never) {
                return k.calendar()
                                .workingTimeBetween(k.calendar().horizonStart(), k.c())
                                .compareTo(k.d())
                        < 0;
            }
            boolean latest = k.d().isZero()
                    || k.calendar().workingTimeBetween(t.plusNanos(1), k.c()).compareTo(k.d()) < 0;
            return !t.isAfter(k.c())
                    && k.calendar().workingTimeBetween(t, k.c()).equals(k.d())
                    && latest;
        });
    }

    @Test
    void additiveAntisymmetricAndMonotone() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            Duration ab = cal.workingTimeBetween(k.a(), k.b());
            Duration bc = cal.workingTimeBetween(k.b(), k.c());
            Duration ac = cal.workingTimeBetween(k.a(), k.c());
            return ab.plus(bc).equals(ac)
                    && cal.workingTimeBetween(k.c(), k.a()).equals(ac.negated())
                    && !ab.isNegative()
                    && ab.compareTo(ac) <= 0
                    && ab.compareTo(Duration.between(k.a(), k.b())) <= 0;
        });
    }

    @Test
    void nextWorkingInstantAndNextTransition() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            Optional<Instant> change = cal.nextTransition(k.a());
            boolean workingNow = cal.isWorkingTime(k.a());
            boolean transition = change.map(t -> t.isAfter(k.a())
                            && cal.isWorkingTime(t) != workingNow
                            && cal.workingTimeBetween(k.a(), t)
                                    .equals(workingNow ? Duration.between(k.a(), t) : Duration.ZERO))
                    .orElse(true);
            try {
                Instant next = cal.nextWorkingInstant(k.a());
                return transition
                        && !next.isBefore(k.a())
                        && cal.isWorkingTime(next)
                        && cal.workingTimeBetween(k.a(), next).isZero()
                        && (workingNow ? next.equals(k.a()) : change.equals(Optional.of(next)));
            } catch (NoWorkingTimeException never) {
                return transition && !workingNow && change.isEmpty();
            }
        });
    }

    /** The day walk agrees within 38 days back; the laws hold always; nothing is found only when there is no work. */
    @Test
    void previousWorkingInstantAgreesWithTheDayWalk() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            Instant t = k.c();
            Instant p;
            // the walk does not know the horizon: what it finds before the horizon start, the calendar cannot
            Optional<Instant> walked =
                    k.oracle().previousWorkingInstant(t, 40).filter(w -> w.isAfter(cal.horizonStart()));
            try {
                p = cal.previousWorkingInstant(t);
            } catch (NoWorkingTimeException never) {
                return cal.workingTimeBetween(cal.horizonStart(), t).isZero() && walked.isEmpty();
            }
            boolean laws = !p.isAfter(t) && cal.workingTimeBetween(p, t).isZero() && cal.isWorkingTime(p.minusNanos(1));
            long daysBack = Duration.between(p, t).toDays();
            boolean oracle = daysBack < 38 ? walked.equals(Optional.of(p)) : daysBack <= 42 || walked.isEmpty();
            return laws && oracle;
        });
    }

    @Test
    void previousTransitionAgreesWithTheDayWalk() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            Instant t = k.c();
            Optional<Instant> change = cal.previousTransition(t);
            Optional<Instant> walked = k.oracle().previousTransition(t, 40).filter(w -> w.isAfter(cal.horizonStart()));
            if (change.isEmpty()) {
                return walked.isEmpty();
            }
            Instant p = change.get();
            boolean workingAfter = cal.isWorkingTime(p);
            boolean laws = p.isBefore(t)
                    && workingAfter != cal.isWorkingTime(p.minusNanos(1))
                    && cal.workingTimeBetween(p, t).equals(workingAfter ? Duration.between(p, t) : Duration.ZERO);
            long daysBack = Duration.between(p, t).toDays();
            boolean oracle = daysBack < 38 ? walked.equals(change) : daysBack <= 42 || walked.isEmpty();
            return laws && oracle;
        });
    }

    /**
     * Business days: the fast path against the day walk, for random business days, rules and host sources,
     * anywhere in the horizon. Where the walk's answer lies outside the horizon, the calendar finds none.
     */
    @Test
    void businessDaysAgreeWithTheDayWalk() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            DayWalkCalendar walk = k.oracle();
            LocalDate day = k.day();
            for (LocalDate d = day.minusDays(3); !d.isAfter(day.plusDays(3)); d = d.plusDays(1)) {
                if (inHorizon(cal, d) && cal.isBusinessDay(d) != walk.isBusinessDay(d)) {
                    return false;
                }
            }
            LocalDate other = day.plusDays(k.n() * 7L);
            if (inHorizon(cal, other) && cal.businessDaysBetween(day, other) != walk.businessDaysBetween(day, other)) {
                return false;
            }
            // the instant form: the same local time on the walk's date, or none when that instant is outside
            // the horizon (its date may be inside: 2150-01-01T00:36Z is after the horizon end)
            return agrees(cal, walk, day, k.n(), () -> cal.addBusinessDays(day, k.n()))
                    && agrees(cal, walk, day, k.n(), () -> cal.subtractBusinessDays(day, -k.n()))
                    && agreesInstant(cal, walk, k.a(), k.n());
        });
    }

    private static LocalDate clamp(BusinessCalendar cal, LocalDate d) {
        return d.isBefore(cal.firstDate()) ? cal.firstDate() : d.isAfter(cal.lastDate()) ? cal.lastDate() : d;
    }

    private static boolean inHorizon(BusinessCalendar cal, LocalDate d) {
        return !d.isBefore(cal.firstDate()) && !d.isAfter(cal.lastDate());
    }

    /**
     * The calendar's n-th business day from a date against the walk's: equal when the walk's is inside the
     * horizon, none (NoWorkingTimeException) when it is outside or too far for the walk to find (the walk
     * only looks 3 years around, and a calendar may have no business day at all).
     */
    private static boolean agrees(
            BusinessCalendar cal,
            DayWalkCalendar walk,
            LocalDate from,
            int n,
            java.util.function.Supplier<LocalDate> fast) {
        LocalDate found;
        try {
            found = fast.get();
        } catch (NoWorkingTimeException none) {
            found = null;
        }
        if (tooFewNear(walk, from, n)) {
            return found == null || Math.abs(found.toEpochDay() - from.toEpochDay()) > 365 * 3;
        }
        LocalDate expected = walk.addBusinessDays(from, n);
        return inHorizon(cal, expected) ? expected.equals(found) : found == null;
    }

    /** Whether the walk finds fewer than |n| business days within 3 years of a date, in n's direction. */
    private static boolean tooFewNear(DayWalkCalendar walk, LocalDate from, int n) {
        int near = n >= 0
                ? walk.businessDaysBetween(from, from.plusYears(3))
                : walk.businessDaysBetween(from.minusYears(3), from);
        return near < Math.abs(n);
    }

    private static boolean agreesInstant(BusinessCalendar cal, DayWalkCalendar walk, Instant a, int n) {
        if (tooFewNear(walk, LocalDate.ofInstant(a, cal.zone()), n)) {
            return true;
        }
        Instant expected = walk.addBusinessDays(a, n);
        try {
            return cal.addBusinessDays(a, n).equals(expected);
        } catch (NoWorkingTimeException none) {
            return expected.isBefore(cal.horizonStart()) || expected.isAfter(BusinessCalendar.HORIZON_END);
        }
    }

    /**
     * {@code businessDaysBetween} is additive ({@code between(a, b) + between(b, c) == between(a, c)}) and
     * antisymmetric for dates anywhere in the horizon, in any order, spans of centuries included; and it
     * agrees with the walk over spans of up to 400 days.
     */
    @Test
    void businessDaysBetweenIsAdditiveOverTheWholeHorizon() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            java.util.SplittableRandom r = new java.util.SplittableRandom(k.a().getEpochSecond());
            LocalDate a = date(r, cal);
            LocalDate b = date(r, cal);
            LocalDate c = date(r, cal);
            int ab = cal.businessDaysBetween(a, b);
            int bc = cal.businessDaysBetween(b, c);
            int ac = cal.businessDaysBetween(a, c);
            LocalDate near = k.day().plusDays(r.nextInt(0, 401));
            return ab + bc == ac
                    && cal.businessDaysBetween(c, a) == -ac
                    && cal.businessDaysBetween(a, a) == 0
                    && Math.abs(ac) <= Math.abs(c.toEpochDay() - a.toEpochDay())
                    && (!inHorizon(cal, near)
                            || cal.businessDaysBetween(k.day(), near)
                                    == k.oracle().businessDaysBetween(k.day(), near));
        });
    }

    /**
     * {@code subtractBusinessDays(addBusinessDays(t, n), n) == t} on business days (for instants, when the
     * local time exists once on both dates), and {@code businessDaysBetween} counts what was added.
     */
    @Test
    void subtractUndoesAddOnBusinessDays() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            BusinessCalendar cal = k.calendar();
            int n = Math.abs(k.n());
            LocalDate day = k.day();
            if (!cal.isBusinessDay(day)) {
                return true;
            }
            LocalDate later;
            try {
                later = cal.addBusinessDays(day, n);
            } catch (NoWorkingTimeException none) {
                return true;
            }
            boolean dates = cal.subtractBusinessDays(later, n).equals(day)
                    && cal.addBusinessDays(later, -n).equals(day)
                    && cal.businessDaysBetween(day, later) == n
                    && cal.businessDaysBetween(later, day) == -n
                    && cal.isBusinessDay(later);
            ZonedDateTime start = k.a().atZone(cal.zone());
            if (!cal.isBusinessDay(start.toLocalDate())) {
                return dates;
            }
            Instant t2;
            try {
                t2 = cal.addBusinessDays(k.a(), n);
            } catch (NoWorkingTimeException beyond) {
                return dates;
            }
            LocalDateTime there = LocalDateTime.of(t2.atZone(cal.zone()).toLocalDate(), start.toLocalTime());
            boolean once = cal.zone()
                                    .getRules()
                                    .getValidOffsets(start.toLocalDateTime())
                                    .size()
                            == 1
                    && cal.zone().getRules().getValidOffsets(there).size() == 1;
            return dates && (!once || cal.subtractBusinessDays(t2, n).equals(k.a()));
        });
    }

    /** Two calendars and instants to compare their union and intersection with point-wise set semantics. */
    record Pair(BusinessCalendar left, BusinessCalendar right, Instant a, Instant b, LocalDate day) {}

    @Test
    void unionAndIntersectionAgreeWithSetSemanticsInstantByInstant() {
        // nested definitions on one side; random host sources, one per name for both sides
        Sampler<Pair> pairs = r -> {
            java.util.Map<String, io.itsmkit.core.calendar.spi.HolidaySource> sources =
                    CalendarFixtures.hostSources(r.nextLong());
            return new Pair(
                    BusinessCalendar.of(CalendarFixtures.definitions().sample(r), sources),
                    BusinessCalendar.of(CalendarFixtures.schedules().sample(r), sources),
                    instant(r),
                    instant(r),
                    CalendarFixtures.FROM.plusDays(r.nextLong(365L * 5)));
        };
        qt().withExamples(Math.min(100, EXAMPLES)).forAll(pairs.gen()).check(p -> {
            BusinessCalendar union = p.left().union(p.right());
            BusinessCalendar both = p.left().intersection(p.right());
            Instant from = p.a().isBefore(p.b()) ? p.a() : p.b();
            for (int i = 0; i < 200; i++) {
                Instant t = from.plusSeconds(i * 1789L);
                boolean l = p.left().isWorkingTime(t);
                boolean r = p.right().isWorkingTime(t);
                if (union.isWorkingTime(t) != (l || r) || both.isWorkingTime(t) != (l && r)) {
                    return false;
                }
            }
            for (int i = 0; i < 40; i++) {
                LocalDate d = p.day().plusDays(i);
                boolean l = p.left().isBusinessDay(d);
                boolean r = p.right().isBusinessDay(d);
                if (union.isBusinessDay(d) != (l || r) || both.isBusinessDay(d) != (l && r)) {
                    return false;
                }
            }
            Instant to = from.plus(Duration.ofDays(30));
            Duration u = union.workingTimeBetween(from, to);
            Duration x = both.workingTimeBetween(from, to);
            // inclusion-exclusion: |A u B| + |A n B| = |A| + |B|
            return u.plus(x)
                    .equals(p.left().workingTimeBetween(from, to).plus(p.right().workingTimeBetween(from, to)));
        });
    }

    /** Instants near either end of the horizon, to check every result is accepted back. */
    record Edge(BusinessCalendar calendar, Instant t, Duration d, int n) {}

    /**
     * Issue 7: {@code twentyFourSeven(UTC).addWorkingTime(2149-12-31T23:00Z, PT1H)} returned an instant the
     * calendar then rejected. Every instant a calendar returns near either end of the horizon is one it
     * accepts.
     */
    @Test
    void everyInstantACalendarReturnsIsOneItAccepts() {
        Sampler<Edge> edges = r -> {
            BusinessCalendar cal = r.nextInt(4) == 0
                    ? BusinessCalendar.twentyFourSeven(java.time.ZoneOffset.UTC)
                    : CalendarFixtures.businessCalendars().sample(r);
            Instant t = r.nextBoolean()
                    ? BusinessCalendar.HORIZON_END.minusSeconds(r.nextLong(0, 30L * 86_400))
                    : cal.horizonStart().plusSeconds(r.nextLong(0, 30L * 86_400));
            return new Edge(cal, t, Duration.ofMinutes(r.nextLong(0, 60L * 24 * 20)), r.nextInt(-30, 31));
        };
        qt().withExamples(EXAMPLES).forAll(edges.gen()).check(e -> {
            BusinessCalendar cal = e.calendar();
            java.util.List<java.util.function.Supplier<Object>> calls = java.util.List.of(
                    () -> cal.addWorkingTime(e.t(), e.d()),
                    () -> cal.subtractWorkingTime(e.t(), e.d()),
                    () -> cal.nextWorkingInstant(e.t()),
                    () -> cal.previousWorkingInstant(e.t()),
                    () -> cal.nextTransition(e.t()).orElse(e.t()),
                    () -> cal.previousTransition(e.t()).orElse(e.t()),
                    () -> cal.addBusinessDays(e.t(), e.n()),
                    () -> cal.subtractBusinessDays(e.t(), e.n()),
                    () -> cal.addBusinessDays(clamp(cal, LocalDate.ofInstant(e.t(), cal.zone())), e.n()));
            for (java.util.function.Supplier<Object> call : calls) {
                Object result;
                try {
                    result = call.get();
                } catch (NoWorkingTimeException none) {
                    continue;
                }
                if (result instanceof Instant i) {
                    cal.isWorkingTime(i);
                    cal.workingTimeBetween(e.t(), i);
                } else {
                    cal.isBusinessDay((LocalDate) result);
                }
            }
            return true;
        });
    }

    /** Built-in rule sets against the walking evaluation, for any Gregorian year. */
    @Test
    void holidayRulesAgreeWithTheWalk() {
        Sampler<Object[]> cases = r -> {
            Holidays h = CalendarFixtures.holidays().sample(r);
            return new Object[] {h, r.nextInt(h.firstKnownYear(), Holidays.LAST_YEAR + 1)};
        };
        qt().withExamples(EXAMPLES).forAll(cases.gen()).check(c -> {
            Holidays h = (Holidays) c[0];
            int year = (Integer) c[1];
            java.util.Set<LocalDate> fast = new java.util.HashSet<>();
            h.holidaysIn(year).forEach(x -> fast.add(x.date()));
            return fast.equals(DayWalkHolidays.observedIn(h, year));
        });
    }
}
