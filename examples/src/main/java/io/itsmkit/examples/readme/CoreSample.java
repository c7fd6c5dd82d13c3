package io.itsmkit.examples.readme;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.timeline.Stamp;
import java.time.Instant;

/**
 * The README's itsm-core sample, compiled and run by the build ({@code ReadmeTest} checks that the README
 * shows exactly the lines between the tags).
 */
public final class CoreSample {
    private CoreSample() {}

    /**
     * Runs the sample; it prints four lines, shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::core[]
        PriorityMatrix itil = PriorityMatrices.ITIL; // 3 x 3 -> 5, 1 = most severe
        PriorityDecision priority = PriorityDecision.derive(
                itil, itil.impacts().level(1), itil.urgencies().level(2)); // impact High, urgency Medium

        ActorId anna = ActorId.of("anna");
        Instant call = Instant.parse("2026-03-02T09:00:00Z");
        Ticket ticket = Ticket.open(
                        TicketKind.INCIDENT,
                        TicketDraft.of(TicketId.of("INC-1001"), "E-mail down for finance", priority)
                                .withClassification(Classification.NONE
                                        .withService(ConfigurationItemId.of("email"))
                                        .withCustomer(CustomerId.of("finance"))),
                        Stamp.of(anna, call, call.plusSeconds(120))) // logged 2 minutes after the call
                .assign(Assignment.toTeam(TeamId.of("messaging")), Stamp.of(anna, call.plusSeconds(300)))
                .engageSupplier(SupplierId.of("telco"), Stamp.of(anna, call.plusSeconds(600)))
                .putOnHold(
                        Hold.of(OnHoldReason.AWAITING_VENDOR, SupplierId.of("telco")),
                        Stamp.of(anna, call.plusSeconds(900)));

        System.out.println(ticket.priorityDecision().explanation());
        // priority 2 - High from matrix cell impact 1 - High x urgency 2 - Medium
        System.out.println(ticket);
        // incident INC-1001 [ON_HOLD, priority 2 - High, 4 events]
        System.out.println(ticket.timeline().last().event());
        // StateChanged[from=NEW, to=ON_HOLD, hold=Optional[Hold[reason=awaiting-vendor, waitingOn=Optional[telco]]]]
        System.out.println(Ticket.replay(ticket.timeline()).equals(ticket)); // the timeline is the whole state
        // true
        // end::core[]
    }
}
