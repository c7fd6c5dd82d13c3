package io.itsmkit.change.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.ticket.TicketId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeMetricsTest {
    private static final TeamId DBA = TeamId.of("dba");
    private static final TeamId NET = TeamId.of("net");
    private static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    private static final ConfigurationItemId FW = ConfigurationItemId.of("fw");
    private static final ConfigurationItemId PAYROLL = ConfigurationItemId.of("payroll");

    private static PostImplementationReview review(ChangeOutcome o, boolean backedOut, CausedIncident... incidents) {
        return new PostImplementationReview(
                o, backedOut, List.of(incidents), ActorId.of("cab"), Instant.parse("2026-04-01T00:00:00Z"), "");
    }

    private static ClosedChange change(
            String id,
            ChangeType type,
            TeamId team,
            ConfigurationItemId item,
            String closed,
            boolean unauthorized,
            PostImplementationReview r) {
        return new ClosedChange(
                ChangeId.of(id),
                type,
                type == ChangeType.EMERGENCY ? "Emergency" : "Normal",
                Optional.of(team),
                Set.of(item),
                item.equals(DB) ? Set.of(PAYROLL) : Set.of(),
                Instant.parse(closed),
                unauthorized,
                r);
    }

    /** Five closed changes over two teams, two items and two months (Europe/Rome). */
    private static final List<ClosedChange> CHANGES = List.of(
            change(
                    "C1",
                    ChangeType.NORMAL,
                    DBA,
                    DB,
                    "2026-03-10T10:00:00Z",
                    false,
                    review(ChangeOutcome.SUCCESSFUL, false)),
            change(
                    "C2",
                    ChangeType.NORMAL,
                    DBA,
                    DB,
                    "2026-03-31T22:30:00Z",
                    false,
                    review(
                            ChangeOutcome.FAILED,
                            true,
                            new CausedIncident(TicketId.of("INC1"), 1),
                            new CausedIncident(TicketId.of("INC2"), 3))),
            change(
                    "C3",
                    ChangeType.EMERGENCY,
                    NET,
                    FW,
                    "2026-04-02T09:00:00Z",
                    false,
                    review(ChangeOutcome.SUCCESSFUL_WITH_ISSUES, false, new CausedIncident(TicketId.of("INC3"), 2))),
            change(
                    "C4",
                    ChangeType.NORMAL,
                    NET,
                    FW,
                    "2026-04-03T09:00:00Z",
                    true,
                    review(ChangeOutcome.SUCCESSFUL, false)),
            change(
                    "C5",
                    ChangeType.EMERGENCY,
                    DBA,
                    DB,
                    "2026-04-04T09:00:00Z",
                    false,
                    review(ChangeOutcome.FAILED, false, new CausedIncident(TicketId.of("INC4"), 4))));

    @Test
    void overallMetrics() {
        ChangeMetrics m = ChangeMetrics.of(CHANGES);
        assertEquals(new ChangeMetrics(5, 2, 1, 2, 2, 1, 1, Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L)), m);
        assertEquals(new Share(3, 5), m.successRate());
        assertEquals(new Share(2, 5), m.failureRate());
        assertEquals(new Share(2, 5), m.emergencyShare());
        assertEquals(new Share(1, 5), m.unauthorizedShare());
        assertEquals(new Share(1, 5), m.backedOutShare());
        assertEquals(4, m.incidentsCaused());
        assertEquals(new TrackRecord(2, 1, 2, 1, 1, 1), m.trackRecord());
        // the failure rate counts failed changes, not incidents: 4 incidents over 5 changes is not 80%
        assertEquals(Optional.of(new BigDecimal("40.0")), m.failureRate().percent(1));
    }

    @Test
    void perTeamItemServiceModelAndMonth() {
        assertEquals(Set.of(DBA, NET), ChangeMetrics.byTeam(CHANGES).keySet());
        assertEquals(new Share(1, 3), ChangeMetrics.byTeam(CHANGES).get(DBA).successRate());
        assertEquals(new Share(2, 2), ChangeMetrics.byTeam(CHANGES).get(NET).successRate());
        assertEquals(new Share(2, 3), ChangeMetrics.byItem(CHANGES).get(DB).failureRate());
        assertEquals(Set.of(PAYROLL), ChangeMetrics.byService(CHANGES).keySet());
        assertEquals(3, ChangeMetrics.byService(CHANGES).get(PAYROLL).total());
        assertEquals(
                List.of("Emergency", "Normal"),
                List.copyOf(ChangeMetrics.byModel(CHANGES).keySet()));
        assertEquals(2, ChangeMetrics.byModel(CHANGES).get("Emergency").total());
        // C2 closed at 22:30Z on March 31: already April 1 in Rome
        var months = ChangeMetrics.byMonth(CHANGES, ZoneId.of("Europe/Rome"));
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), List.copyOf(months.keySet()));
        assertEquals(1, months.get(YearMonth.of(2026, 3)).total());
        assertEquals(4, months.get(YearMonth.of(2026, 4)).total());
        assertEquals(
                2,
                ChangeMetrics.byMonth(CHANGES, ZoneId.of("UTC"))
                        .get(YearMonth.of(2026, 3))
                        .total());
        ClosedChange noTeam = new ClosedChange(
                ChangeId.of("C6"),
                ChangeType.NORMAL,
                "Normal",
                Optional.empty(),
                Set.of(),
                Set.of(),
                Instant.EPOCH,
                false,
                review(ChangeOutcome.SUCCESSFUL, false));
        assertEquals(Set.of(), ChangeMetrics.byTeam(List.of(noTeam)).keySet());
    }

    @Test
    void nothingClosedIsAllZeroAndSharesHaveNoPercent() {
        ChangeMetrics none = ChangeMetrics.of(List.of());
        assertEquals(0, none.total());
        assertEquals(Optional.empty(), none.successRate().percent(2));
        assertEquals("0/0", none.successRate().toString());
    }

    @Test
    void sharesRoundHalfEven() {
        assertEquals(Optional.of(new BigDecimal("33.33")), new Share(1, 3).percent(2));
        assertEquals(Optional.of(new BigDecimal("66.67")), new Share(2, 3).percent(2));
        assertEquals(Optional.of(new BigDecimal("12")), new Share(1, 8).percent(0)); // 12.5 -> 12
        assertEquals(Optional.of(new BigDecimal("38")), new Share(3, 8).percent(0)); // 37.5 -> 38
        assertEquals("3/40 (7.5%)", new Share(3, 40).toString());
        assertEquals("1/1 (100%)", new Share(1, 1).toString());
    }

    @Test
    void badInput() {
        assertEquals("at-most-total", violation(() -> new Share(2, 1)).rule());
        assertEquals(Optional.of(new BigDecimal("100")), new Share(1, 1).percent(0));
        assertEquals(2, new ChangeMetrics(0, 0, 0, 0, 0, 0, 0, Map.of(5, 2L)).incidentsCaused());
        assertEquals(Set.of(DB), CHANGES.get(0).items());
        assertEquals(Set.of(PAYROLL), CHANGES.get(0).services());
        assertEquals("share.total", violation(() -> new Share(0, -1)).path());
        assertEquals(
                "within-range", violation(() -> new Share(1, 2).percent(11)).rule());
        assertEquals(
                "within-range", violation(() -> new Share(1, 2).percent(-1)).rule());
        assertEquals(Optional.of(new BigDecimal("50.0000000000")), new Share(1, 2).percent(10));
        assertEquals(
                "backed-out-not-successful",
                violation(() -> review(ChangeOutcome.SUCCESSFUL, true)).rule());
        CausedIncident i = new CausedIncident(TicketId.of("INC1"), 1);
        assertEquals(
                "unique",
                violation(() -> review(ChangeOutcome.FAILED, false, i, i)).rule());
        assertEquals(
                "within-range",
                violation(() -> new CausedIncident(TicketId.of("I"), 0)).rule());
        assertEquals(
                "within-range",
                violation(() -> new CausedIncident(TicketId.of("I"), 6)).rule());
        assertEquals(
                "outcomes-add-up",
                violation(() -> new ChangeMetrics(3, 1, 1, 0, 0, 0, 0, Map.of()))
                        .rule());
        assertEquals(
                "within-total",
                violation(() -> new ChangeMetrics(1, 1, 0, 0, 2, 0, 0, Map.of()))
                        .rule());
        assertEquals(
                "metrics.backedOut",
                violation(() -> new ChangeMetrics(1, 1, 0, 0, 0, 0, -1, Map.of()))
                        .path());
        assertEquals(
                "priority",
                violation(() -> new ChangeMetrics(0, 0, 0, 0, 0, 0, 0, Map.of(6, 1L)))
                        .rule());
        assertEquals(
                "priority",
                violation(() -> new ChangeMetrics(0, 0, 0, 0, 0, 0, 0, Map.of(0, 1L)))
                        .rule());
        assertEquals(0, new ChangeMetrics(0, 0, 0, 0, 0, 0, 0, Map.of(1, 0L)).incidentsCaused());
        assertEquals(
                "not-negative",
                violation(() -> new ChangeMetrics(0, 0, 0, 0, 0, 0, 0, Map.of(1, -1L)))
                        .rule());
        assertEquals(
                "changes[1]",
                violation(() -> ChangeMetrics.of(Arrays.asList(CHANGES.get(0), null)))
                        .path());
        assertEquals("changes", violation(() -> ChangeMetrics.byItem(null)).path());
        assertEquals(
                "zone", violation(() -> ChangeMetrics.byMonth(CHANGES, null)).path());
        assertEquals(
                "closedChange.model",
                violation(() -> new ClosedChange(
                                ChangeId.of("C"),
                                ChangeType.NORMAL,
                                " ",
                                Optional.empty(),
                                Set.of(),
                                Set.of(),
                                Instant.EPOCH,
                                false,
                                review(ChangeOutcome.SUCCESSFUL, false)))
                        .path());
    }

    private static Violation violation(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
