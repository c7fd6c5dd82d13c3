package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import java.util.Optional;

/**
 * Who works a ticket: a team (optionally one of its agents) or a supplier.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface Assignment {

    /**
     * Assigns to a team, no agent yet.
     *
     * @param team the team
     * @return the assignment
     */
    static Assignment toTeam(TeamId team) {
        return new ToTeam(team, Optional.empty());
    }

    /**
     * Assigns to an agent of a team.
     *
     * @param team the team
     * @param agent the agent
     * @return the assignment
     */
    static Assignment toAgent(TeamId team, AgentId agent) {
        return new ToTeam(team, Optional.of(Checks.notNull(agent, "assignment.agent")));
    }

    /**
     * Assigns to a supplier.
     *
     * @param supplier the supplier
     * @return the assignment
     */
    static Assignment toSupplier(SupplierId supplier) {
        return new ToSupplier(supplier);
    }

    /**
     * Assignment to a team, optionally to one of its agents.
     *
     * @param team the team
     * @param agent the agent, if one is named
     */
    record ToTeam(TeamId team, Optional<AgentId> agent) implements Assignment {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param team see {@link #team()}
         * @param agent see {@link #agent()}
         */
        public ToTeam {
            Checks.notNull(team, "assignment.team");
            Checks.notNull(agent, "assignment.agent");
        }
    }

    /**
     * Assignment to a supplier.
     *
     * @param supplier the supplier
     */
    record ToSupplier(SupplierId supplier) implements Assignment {
        /**
         * Validates the component.
         *
         * @throws io.itsmkit.core.error.ValidationException if the supplier is null
         * @param supplier see {@link #supplier()}
         */
        public ToSupplier {
            Checks.notNull(supplier, "assignment.supplier");
        }
    }
}
