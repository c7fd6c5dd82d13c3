package io.itsmkit.sla.clock;

import static io.itsmkit.sla.clock.Scenario.ALWAYS;
import static io.itsmkit.sla.clock.Scenario.at;
import static io.itsmkit.sla.clock.Scenario.h;
import static io.itsmkit.sla.clock.Scenario.open;
import static io.itsmkit.sla.clock.Scenario.sla;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.CalendarSource;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.agreement.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockEvaluatorTest {
    private static final Agreement A = sla(Metrics.resolution(Targets.of(h(8)), CalendarChoice.fixed(ALWAYS)));

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }

    @Test
    void badInstantsAndTimelinesAreNamed() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        assertEquals(
                "at-or-after-opening",
                rule(() -> ClockEvaluator.DEFAULT.evaluate(A, t.timeline(), at("2026-03-02T08:00:00Z"))));
        assertEquals("within-horizon", rule(() -> ClockEvaluator.DEFAULT.evaluate(A, t.timeline(), Instant.MAX)));
        assertEquals("within-horizon", rule(() -> ClockEvaluator.DEFAULT.evaluate(A, t.timeline(), Instant.MIN)));
        assertEquals("required", rule(() -> ClockEvaluator.DEFAULT.evaluate(A, t.timeline(), null)));
        assertEquals(
                "required",
                rule(() -> ClockEvaluator.DEFAULT.evaluate(null, t.timeline(), at("2026-03-02T10:00:00Z"))));
        assertEquals("required", rule(() -> ClockEvaluator.of(null)));
        Timeline<TicketEvent> noOpened = Timeline.<TicketEvent>empty(TicketId.of("X"))
                .append(Stamp.of(ActorId.of("a"), at("2026-03-02T09:00:00Z")), new TicketEvent.CallerReplied());
        assertEquals(
                "starts-with-opened",
                rule(() -> ClockEvaluator.DEFAULT.evaluate(A, noOpened, at("2026-03-02T10:00:00Z"))));
        Timeline<TicketEvent> twice = t.timeline()
                .append(
                        Stamp.of(ActorId.of("a"), at("2026-03-02T09:30:00Z")),
                        t.timeline().first().event());
        ValidationException e = assertThrows(
                ValidationException.class, () -> ClockEvaluator.DEFAULT.evaluate(A, twice, at("2026-03-02T10:00:00Z")));
        assertEquals("single-opened", e.violations().get(0).rule());
        assertEquals("timeline[1]", e.violations().get(0).path());
    }

    @Test
    void aResolverAnsweringNullIsNamed() {
        CustomerId acme = CustomerId.of("acme");
        Agreement a = sla(Metrics.resolution(
                Targets.of(h(8)), CalendarChoice.resolved(ALWAYS, CalendarSource.SERVICE, CalendarSource.CUSTOMER)));
        Ticket t = open(at("2026-03-02T09:00:00Z"), 2, 2, Classification.NONE.withCustomer(acme));
        ClockEvaluator broken = ClockEvaluator.of(owner -> null);
        assertEquals("not-null", rule(() -> broken.evaluate(a, t.timeline(), at("2026-03-02T10:00:00Z"))));
        Ticket none = open(at("2026-03-02T09:00:00Z"));
        assertEquals(
                h(1),
                broken.evaluate(a, none.timeline(), at("2026-03-02T10:00:00Z"))
                        .clocks()
                        .get(0)
                        .elapsed(),
                "nothing to ask: the fallback");
    }

    @Test
    void foldsRefuseTimelinesThatDoNotExtendThemAndInstantsBeforeTheirLastEvent() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        ClockFold f = ClockEvaluator.DEFAULT.fold(A, t.timeline());
        assertEquals(1, f.size());
        assertEquals(A, f.agreement());
        Ticket other = open(at("2026-03-02T09:30:00Z"));
        assertEquals("extends-folded", rule(() -> f.advance(other.timeline())));
        assertEquals("extends-folded", rule(() -> f.advance(t.timeline().prefix(0))));
        assertEquals("not-before-last-event", rule(() -> f.statusAt(at("2026-03-02T08:00:00Z"))));
        assertEquals(
                "at-or-after-opening",
                rule(() ->
                        ClockEvaluator.DEFAULT.fold(A, t.timeline().prefix(0)).statusAt(at("2026-03-02T08:00:00Z"))));
        assertEquals(
                h(1), f.statusAt(at("2026-03-02T10:00:00Z")).clock("resolution").elapsed());
        assertEquals(
                "known-metric",
                rule(() -> f.statusAt(at("2026-03-02T10:00:00Z")).clock("x")));
    }

    @Test
    void otherThresholdsAndTheExplanation() {
        Ticket t = open(at("2026-03-02T09:00:00Z"));
        AgreementStatus s = ClockEvaluator.DEFAULT.evaluate(
                A,
                t.timeline(),
                at("2026-03-02T10:00:00Z"),
                List.of(Threshold.beforeBreach(Duration.ofHours(7)), Threshold.percent(200)));
        ClockStatus c = s.clocks().get(0);
        assertEquals(2, c.warnings().size());
        assertEquals(
                Optional.of(at("2026-03-02T10:00:00Z")), c.warnings().get(0).at());
        assertTrue(c.warnings().get(0).reached());
        assertEquals(
                Optional.of(at("2026-03-03T01:00:00Z")), c.warnings().get(1).at());
        assertEquals(AgreementId.of("gold"), s.agreement());
        assertEquals(
                "SLA gold / resolution for INC-1 at 2026-03-02T10:00:00Z: RUNNING, PT1H of PT8H; "
                        + "STARTED at 2026-03-02T09:00:00Z (cycle 1) by event OPENED",
                c.explain());
        assertTrue(c.isActive());
        assertEquals(
                "required",
                rule(() -> ClockEvaluator.DEFAULT.evaluate(
                        A, t.timeline(), at("2026-03-02T10:00:00Z"), java.util.Arrays.asList((Threshold) null))));
    }

    @Test
    void statusesValidateThemselves() {
        ClockStatus c = Scenario.eval(A, open(at("2026-03-02T09:00:00Z")), at("2026-03-02T10:00:00Z"));
        assertEquals("breached-iff-breach-instant", rule(() -> with(c, "stage", Stage.BREACHED)));
        assertEquals("positive", rule(() -> with(c, "target", Duration.ZERO)));
        assertEquals("within-horizon", rule(() -> with(c, "elapsed", Duration.ofSeconds(Long.MAX_VALUE))));
        assertEquals("reached-has-instant", rule(() -> new Warning(Threshold.percent(5), Optional.empty(), true)));
        assertEquals(
                "range",
                rule(() -> new ClockTransition(
                        TransitionKind.STARTED, c.at(), 0, io.itsmkit.sla.condition.TicketCondition.vip())));
    }

    /** A copy of a status with one component changed, through the canonical constructor (which validates). */
    private static ClockStatus with(ClockStatus c, String component, Object value) {
        java.lang.reflect.RecordComponent[] parts = ClockStatus.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = parts[i].getName().equals(component)
                        ? value
                        : parts[i].getAccessor().invoke(c);
            }
            return ClockStatus.class.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
