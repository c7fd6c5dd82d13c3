package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.timeline.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ordered first-match rules that propose incidents as major incidents.
 *
 * <p>Only incidents that are open and have never been proposed ({@link MajorIncidentState#NONE}) are
 * proposed automatically; a rejected proposal is not repeated by automation.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the rules are.
 *
 * @param rules the rules, in evaluation order
 */
public record MajorIncidentTriggers(List<MajorIncidentRule> rules) {
    /**
     * Validates and copies the rules.
     *
     * @throws io.itsmkit.core.error.ValidationException if the list or a rule is null
     * @param rules see {@link #rules()}
     */
    public MajorIncidentTriggers {
        rules = Checks.noNulls(rules, "rules");
    }

    /**
     * Creates the triggers.
     *
     * @param rules the rules, in evaluation order
     * @return the triggers
     * @throws io.itsmkit.core.error.ValidationException if the list or a rule is null
     */
    public static MajorIncidentTriggers of(List<MajorIncidentRule> rules) {
        return new MajorIncidentTriggers(rules);
    }

    /**
     * Returns the first rule the ticket matches.
     *
     * @param ticket the ticket
     * @return the first matching rule, or empty
     */
    public Optional<MajorIncidentRule> firstMatch(Ticket ticket) {
        Checks.notNull(ticket, "ticket");
        return rules.stream().filter(r -> r.condition().test(ticket)).findFirst();
    }

    /**
     * Proposes the ticket as a major incident, as {@link ActorId#SYSTEM}, if it is an open incident never
     * proposed and a rule matches.
     *
     * @param ticket the ticket
     * @param at when, not before the ticket's last event
     * @return the proposed ticket and its event (reason {@code "rule: <name>"}), or empty
     */
    public Optional<Ticket> propose(Ticket ticket, Instant at) {
        Checks.notNull(ticket, "ticket");
        if (ticket.kind() != TicketKind.INCIDENT
                || !ticket.isOpen()
                || ticket.majorIncident() != MajorIncidentState.NONE) {
            return Optional.empty();
        }
        return firstMatch(ticket)
                .map(r -> ticket.changeMajorIncident(
                        MajorIncidentState.PROPOSED, "rule: " + r.name(), Stamp.of(ActorId.SYSTEM, at)));
    }
}
