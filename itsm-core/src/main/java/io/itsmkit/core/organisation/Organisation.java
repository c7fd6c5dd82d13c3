package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
public final class Organisation {
    private final List<Team> teams;
    private final List<Agent> agents;
    private final List<Stakeholder> stakeholders;
    private final List<Supplier> suppliers;
    private final Map<TeamId, Team> teamsById;

    private Organisation(
            List<Team> teams, List<Agent> agents, List<Stakeholder> stakeholders, List<Supplier> suppliers) {
        this.teams = teams;
        this.agents = agents;
        this.stakeholders = stakeholders;
        this.suppliers = suppliers;
        this.teamsById = teams.stream().collect(Collectors.toMap(Team::id, Function.identity(), (a, b) -> a));
        check();
    }

    /**
     * Returns the teams.
     *
     * @return the teams, in the order added
     */
    public List<Team> teams() {
        return teams;
    }

    /**
     * Returns the agents.
     *
     * @return the agents, in the order added
     */
    public List<Agent> agents() {
        return agents;
    }

    /**
     * Returns the customers and stakeholders.
     *
     * @return the stakeholders, in the order added
     */
    public List<Stakeholder> stakeholders() {
        return stakeholders;
    }

    /**
     * Returns the suppliers.
     *
     * @return the suppliers, in the order added
     */
    public List<Supplier> suppliers() {
        return suppliers;
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Organisation}: a null array, list or element is reported naming it (e.g.
     * {@code "teams[2]"}), and {@link #build()} checks the guarantees above, reporting every broken one.
     * Not thread-safe: one builder per thread.
     */
    public static final class Builder {
        private final List<Team> teams = new ArrayList<>();
        private final List<Agent> agents = new ArrayList<>();
        private final List<Stakeholder> stakeholders = new ArrayList<>();
        private final List<Supplier> suppliers = new ArrayList<>();

        private Builder() {}

        private static <T> void addAll(List<T> into, @Nullable List<? extends @Nullable T> items, String path) {
            int offset = into.size();
            List<? extends @Nullable T> checked = Checks.notNull(items, path);
            for (int i = 0; i < checked.size(); i++) {
                into.add(Checks.notNull(checked.get(i), path + "[" + (offset + i) + "]"));
            }
        }

        /**
         * Adds teams.
         *
         * @param teams the teams
         * @return this builder
         * @throws ValidationException if the array or a team is null
         */
        public Builder addTeams(Team... teams) {
            addAll(this.teams, teams == null ? null : Arrays.asList(teams), "teams");
            return this;
        }

        /**
         * Adds teams.
         *
         * @param teams the teams
         * @return this builder
         * @throws ValidationException if the list or a team is null
         */
        public Builder addAllTeams(List<Team> teams) {
            addAll(this.teams, teams, "teams");
            return this;
        }

        /**
         * Adds agents.
         *
         * @param agents the agents
         * @return this builder
         * @throws ValidationException if the array or an agent is null
         */
        public Builder addAgents(Agent... agents) {
            addAll(this.agents, agents == null ? null : Arrays.asList(agents), "agents");
            return this;
        }

        /**
         * Adds agents.
         *
         * @param agents the agents
         * @return this builder
         * @throws ValidationException if the list or an agent is null
         */
        public Builder addAllAgents(List<Agent> agents) {
            addAll(this.agents, agents, "agents");
            return this;
        }

        /**
         * Adds customers and stakeholders.
         *
         * @param stakeholders the stakeholders
         * @return this builder
         * @throws ValidationException if the array or a stakeholder is null
         */
        public Builder addStakeholders(Stakeholder... stakeholders) {
            addAll(this.stakeholders, stakeholders == null ? null : Arrays.asList(stakeholders), "stakeholders");
            return this;
        }

        /**
         * Adds suppliers.
         *
         * @param suppliers the suppliers
         * @return this builder
         * @throws ValidationException if the array or a supplier is null
         */
        public Builder addSuppliers(Supplier... suppliers) {
            addAll(this.suppliers, suppliers == null ? null : Arrays.asList(suppliers), "suppliers");
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation
         * @throws ValidationException listing every duplicate id, unknown team and escalation that does not go
         *     to a higher tier
         */
        public Organisation build() {
            return new Organisation(
                    List.copyOf(teams), List.copyOf(agents), List.copyOf(stakeholders), List.copyOf(suppliers));
        }
    }

    /**
     * Returns a team.
     *
     * @param id a team identifier
     * @return the team
     * @throws ValidationException with rule {@code "known-team"} if there is no such team
     */
    public Team team(TeamId id) {
        Team t = teamsById.get(Checks.notNull(id, "id"));
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
        return team(Checks.notNull(from, "from")).escalatesTo().map(this::team);
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
            List<Agent> found = agents.stream().filter(a -> a.roleLevel() == l).toList();
            if (!found.isEmpty()) {
                return found;
            }
            level = l.next();
        }
        return List.of();
    }

    /** Checks unique ids, agents' teams and escalation targets. */
    private void check() {
        Checks.Collector c = Checks.collector();
        unique(c, "teams", teams.stream().map(Team::id).toList());
        unique(c, "agents", agents.stream().map(Agent::id).toList());
        unique(c, "stakeholders", stakeholders.stream().map(Stakeholder::id).toList());
        unique(c, "suppliers", suppliers.stream().map(Supplier::id).toList());
        Map<TeamId, Team> byId = teamsById;
        for (Agent a : agents) {
            c.require(
                    byId.containsKey(a.team()),
                    "agents[" + a.id() + "].team",
                    "known-team",
                    a.team(),
                    "is not a team of this organisation");
        }
        for (Team t : teams) {
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

    /**
     * Organisations are equal when their teams, agents, stakeholders and suppliers are, in order.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other
                && other.teams.equals(teams)
                && other.agents.equals(agents)
                && other.stakeholders.equals(stakeholders)
                && other.suppliers.equals(suppliers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teams, agents, stakeholders, suppliers);
    }

    /**
     * Renders the counts.
     *
     * @return e.g. {@code "Organisation[3 teams, 5 agents, 2 stakeholders, 1 suppliers]"}
     */
    @Override
    public String toString() {
        return "Organisation[" + teams.size() + " teams, " + agents.size() + " agents, " + stakeholders.size()
                + " stakeholders, " + suppliers.size() + " suppliers]";
    }

    private static void unique(Checks.Collector c, String path, List<?> ids) {
        Set<Object> seen = new HashSet<>();
        for (Object id : ids) {
            c.require(seen.add(id), path + "[" + id + "]", "unique-id", id, "appears more than once");
        }
    }
}
