package io.itsmkit.examples.readme;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.clock.AgreementStatus;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Hypothesis;
import io.itsmkit.sla.condition.TicketCondition;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The README's SLA sample, compiled and run by the build ({@code ReadmeTest} checks that the README shows
 * exactly the lines between the tags, and that it prints what its comments say).
 */
public final class SlaSample {
    private SlaSample() {}

    /**
     * Runs the sample; it prints the lines shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::sla[]
        BusinessCalendar rome = BusinessCalendar.weekdays(ZoneId.of("Europe/Rome"), TimeWindow.parse("09:00-17:00"));
        PriorityMatrix itil = PriorityMatrices.ITIL;
        Agreement gold = Agreement.of(
                AgreementId.of("gold"),
                "Gold support",
                AgreementKind.SLA,
                List.of(TicketCondition.customer(CustomerId.of("finance"))), // applies to finance's tickets
                Metrics.firstResponse(Targets.of(Duration.ofHours(1)), CalendarChoice.fixed(rome)),
                Metrics.resolution(
                                Targets.of(
                                        itil.priorities(), // P1 .. P5, in working hours
                                        Duration.ofHours(4),
                                        Duration.ofHours(8),
                                        Duration.ofHours(16),
                                        Duration.ofHours(40),
                                        Duration.ofHours(80)),
                                CalendarChoice.fixed(rome))
                        .withPauseOn(OnHoldReason.AWAITING_CALLER)); // awaiting change does not pause

        ActorId anna = ActorId.of("anna");
        Instant opened = Instant.parse("2026-03-02T15:00:00Z"); // Monday, 16:00 in Rome
        Ticket ticket = Ticket.open(
                        TicketKind.INCIDENT,
                        TicketDraft.of(
                                        TicketId.of("INC-1001"),
                                        "E-mail down for finance",
                                        PriorityDecision.derive(
                                                itil,
                                                itil.impacts().level(1),
                                                itil.urgencies().level(2))) // P2
                                .withClassification(Classification.NONE.withCustomer(CustomerId.of("finance"))),
                        Stamp.of(anna, opened))
                .recordFirstResponse(Stamp.of(anna, opened.plus(Duration.ofMinutes(30))))
                .putOnHold(
                        Hold.of(OnHoldReason.AWAITING_CALLER),
                        Stamp.of(anna, Instant.parse("2026-03-03T09:00:00Z"))); // Tuesday, 10:00 in Rome

        Instant now = Instant.parse("2026-03-03T13:00:00Z"); // any instant: the clock is a pure fold
        AgreementStatus status = ClockEvaluator.DEFAULT.evaluate(gold, ticket.timeline(), now);
        for (ClockStatus c : status.clocks()) {
            System.out.println(c.subject().metric() + ": " + c.stage() + " " + c.elapsed() + " of " + c.target() + " ("
                    + c.percent().toPercent(0, RoundingMode.HALF_UP) + "%), due "
                    + c.due().orElseThrow());
        }
        // first response: MET PT30M of PT1H (50%), due 2026-03-02T16:00:00Z
        // resolution: PAUSED PT2H of PT8H (25%), due 2026-03-04T11:00:00Z
        Hypothesis p1 = Hypothesis.priorityBecomes(itil.priorities().level(1));
        System.out.println(ClockEvaluator.DEFAULT
                .whatIf(gold, ticket.timeline(), now, p1)
                .clock("resolution")
                .due()
                .orElseThrow()); // if it became P1 now, and resumed
        // 2026-03-03T15:00:00Z
        // end::sla[]
    }
}
