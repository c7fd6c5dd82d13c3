package io.itsmkit.sla.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.CalendarDefinition;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.experience.ExperienceMeasure;
import io.itsmkit.sla.experience.ExperienceTarget;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {
    private static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    private static final CalendarChoice ALWAYS = CalendarChoice.fixed(BusinessCalendar.twentyFourSeven(ZoneOffset.UTC));
    private static final Metric RESOLUTION = Metrics.resolution(Targets.of(Duration.ofHours(8)), ALWAYS);

    private static String rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .rule();
    }

    @Test
    void agreementsKeepTheirRules() {
        assertEquals(
                "unique-names",
                rule(() ->
                        Agreement.of(AgreementId.of("a"), "A", AgreementKind.SLA, List.of(), RESOLUTION, RESOLUTION)));
        assertEquals(
                "level-condition",
                rule(() -> Agreement.of(
                        AgreementId.of("a"), "A", AgreementKind.SLA, List.of(TicketCondition.opened()), RESOLUTION)));
        assertEquals(
                "measures-of-kind",
                rule(() -> Agreement.of(AgreementId.of("a"), "A", AgreementKind.XLA, List.of(), RESOLUTION)));
        assertEquals(
                "measures-of-kind", rule(() -> Agreement.of(AgreementId.of("a"), "A", AgreementKind.OLA, List.of())));
        assertEquals("measures-of-kind", rule(() -> Agreement.experience(AgreementId.of("a"), "A", List.of())));
        assertEquals(
                "not-blank",
                rule(() -> Agreement.of(AgreementId.of("a"), " ", AgreementKind.SLA, List.of(), RESOLUTION)));
        Agreement xla = Agreement.experience(
                AgreementId.of("x"),
                "X",
                List.of(),
                new ExperienceTarget("csat", ExperienceMeasure.CSAT, Ratio.of(4, 5)));
        assertEquals(AgreementKind.XLA, xla.kind());
        Agreement sla = Agreement.of(AgreementId.of("a"), "A", AgreementKind.SLA, List.of(), RESOLUTION);
        assertEquals(RESOLUTION, sla.metric("resolution"));
        assertEquals("known-metric", rule(() -> sla.metric("response")));
    }

    // First match per kind, in order (JSM goals checked top to bottom; Zendesk policies matched top-down).
    @Test
    void agreementSetsMatchFirstPerKind() {
        CustomerId acme = CustomerId.of("acme");
        Agreement vip = Agreement.of(
                AgreementId.of("vip"), "VIP", AgreementKind.SLA, List.of(TicketCondition.vip()), RESOLUTION);
        Agreement acmeSla = Agreement.of(
                AgreementId.of("acme"), "Acme", AgreementKind.SLA, List.of(TicketCondition.customer(acme)), RESOLUTION);
        Agreement standard = Agreement.of(AgreementId.of("std"), "Standard", AgreementKind.SLA, List.of(), RESOLUTION);
        Agreement ola = Agreement.of(AgreementId.of("ola"), "OLA", AgreementKind.OLA, List.of(), RESOLUTION);
        AgreementSet set = AgreementSet.of(vip, acmeSla, standard, ola);
        Ticket t = Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.of(
                                TicketId.of("INC-1"),
                                "x",
                                PriorityDecision.derive(
                                        ITIL,
                                        ITIL.impacts().level(2),
                                        ITIL.urgencies().level(2)))
                        .withClassification(Classification.NONE.withCustomer(acme)),
                Stamp.of(ActorId.of("a"), Instant.parse("2026-03-02T09:00:00Z")));
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(List.of(acmeSla, ola), set.select(ClockEvaluator.DEFAULT.ticketAsOf(t.timeline(), at)));
        Ticket vipTicket =
                t.reclassify(Classification.NONE.withCustomer(acme).withVip(true), Stamp.of(ActorId.of("a"), at));
        assertEquals(List.of(vip, ola), set.select(ClockEvaluator.DEFAULT.ticketAsOf(vipTicket.timeline(), at)));
        assertEquals(
                2,
                ClockEvaluator.DEFAULT
                        .evaluateAll(set, vipTicket.timeline(), at)
                        .size());
        assertEquals("unique-ids", rule(() -> AgreementSet.of(vip, vip)));
    }

    @Test
    void targetsPerPriority() {
        Targets t = Targets.of(
                ITIL.priorities(),
                Duration.ofHours(1),
                Duration.ofHours(4),
                Duration.ofHours(8),
                Duration.ofHours(24),
                Duration.ofHours(72));
        assertEquals(Duration.ofHours(8), t.targetFor(ITIL.priorities().level(3)));
        assertEquals(5, t.byPriority().size());
        assertEquals(Duration.ofHours(1), t.byPriority().get(ITIL.priorities().level(1)));
        assertEquals(
                "on-scale",
                rule(() -> t.targetFor(PriorityMatrices.GLPI.priorities().level(1))));
        assertEquals("one-per-priority", rule(() -> Targets.of(ITIL.priorities(), Duration.ofHours(1))));
        assertEquals("positive", rule(() -> Targets.of(Duration.ZERO)));
        assertEquals("within-horizon", rule(() -> Targets.of(Duration.ofSeconds(Long.MAX_VALUE))));
        assertEquals(Targets.of(Duration.ofHours(2)), Targets.of(Duration.ofHours(2)));
        assertEquals(
                Targets.of(Duration.ofHours(2)).hashCode(),
                Targets.of(Duration.ofHours(2)).hashCode());
        assertNotEquals(Targets.of(Duration.ofHours(2)), Targets.of(Duration.ofHours(3)));
        assertEquals(Map.of(), Targets.of(Duration.ofHours(2)).byPriority());
        assertEquals("PT2H", Targets.of(Duration.ofHours(2)).toString());
        assertEquals(
                Duration.ofHours(2),
                Targets.of(Duration.ofHours(2)).targetFor(ITIL.priorities().level(5)));
    }

    @ParameterizedTest
    @CsvSource({"50, 100, 50", "75, 10, 8", "100, 7, 7", "150, 3, 5", "1, 1, 1", "1000, 9, 90"})
    void percentLevelsRoundUp(int percent, long target, long level) {
        assertEquals(level, Threshold.percent(percent).levelNanos(target));
    }

    @Test
    void thresholdLevelsAndRules() {
        assertEquals(Long.MAX_VALUE, Threshold.percent(1000).levelNanos(Long.MAX_VALUE));
        assertEquals(60, Threshold.beforeBreach(Duration.ofNanos(40)).levelNanos(100));
        assertEquals(0, Threshold.beforeBreach(Duration.ofNanos(400)).levelNanos(100));
        assertEquals(
                0, Threshold.beforeBreach(Duration.ofSeconds(Long.MAX_VALUE)).levelNanos(100));
        assertEquals("range", rule(() -> Threshold.percent(0)));
        assertEquals("range", rule(() -> Threshold.percent(1001)));
        assertEquals("positive", rule(() -> Threshold.beforeBreach(Duration.ZERO)));
        assertEquals("75%", Threshold.percent(75).toString());
        assertEquals(
                "PT1H before breach",
                Threshold.beforeBreach(Duration.ofHours(1)).toString());
    }

    @Test
    void eachWitherChangesItsOwnComponentsAndKeepsTheOthers() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            Metric m = io.itsmkit.sla.testkit.SlaFixtures.metrics().sample(r);
            Metric o = io.itsmkit.sla.testkit.SlaFixtures.metrics().sample(r);
            // giving a metric its own value back is the identity: no other component moves
            assertEquals(m, m.withName(m.name()));
            assertEquals(m, m.withTargets(m.targets()));
            assertEquals(m, m.withCalendar(m.calendar()));
            assertEquals(m, m.withWarnings(m.warnings().toArray(new Threshold[0])));
            assertEquals(m, m.withPauseAndResume(m.pause(), m.resume()));
            assertEquals(m, m.withReset(m.reset()));
            assertEquals(m, m.withPriorityChange(m.onPriorityChange()));
            assertEquals(m, m.withReopen(m.onReopen()));
            // and another metric's value lands in its own component
            assertEquals(o.targets(), m.withTargets(o.targets()).targets());
            assertEquals(o.calendar(), m.withCalendar(o.calendar()).calendar());
            assertEquals(
                    o.onPriorityChange(),
                    m.withPriorityChange(o.onPriorityChange()).onPriorityChange());
            assertEquals(o.onReopen(), m.withReopen(o.onReopen()).onReopen());
            assertEquals(o.reset(), m.withReset(o.reset()).reset());
            assertEquals(m.stop(), m.withReset(o.reset()).stop());
        }
    }

    @Test
    void aFixedCalendarIsStoredAsItsDefinitionAndRebuiltFromIt() {
        BusinessCalendar rome = BusinessCalendar.builder(java.time.ZoneId.of("Europe/Rome"))
                .hours(java.time.DayOfWeek.MONDAY, io.itsmkit.core.calendar.TimeWindow.parse("09:00-17:00"))
                .holidays(io.itsmkit.core.calendar.Holidays.italy())
                .build();
        CalendarChoice.Fixed stored = (CalendarChoice.Fixed) CalendarChoice.fixed(rome);
        String text = stored.calendar().definition().toString();
        CalendarChoice loaded = CalendarChoice.fixed(CalendarDefinition.parse(text));
        assertEquals(stored, loaded, "what a host stores as text gives the same choice back");
        assertEquals("definition", path(() -> CalendarChoice.fixed((CalendarDefinition) null)));
        CalendarDefinition withHostSource =
                CalendarDefinition.parse(text.replace("}", "  holiday-source \"host-holidays\"\n}"));
        assertEquals("unresolved-holiday-source", rule(() -> CalendarChoice.fixed(withHostSource)));
    }

    @Test
    void calendarChoicesAndMetricRules() {
        BusinessCalendar cal = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        assertEquals("not-empty", rule(() -> CalendarChoice.resolved(cal)));
        assertEquals(
                "no-repeats",
                rule(() -> CalendarChoice.resolved(cal, CalendarSource.CUSTOMER, CalendarSource.CUSTOMER)));
        assertEquals("required", rule(() -> CalendarChoice.resolved(null, CalendarSource.CUSTOMER)));
        assertEquals(
                "can-start",
                rule(() -> new Metric(
                        "m",
                        MetricPurpose.RESOLUTION,
                        TicketCondition.never(),
                        TicketCondition.never(),
                        TicketCondition.never(),
                        TicketCondition.never(),
                        TicketCondition.never(),
                        TicketCondition.never(),
                        Targets.of(Duration.ofHours(1)),
                        ALWAYS,
                        List.of(),
                        PriorityChangePolicy.CARRY_OVER,
                        ReopenPolicy.RESUME,
                        java.util.Optional.empty(),
                        java.util.Optional.empty())));
        Metric m = RESOLUTION
                .withName("fix")
                .withTargets(Targets.of(Duration.ofHours(2)))
                .withCalendar(ALWAYS)
                .withWarnings(Threshold.percent(80));
        assertEquals("fix", m.name());
        assertEquals(List.of(Threshold.percent(80)), m.warnings());
        Metric paused = m.withPauseOn(io.itsmkit.core.ticket.OnHoldReason.AWAITING_CALLER)
                .withPauseOn(io.itsmkit.core.ticket.OnHoldReason.AWAITING_VENDOR);
        assertEquals(
                "(on hold [awaiting-caller] or on hold [awaiting-vendor])",
                paused.pause().describe());
        assertEquals(TicketCondition.not(paused.pause()), paused.resume());
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }
}
