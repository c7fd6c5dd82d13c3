package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A person who works tickets: member of a team, at a role level.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Agent {
    Agent() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public abstract AgentId id();

    /**
     * Returns the display name.
     *
     * @return a non-blank name
     */
    public abstract String name();

    /**
     * Returns the team the agent belongs to.
     *
     * @return the team id
     */
    public abstract TeamId team();

    /**
     * Returns the agent's role level.
     *
     * @return the role level
     */
    public abstract RoleLevel roleLevel();

    /**
     * Returns the actor identity used when this agent acts on a ticket or an audit trail.
     *
     * @return the actor id, with the same text as {@link #id()}
     */
    public ActorId asActor() {
        return ActorId.of(id().value());
    }

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Agent}; {@link #build()} reports every missing or invalid attribute at once. */
    public static final class Builder extends ImmutableAgent.Builder {
        Builder() {}
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        Checks.notBlank(name(), "agent.name");
    }
}
