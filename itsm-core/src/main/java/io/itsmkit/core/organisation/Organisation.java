package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.style.ItsmStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The people side of service management: teams, agents, stakeholders and suppliers, with the two
 * escalation chains.
 *
 * <ul>
 *   <li><b>Functional escalation</b> moves work to a team with more expertise:
 *       {@link #functionalEscalation(TeamId)} follows {@link Team#escalatesTo()}, always to a higher
 *       {@link SupportTier}.
 *   <li><b>Hierarchical escalation</b> informs or involves more senior management:
 *       {@link #hierarchicalEscalation(RoleLevel)} returns the agents of the next {@link RoleLevel} up that
 *       has anyone in it.
 * </ul>
 *
 * <p>Guarantees (checked on construction): identifiers are unique per kind; every agent's team exists;
 * every escalation target exists and is at a strictly higher tier, so functional escalation ends.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Organisation {
    Organisation() {}

    /**
     * Returns the teams.
     *
     * @return the teams
     */
    public abstract List<Team> teams();

    /**
     * Returns the agents.
     *
     * @return the agents
     */
    public abstract List<Agent> agents();

    /**
     * Returns the customers and stakeholders.
     *
     * @return the stakeholders
     */
    public abstract List<Stakeholder> stakeholders();

    /**
     * Returns the suppliers.
     *
     * @return the suppliers
     */
    public abstract List<Supplier> suppliers();

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Organisation}; a null list or element is reported naming the list (e.g.
     * {@code "teams element"}), and {@link #build()} checks the guarantees above.
     */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {}
    }

    @Value.Lazy
    Map<TeamId, Team> teamsById() {
        return teams().stream().collect(Collectors.toUnmodifiableMap(Team::id, Function.identity()));
    }

    /**
     * Returns a team.
     *
     * @param id a team identifier
     * @return the team
     * @throws ValidationException with rule {@code "known-team"} if there is no such team
     */
    public Team team(TeamId id) {
        Team t = teamsById().get(Checks.notNull(id, "team"));
        if (t == null) {
            throw new ValidationException("team", "known-team", id, "is not a team of this organisation");
        }
        return t;
    }

    /**
     * Returns the team a team escalates to functionally.
     *
     * @param from a team of this organisation
     * @return the next team, at a higher tier, or empty at the end of the chain
     */
    public Optional<Team> functionalEscalation(TeamId from) {
        return team(from).escalatesTo().map(this::team);
    }

    /**
     * Returns the agents a hierarchical escalation from a role level goes to: those of the next level up
     * that has any agent.
     *
     * @param from the current role level
     * @return the agents, empty if nobody is above
     */
    public List<Agent> hierarchicalEscalation(RoleLevel from) {
        Optional<RoleLevel> level = Checks.notNull(from, "from").next();
        while (level.isPresent()) {
            RoleLevel l = level.get();
            List<Agent> found =
                    agents().stream().filter(a -> a.roleLevel() == l).toList();
            if (!found.isEmpty()) {
                return found;
            }
            level = l.next();
        }
        return List.of();
    }

    /** Checks unique ids, agents' teams and escalation targets. */
    @Value.Check
    protected void check() {
        Checks.Collector c = Checks.collector();
        unique(c, "teams", teams().stream().map(Team::id).toList());
        unique(c, "agents", agents().stream().map(Agent::id).toList());
        unique(c, "stakeholders", stakeholders().stream().map(Stakeholder::id).toList());
        unique(c, "suppliers", suppliers().stream().map(Supplier::id).toList());
        Map<TeamId, Team> byId = teams().stream().collect(Collectors.toMap(Team::id, Function.identity(), (a, b) -> a));
        for (Agent a : agents()) {
            c.require(
                    byId.containsKey(a.team()),
                    "agents[" + a.id() + "].team",
                    "known-team",
                    a.team(),
                    "is not a team of this organisation");
        }
        for (Team t : teams()) {
            t.escalatesTo().ifPresent(next -> {
                Team target = byId.get(next);
                c.require(
                        target != null,
                        "teams[" + t.id() + "].escalatesTo",
                        "known-team",
                        next,
                        "is not a team of this organisation");
                c.require(
                        target == null || target.tier().compareTo(t.tier()) > 0,
                        "teams[" + t.id() + "].escalatesTo",
                        "higher-tier",
                        next,
                        "must be at a higher support tier than " + t.tier());
            });
        }
        c.throwIfAny();
    }

    private static void unique(Checks.Collector c, String path, List<?> ids) {
        Set<Object> seen = new HashSet<>();
        for (Object id : ids) {
            c.require(seen.add(id), path + "[" + id + "]", "unique-id", id, "appears more than once");
        }
    }
}
