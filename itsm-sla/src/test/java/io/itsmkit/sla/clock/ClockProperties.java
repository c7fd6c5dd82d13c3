package io.itsmkit.sla.clock;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.testkit.SlaFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the clock over random tickets (every event kind), agreements and calendars. */
class ClockProperties {
    /** 200, or fewer when QuickTheories' QT_EXAMPLES says so (PIT runs set it low). */
    private static final int EXAMPLES = Math.min(200, Integer.getInteger("QT_EXAMPLES", 200));

    /** A ticket, an agreement and two instants {@code a <= b} from its opening on. */
    record Case(Ticket ticket, Agreement agreement, Instant a, Instant b) {}

    private static final Sampler<Case> CASES = r -> {
        Ticket t = CoreFixtures.tickets().sample(r);
        Instant x = SlaFixtures.instantIn(r, t);
        Instant y = SlaFixtures.instantIn(r, t);
        return new Case(t, SlaFixtures.agreements().sample(r), x.isBefore(y) ? x : y, x.isBefore(y) ? y : x);
    };

    private static List<ClockStatus> eval(Agreement a, Timeline<TicketEvent> t, Instant at) {
        return ClockEvaluator.DEFAULT.evaluate(a, t, at).clocks();
    }

    @Test
    void elapsedNeverDecreasesAsAtGrowsWithinACycle() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            List<ClockStatus> early = eval(k.agreement(), k.ticket().timeline(), k.a());
            List<ClockStatus> late = eval(k.agreement(), k.ticket().timeline(), k.b());
            for (int i = 0; i < early.size(); i++) {
                ClockStatus x = early.get(i);
                ClockStatus y = late.get(i);
                boolean ok = x.cycle() < y.cycle()
                        || (x.cycle() == y.cycle()
                                && x.elapsed().compareTo(y.elapsed()) <= 0
                                && x.elapsedWall().compareTo(y.elapsedWall()) <= 0
                                && (!x.everBreached() || y.everBreached()));
                if (!ok) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void theFoldIsIncremental() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            Timeline<TicketEvent> whole = k.ticket().timeline().upTo(k.b());
            AgreementStatus once =
                    ClockEvaluator.DEFAULT.evaluate(k.agreement(), k.ticket().timeline(), k.b());
            int cut = (int) Math.floorMod(k.a().getEpochSecond(), whole.size() + 1L);
            ClockFold prefixThenRest = ClockEvaluator.DEFAULT
                    .fold(k.agreement(), whole.prefix(cut))
                    .advance(whole);
            ClockFold stepwise = ClockEvaluator.DEFAULT.fold(k.agreement(), whole.prefix(0));
            for (int n = 1; n <= whole.size(); n++) {
                stepwise = stepwise.advance(whole.prefix(n));
            }
            return prefixThenRest.statusAt(k.b()).equals(once)
                    && stepwise.statusAt(k.b()).equals(once);
        });
    }

    /**
     * The naive oracle: core's own {@code Ticket.replay} gives the ticket's state after each instant, and the
     * elapsed time is the sum, interval by interval, of {@code workingTimeBetween} over the intervals in which
     * a resolution clock paused on some reasons runs (not resolved, closed, cancelled, nor on hold for one of
     * them). Nothing of the clock's fold is shared.
     */
    @Test
    void resolutionElapsedAgreesWithANaiveIntervalOracle() {
        List<OnHoldReason> pausing = List.of(OnHoldReason.AWAITING_CALLER, OnHoldReason.AWAITING_VENDOR);
        qt().withExamples(EXAMPLES)
                .forAll(CASES.gen(), SlaFixtures.calendars().gen())
                .check((k, cal) -> {
                    Metric m = Metrics.resolution(Targets.of(Duration.ofHours(20)), CalendarChoice.fixed(cal))
                            .withPauseOn(pausing.toArray(new OnHoldReason[0]));
                    Agreement a = Agreement.of(AgreementId.of("a"), "A", AgreementKind.SLA, List.of(), m);
                    Timeline<TicketEvent> t = k.ticket().timeline().upTo(k.b());
                    Duration working = Duration.ZERO;
                    Duration wall = Duration.ZERO;
                    int i = 0;
                    while (i < t.size()) {
                        Instant from = t.get(i).occurredAt();
                        int j = i;
                        while (j < t.size() && t.get(j).occurredAt().equals(from)) {
                            j++;
                        }
                        Ticket state = Ticket.replay(t.prefix(j));
                        Instant to = j < t.size() ? t.get(j).occurredAt() : k.b();
                        boolean stopped = state.state() == TicketState.RESOLVED
                                || state.state() == TicketState.CLOSED
                                || state.state() == TicketState.CANCELLED;
                        boolean paused = state.hold().isPresent()
                                && pausing.contains(state.hold().get().reason());
                        if (!stopped && !paused) {
                            working = working.plus(cal.workingTimeBetween(from, to));
                            wall = wall.plus(Duration.between(from, to));
                        }
                        i = j;
                    }
                    ClockStatus c = ClockEvaluator.DEFAULT
                            .evaluate(a, k.ticket().timeline(), k.b())
                            .clocks()
                            .get(0);
                    boolean cancelled = c.stage() == Stage.CANCELLED;
                    return c.elapsed().equals(working)
                            && c.elapsedWall().equals(wall)
                            && (cancelled
                                    || (c.stage() == Stage.BREACHED)
                                            == (working.compareTo(m.targets()
                                                            .targetFor(
                                                                    c.subject().priority()))
                                                    > 0));
                });
    }

    @Test
    void percentIsExactlyElapsedOverTarget() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            for (ClockStatus c : eval(k.agreement(), k.ticket().timeline(), k.b())) {
                if (c.percent().numerator() != c.elapsed().toNanos()
                        || c.percent().denominator() != c.target().toNanos()
                        || c.timeLeft().plus(c.elapsed()).compareTo(c.target()) != 0) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void stageAgreesWithElapsedAndTarget() {
        qt().withExamples(EXAMPLES).forAll(CASES.gen()).check(k -> {
            for (ClockStatus c : eval(k.agreement(), k.ticket().timeline(), k.b())) {
                boolean counted = c.cycle() > 0 && c.stage() != Stage.CANCELLED;
                boolean over = c.elapsed().compareTo(c.target()) > 0;
                if (counted && over != (c.stage() == Stage.BREACHED)) {
                    return false;
                }
                if (c.stage() == Stage.BREACHED
                        && (!c.everBreached() || !c.breachedAt().equals(c.due()))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A resolution clock paused on awaiting caller, over one random working calendar. */
    record PauseCase(
            BusinessCalendar calendar, Duration target, Instant open, Instant hold, Instant resume, Instant at) {}

    private static final Sampler<PauseCase> PAUSES = r -> {
        BusinessCalendar cal = SlaFixtures.calendars().sample(r);
        Instant open = Instant.parse("2026-01-05T00:00:00Z").plusSeconds(r.nextLong(200L * 86_400));
        Instant hold = open.plusSeconds(r.nextLong(5L * 86_400));
        Instant resume = hold.plusSeconds(r.nextLong(5L * 86_400));
        Instant at = resume.plusSeconds(r.nextLong(5L * 86_400));
        return new PauseCase(cal, Duration.ofMinutes(r.nextLong(1, 5000)), open, hold, resume, at);
    };

    @Test
    void aPauseNeverMovesTheDueEarlier() {
        qt().withExamples(EXAMPLES).forAll(PAUSES.gen()).check(k -> {
            Metric m = Metrics.resolution(Targets.of(k.target()), CalendarChoice.fixed(k.calendar()))
                    .withPauseOn(OnHoldReason.AWAITING_CALLER);
            Agreement a = Agreement.of(AgreementId.of("a"), "A", AgreementKind.SLA, List.of(), m);
            Ticket plain = Scenario.open(k.open());
            Ticket paused = Scenario.state(
                    Scenario.hold(plain, k.hold(), OnHoldReason.AWAITING_CALLER), k.resume(), TicketState.IN_PROGRESS);
            Instant without = Scenario.eval(a, plain, k.at()).due().orElseThrow();
            Instant with = Scenario.eval(a, paused, k.at()).due().orElseThrow();
            Instant whilePausedEarly = Scenario.eval(a, paused, k.hold()).due().orElseThrow();
            Instant whilePausedLate = Scenario.eval(a, paused, k.resume()).due().orElseThrow();
            return !with.isBefore(without) && !whilePausedLate.isBefore(whilePausedEarly);
        });
    }
}
