package io.itsmkit.core.ticket;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
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
public record MajorIncidentTriggers(ImmutableList<MajorIncidentRule> rules) {
    /**
     * Validates the component.
     *
     * @throws io.itsmkit.core.error.ValidationException if the list is null
     * @param rules see {@link #rules()}
     */
    public MajorIncidentTriggers {
        Checks.notNull(rules, "rules");
    }

    /**
     * Creates the triggers.
     *
     * @param rules the rules, in evaluation order
     * @return the triggers
     */
    public static MajorIncidentTriggers of(List<MajorIncidentRule> rules) {
        Checks.notNull(rules, "rules");
        for (int i = 0; i < rules.size(); i++) {
            Checks.notNull(rules.get(i), "rules[" + i + "]");
        }
        return new MajorIncidentTriggers(ImmutableList.copyOf(rules));
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
    public Optional<Updated<Ticket>> propose(Ticket ticket, Instant at) {
        Checks.notNull(ticket, "ticket");
        if (ticket.kind() != TicketKind.INCIDENT
                || !ticket.isOpen()
                || ticket.majorIncident() != MajorIncidentState.NONE) {
            return Optional.empty();
        }
        return firstMatch(ticket)
                .map(r -> ticket.changeMajorIncident(
                        MajorIncidentState.PROPOSED, "rule: " + r.name(), ActorId.SYSTEM, at));
    }
}
