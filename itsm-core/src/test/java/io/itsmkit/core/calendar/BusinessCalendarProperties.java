package io.itsmkit.core.calendar;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.CalendarSpec;
import io.itsmkit.core.testkit.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Random calendars (random tz-database zones, windows, overnight shifts, holidays, special hours, closures)
 * against the day-walk oracle, plus the algebraic laws of the contract.
 */
class BusinessCalendarProperties {
    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2022, 12, 31);
    private static final Instant EARLIEST = Instant.parse("2018-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(365L * 5).getSeconds();
    /** 300, or fewer when QuickTheories' QT_EXAMPLES says so (PIT runs set it low). */
    private static final int EXAMPLES = Math.min(300, Integer.getInteger("QT_EXAMPLES", 300));

    /** A calendar with its oracle and some instants and durations to try. */
    record Case(
            CalendarSpec spec,
            BusinessCalendar calendar,
            DayWalkCalendar oracle,
            Instant a,
            Instant b,
            Instant c,
            Duration d) {
        @Override
        public String toString() {
            return spec + " a=" + a + " b=" + b + " c=" + c + " d=" + d;
        }
    }

    private static Instant instant(RandomGenerator r) {
        return EARLIEST.plusSeconds(r.nextLong(SPAN_SECONDS))
                .plusNanos(r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    private static final Sampler<Case> CASES = r -> {
        CalendarSpec spec = CalendarSpec.samples(FROM, TO).sample(r);
        Instant a = instant(r);
        Instant b = a.plusSeconds(r.nextLong(20L * 86_400));
        Instant c = b.plusSeconds(r.nextLong(20L * 86_400));
        Duration d = Duration.ofSeconds(r.nextLong(40L * 3600), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
        return new Case(spec, spec.toCalendar(), new DayWalkCalendar(spec), a, b, c, d);
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
                                .workingTimeBetween(k.a(), BusinessCalendar.HORIZON_END.minusNanos(1))
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
                more = BusinessCalendar.HORIZON_END;
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
                                .workingTimeBetween(BusinessCalendar.HORIZON_START, k.c())
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

    /** Two calendars and instants to compare their union and intersection with point-wise set semantics. */
    record Pair(BusinessCalendar left, BusinessCalendar right, Instant a, Instant b) {}

    @Test
    void unionAndIntersectionAgreeWithSetSemanticsInstantByInstant() {
        Sampler<Pair> pairs =
                r -> new Pair(CASES.sample(r).calendar(), CASES.sample(r).calendar(), instant(r), instant(r));
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
            Instant to = from.plus(Duration.ofDays(30));
            Duration u = union.workingTimeBetween(from, to);
            Duration x = both.workingTimeBetween(from, to);
            // inclusion-exclusion: |A u B| + |A n B| = |A| + |B|
            return u.plus(x)
                    .equals(p.left().workingTimeBetween(from, to).plus(p.right().workingTimeBetween(from, to)));
        });
    }
}
