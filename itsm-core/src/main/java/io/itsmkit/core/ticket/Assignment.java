package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.TeamId;
import java.util.Optional;

/**
 * Who works a ticket: an assignment group (team), optionally one of its agents. Suppliers are engaged
 * beside the assignment ({@link Ticket#engageSupplier}), so a team's OLA and a supplier's underpinning
 * contract can run at the same time.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param team the assignment group
 * @param agent the agent, if one is named
 */
public record Assignment(TeamId team, Optional<AgentId> agent) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param team see {@link #team()}
     * @param agent see {@link #agent()}
     */
    public Assignment {
        Checks.notNull(team, "assignment.team");
        Checks.notNull(agent, "assignment.agent");
    }

    /**
     * Assigns to a team, no agent yet.
     *
     * @param team the team
     * @return the assignment
     * @throws ValidationException if {@code team} is null
     */
    public static Assignment toTeam(TeamId team) {
        return new Assignment(team, Optional.empty());
    }

    /**
     * Assigns to an agent of a team.
     *
     * @param team the team
     * @param agent the agent
     * @return the assignment
     * @throws ValidationException if an argument is null
     */
    public static Assignment toAgent(TeamId team, AgentId agent) {
        return new Assignment(team, Optional.of(Checks.notNull(agent, "assignment.agent")));
    }
}
