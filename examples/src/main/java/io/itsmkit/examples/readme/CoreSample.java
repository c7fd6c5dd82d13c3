package io.itsmkit.examples.readme;

import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.ticket.Updated;
import java.time.Instant;

/**
 * The README's itsm-core sample, compiled and run by the build ({@code ReadmeTest} checks that the README
 * shows exactly the lines between the tags).
 */
public final class CoreSample {
    private CoreSample() {}

    /**
     * Runs the sample; it prints two lines, shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::core[]
        PriorityMatrix itil = PriorityMatrices.ITIL; // 3 x 3 -> 5, 1 = most severe
        PriorityDecision priority = PriorityDecision.derive(
                itil, itil.impacts().level(1), itil.urgencies().level(2)); // impact High, urgency Medium

        ActorId anna = ActorId.of("anna");
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        Updated<Ticket> opened = Ticket.open(
                TicketKind.INCIDENT,
                TicketDraft.builder()
                        .id(TicketId.of("INC-1001"))
                        .title("E-mail down for the finance department")
                        .priority(priority)
                        .build(),
                anna,
                t0);

        Ticket onHold = opened.value()
                .transition(TicketState.IN_PROGRESS, anna, t0.plusSeconds(300))
                .value()
                .putOnHold(OnHoldReason.AWAITING_VENDOR, anna, t0.plusSeconds(900))
                .value();

        System.out.println(priority.explanation());
        // priority 2 - High from matrix cell impact 1 - High x urgency 2 - Medium
        System.out.println(onHold.state() + " " + onHold.onHoldReason().orElseThrow() + " after "
                + onHold.timeline().events().size() + " events");
        // ON_HOLD AWAITING_VENDOR after 3 events
        // end::core[]
    }
}
