package io.itsmkit.sla.escalation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.TeamId;

/**
 * Whom an escalation action addresses: the people at a role level (hierarchical escalation) or a named group.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface Recipient {

    /**
     * The people at a role level.
     *
     * @param level the role level
     * @return the recipient
     */
    static Recipient role(RoleLevel level) {
        return new Role(level);
    }

    /**
     * A named group.
     *
     * @param group the group
     * @return the recipient
     */
    static Recipient group(TeamId group) {
        return new Group(group);
    }

    /**
     * The people at a role level.
     *
     * @param level the role level
     */
    record Role(RoleLevel level) implements Recipient {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the level is null
         * @param level see {@link #level()}
         */
        public Role {
            Checks.notNull(level, "recipient.level");
        }
    }

    /**
     * A named group.
     *
     * @param group the group
     */
    record Group(TeamId group) implements Recipient {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the group is null
         * @param group see {@link #group()}
         */
        public Group {
            Checks.notNull(group, "recipient.group");
        }
    }
}
