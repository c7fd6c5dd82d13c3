package io.itsmkit.sla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Stage;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportsTest {
    private static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    private static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Agreement SLA = Agreement.of(
            AgreementId.of("sla"),
            "SLA",
            AgreementKind.SLA,
            List.of(),
            Metrics.firstResponse(Targets.of(Duration.ofHours(1)), CalendarChoice.fixed(ALWAYS)),
            Metrics.resolution(Targets.of(Duration.ofHours(4)), CalendarChoice.fixed(ALWAYS)));

    /** A ticket for a service, responded and resolved after the given minutes (negative: never). */
    private static List<ClockStatus> ticket(
            int n, String service, long respondMinutes, long resolveMinutes, Instant at) {
        ActorId a = ActorId.of("a");
        Ticket t = Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.of(
                                TicketId.of("INC-" + n),
                                "t",
                                PriorityDecision.derive(
                                        ITIL,
                                        ITIL.impacts().level(2),
                                        ITIL.urgencies().level(2)))
                        .withClassification(Classification.NONE.withService(ConfigurationItemId.of(service))),
                Stamp.of(a, T0));
        if (respondMinutes >= 0) {
            t = t.recordFirstResponse(Stamp.of(a, T0.plus(Duration.ofMinutes(respondMinutes))));
        }
        if (resolveMinutes >= 0) {
            t = t.transition(TicketState.RESOLVED, Stamp.of(a, T0.plus(Duration.ofMinutes(resolveMinutes))));
        }
        return ClockEvaluator.DEFAULT.evaluate(SLA, t.timeline(), at).clocks();
    }

    private static List<ClockStatus> fleet(Instant at) {
        List<ClockStatus> all = new ArrayList<>();
        all.addAll(ticket(1, "mail", 30, 120, at)); // response met, resolution met
        all.addAll(ticket(2, "mail", 90, 300, at)); // response breached, resolution breached
        all.addAll(ticket(3, "web", 10, -1, at)); // response met, resolution running
        all.addAll(ticket(4, "web", 45, 240, at)); // response met, resolution met exactly at target
        return all;
    }

    // Attainment = met / (met + breached); a running breach counts, a running clock within target does not
    // (JSM's goals report counts ongoing SLAs against its own formula: reference pain point 15).
    @Test
    void attainmentCountsMetAndBreachedOnly() {
        List<ClockStatus> at3h = fleet(T0.plus(Duration.ofHours(3)));
        Attainment a = Attainment.of(at3h);
        // responses: 3 met, 1 breached; resolutions: #1 met, #2 running (3h < 4h) excluded, #3 running, #4 running
        assertEquals(new Attainment(4, 1), a);
        assertEquals(Optional.of(Ratio.of(4, 5)), a.ratio());
        List<ClockStatus> at6h = fleet(T0.plus(Duration.ofHours(6)));
        // resolutions now: #1 met, #2 breached (stopped at 5h), #3 running breach, #4 met
        assertEquals(new Attainment(5, 3), Attainment.of(at6h));
        assertEquals(Optional.empty(), new Attainment(0, 0).ratio(), "no met nor breached: empty, not 0% nor 100%");
    }

    @Test
    void attainmentBrokenDownByServiceAndPeriod() {
        List<ClockStatus> clocks = fleet(T0.plus(Duration.ofHours(6)));
        Map<String, Attainment> byService = Attainment.by(clocks, Dimension.SERVICE::of);
        assertEquals(Map.of("mail", new Attainment(2, 2), "web", new Attainment(3, 1)), byService);
        Map<LocalDate, Attainment> byDay = Attainment.by(
                clocks, c -> PeriodUnit.MONTH.startOf(Attainment.countedAt(c).orElseThrow(), ZoneOffset.UTC));
        assertEquals(Map.of(LocalDate.of(2026, 3, 1), new Attainment(5, 3)), byDay);
        assertEquals(
                Optional.empty(),
                Attainment.countedAt(ticket(9, "x", -1, -1, T0.plusSeconds(60)).get(0)));
    }

    @ParameterizedTest
    @CsvSource({"DAY, 2026-03-04", "WEEK, 2026-03-02", "MONTH, 2026-03-01"})
    void periods(PeriodUnit unit, LocalDate start) {
        assertEquals(start, unit.startOf(Instant.parse("2026-03-04T23:30:00Z"), ZoneOffset.UTC));
        ValidationException e =
                assertThrows(ValidationException.class, () -> unit.startOf(Instant.MAX, ZoneOffset.UTC));
        assertEquals("date-range", e.violations().get(0).rule());
    }

    @Test
    void mttaAndMttrOverStoppedClocks() {
        List<ClockStatus> clocks = fleet(T0.plus(Duration.ofHours(6)));
        ResponseTimes mtta = ResponseTimes.mtta(clocks).orElseThrow();
        // responses 30, 90, 10, 45 minutes
        assertEquals(Duration.ofMinutes(43).plusSeconds(45), mtta.working().mean());
        assertEquals(Duration.ofMinutes(37).plusSeconds(30), mtta.working().median());
        assertEquals(Duration.ofMinutes(90), mtta.working().p90());
        assertEquals(mtta.working(), mtta.wall());
        ResponseTimes mttr = ResponseTimes.mttr(clocks).orElseThrow();
        // resolutions stopped: 120, 300, 240 minutes (#3 still running)
        assertEquals(3, mttr.working().count());
        assertEquals(Duration.ofMinutes(220), mttr.working().mean());
        assertEquals(Duration.ofMinutes(240), mttr.working().median());
        assertEquals(Optional.empty(), ResponseTimes.mttr(List.of()));
    }

    @Test
    void durationStatisticsDefinitions() {
        DurationStatistics s = DurationStatistics.of(
                        List.of(Duration.ofNanos(1), Duration.ofNanos(2), Duration.ofNanos(4), Duration.ofNanos(10)))
                .orElseThrow();
        assertEquals(Duration.ofNanos(4), s.mean()); // 17/4 rounded down
        assertEquals(Duration.ofNanos(3), s.median());
        assertEquals(Duration.ofNanos(10), s.p90()); // nearest rank ceil(3.6) = 4th
        List<Duration> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(Duration.ofSeconds(i));
        }
        assertEquals(
                Duration.ofSeconds(9), DurationStatistics.of(ten).orElseThrow().p90());
        assertEquals(
                Duration.ofSeconds(7),
                DurationStatistics.of(List.of(Duration.ofSeconds(7)))
                        .orElseThrow()
                        .p90());
        assertEquals(
                Duration.ofSeconds(Long.MAX_VALUE),
                DurationStatistics.of(List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE)))
                        .orElseThrow()
                        .mean());
        assertEquals(Optional.empty(), DurationStatistics.of(List.of()));
    }

    @Test
    void atRiskListsRunningClocksNearTheirTarget() {
        Instant at = T0.plus(Duration.ofMinutes(50));
        List<ClockStatus> clocks = new ArrayList<>();
        clocks.addAll(ticket(1, "mail", -1, -1, at)); // response 50/60 min used: at risk
        clocks.addAll(ticket(2, "web", 10, -1, at)); // response met; resolution 50/240: not at risk
        List<ClockStatus> risky = AtRisk.list(clocks, Duration.ZERO);
        assertEquals(1, risky.size());
        assertEquals("first response", risky.get(0).subject().metric());
        List<ClockStatus> withinFourHours = AtRisk.list(clocks, Duration.ofHours(4));
        assertEquals(
                List.of(Duration.ofMinutes(10), Duration.ofMinutes(190), Duration.ofMinutes(190)),
                withinFourHours.stream().map(ClockStatus::timeLeft).toList());
        assertThrows(ValidationException.class, () -> AtRisk.list(clocks, Duration.ofSeconds(-1)));
    }

    @Test
    void supplierScorecardFromUcClocks() {
        SupplierId telco = SupplierId.of("telco");
        Agreement uc = Agreement.of(
                AgreementId.of("uc"),
                "UC",
                AgreementKind.UC,
                List.of(),
                Metrics.supplierTime(telco, Targets.of(Duration.ofHours(1)), CalendarChoice.fixed(ALWAYS)));
        ActorId a = ActorId.of("a");
        List<ClockStatus> clocks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Ticket t = Ticket.open(
                            TicketKind.INCIDENT,
                            TicketDraft.of(
                                    TicketId.of("INC-" + i),
                                    "t",
                                    PriorityDecision.derive(
                                            ITIL,
                                            ITIL.impacts().level(2),
                                            ITIL.urgencies().level(2))),
                            Stamp.of(a, T0))
                    .engageSupplier(telco, Stamp.of(a, T0))
                    .transition(TicketState.RESOLVED, Stamp.of(a, T0.plus(Duration.ofMinutes(40L * (i + 1)))));
            clocks.addAll(ClockEvaluator.DEFAULT
                    .evaluate(uc, t.timeline(), T0.plus(Duration.ofHours(5)))
                    .clocks());
        }
        clocks.addAll(fleet(T0.plus(Duration.ofHours(6))));
        List<SupplierScorecard> cards = SupplierScorecard.of(clocks);
        assertEquals(1, cards.size());
        assertEquals(telco, cards.get(0).supplier());
        assertEquals(3, cards.get(0).clocks());
        assertEquals(new Attainment(1, 2), cards.get(0).attainment());
        assertEquals(
                Duration.ofMinutes(80), cards.get(0).working().orElseThrow().mean());
        assertEquals(Stage.MET, clocks.get(0).stage());
    }

    @Test
    void dimensionsNameMissingValues() {
        ClockStatus c = ticket(1, "mail", -1, -1, T0).get(0);
        assertEquals("mail", Dimension.SERVICE.of(c));
        assertEquals(Dimension.NONE, Dimension.CUSTOMER.of(c));
        assertEquals(Dimension.NONE, Dimension.TEAM.of(c));
        assertEquals(Dimension.NONE, Dimension.SUPPLIER.of(c));
        assertEquals("3 - Moderate", Dimension.PRIORITY.of(c));
    }
}
