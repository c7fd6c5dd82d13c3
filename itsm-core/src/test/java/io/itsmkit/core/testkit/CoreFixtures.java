package io.itsmkit.core.testkit;

import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.Agent;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.Organisation;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.Stakeholder;
import io.itsmkit.core.organisation.StakeholderId;
import io.itsmkit.core.organisation.Supplier;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.SupportTier;
import io.itsmkit.core.organisation.Team;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.priority.Scale;
import io.itsmkit.core.priority.SeverityDirection;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemResolution;
import io.itsmkit.core.ticket.ProblemState;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Samplers of every public itsm-core value type, valid by construction, for property tests of itsmkit
 * and of host applications.
 *
 * <p>Each method returns a {@link Sampler}: call {@code sample(random)} from any test framework, or
 * {@code gen()} for a QuickTheories generator. Values are built through the public API only, so every
 * sample passed the library's own validation.
 */
public final class CoreFixtures {
    private CoreFixtures() {}

    /** The earliest instant drawn: 2000-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** The latest instant drawn: 2100-01-01T00:00:00Z. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    /**
     * Identifier-like texts: 1 to 16 characters of letters, digits and {@code -_.}.
     *
     * @return the sampler
     */
    public static Sampler<String> identifierTexts() {
        return r -> {
            int n = r.nextInt(1, 17);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            return sb.toString();
        };
    }

    /**
     * Ticket identifiers.
     *
     * @return the sampler
     */
    public static Sampler<TicketId> ticketIds() {
        return identifierTexts().map(TicketId::of);
    }

    /**
     * Actor identifiers.
     *
     * @return the sampler
     */
    public static Sampler<ActorId> actorIds() {
        return identifierTexts().map(ActorId::of);
    }

    /**
     * Configuration item identifiers.
     *
     * @return the sampler
     */
    public static Sampler<ConfigurationItemId> configurationItemIds() {
        return identifierTexts().map(ConfigurationItemId::of);
    }

    /**
     * Team identifiers.
     *
     * @return the sampler
     */
    public static Sampler<TeamId> teamIds() {
        return identifierTexts().map(TeamId::of);
    }

    /**
     * Agent identifiers.
     *
     * @return the sampler
     */
    public static Sampler<AgentId> agentIds() {
        return identifierTexts().map(AgentId::of);
    }

    /**
     * Stakeholder identifiers.
     *
     * @return the sampler
     */
    public static Sampler<StakeholderId> stakeholderIds() {
        return identifierTexts().map(StakeholderId::of);
    }

    /**
     * Supplier identifiers.
     *
     * @return the sampler
     */
    public static Sampler<SupplierId> supplierIds() {
        return identifierTexts().map(SupplierId::of);
    }

    /**
     * Ticket categories from a small set, so recurrences happen.
     *
     * @return the sampler
     */
    public static Sampler<Category> categories() {
        return Sampler.oneOf(List.of("network", "email", "database", "access", "hardware"))
                .map(Category::of);
    }

    /**
     * Instants between {@link #EARLIEST} and {@link #LATEST}, to the nanosecond.
     *
     * @return the sampler
     */
    public static Sampler<Instant> instants() {
        long span = LATEST.getEpochSecond() - EARLIEST.getEpochSecond();
        return r -> EARLIEST.plusSeconds(r.nextLong(span)).plusNanos(r.nextInt(1_000_000_000));
    }

    /**
     * Durations from zero to 30 days, to the nanosecond.
     *
     * @return the sampler
     */
    public static Sampler<Duration> durations() {
        return r -> Duration.ofSeconds(r.nextLong(30L * 24 * 3600), r.nextInt(1_000_000_000));
    }

    /**
     * The preset priority matrices.
     *
     * @return the sampler
     */
    public static Sampler<PriorityMatrix> presetMatrices() {
        return Sampler.oneOf(
                List.of(PriorityMatrices.ITIL, PriorityMatrices.GLPI, PriorityMatrices.ITOP, PriorityMatrices.ZNUNY));
    }

    /**
     * Impact scales of 1 to 6 levels, either direction.
     *
     * @return the sampler
     */
    public static Sampler<Scale<Impact>> impactScales() {
        return r -> Scale.impacts("impact", direction(r), labels(r.nextInt(1, 7)));
    }

    /**
     * Urgency scales of 1 to 6 levels, either direction.
     *
     * @return the sampler
     */
    public static Sampler<Scale<Urgency>> urgencyScales() {
        return r -> Scale.urgencies("urgency", direction(r), labels(r.nextInt(1, 7)));
    }

    /**
     * Priority scales of 1 to 6 levels, either direction.
     *
     * @return the sampler
     */
    public static Sampler<Scale<io.itsmkit.core.priority.Priority>> priorityScales() {
        return r -> Scale.priorities("priority", direction(r), labels(r.nextInt(1, 7)));
    }

    /**
     * Random monotone priority matrices of random shape: every monotone matrix over the drawn scales can
     * be drawn (each cell is at least as mild as its more severe neighbours, and any such value may come).
     *
     * @return the sampler
     */
    public static Sampler<PriorityMatrix> priorityMatrices() {
        return r -> {
            Scale<Impact> impacts = impactScales().sample(r);
            Scale<Urgency> urgencies = urgencyScales().sample(r);
            Scale<io.itsmkit.core.priority.Priority> priorities =
                    priorityScales().sample(r);
            int[][] cells = monotoneCells(r, impacts.size(), urgencies.size(), priorities.size());
            PriorityMatrix.Builder b = PriorityMatrix.builder(impacts, urgencies, priorities);
            for (int i = 0; i < impacts.size(); i++) {
                for (int u = 0; u < urgencies.size(); u++) {
                    b.cell(impacts.levels().get(i), urgencies.levels().get(u), priorities.atSeverityIndex(cells[i][u]));
                }
            }
            return b.build();
        };
    }

    /**
     * Priority decisions from the preset matrices, a quarter of them overridden.
     *
     * @return the sampler
     */
    public static Sampler<PriorityDecision> priorityDecisions() {
        return r -> {
            PriorityMatrix m = presetMatrices().sample(r);
            PriorityDecision d = PriorityDecision.derive(
                    m, pick(r, m.impacts().levels()), pick(r, m.urgencies().levels()));
            return r.nextInt(4) == 0 ? d.withOverride(priorityOverrides(m).sample(r)) : d;
        };
    }

    /**
     * Overrides to any priority of a matrix's scale.
     *
     * @param matrix the matrix whose priority scale is used
     * @return the sampler
     */
    public static Sampler<PriorityOverride> priorityOverrides(PriorityMatrix matrix) {
        return r -> PriorityOverride.of(
                pick(r, matrix.priorities().levels()),
                "judgement call",
                actorIds().sample(r),
                instants().sample(r));
    }

    /**
     * Configuration items of every kind and criticality.
     *
     * @return the sampler
     */
    public static Sampler<ConfigurationItem> configurationItems() {
        return r -> ConfigurationItem.of(
                configurationItemIds().sample(r),
                "item " + r.nextInt(1000),
                pick(r, List.of(ItemKind.values())),
                pick(r, List.of(Criticality.values())));
    }

    /**
     * Service graphs of 1 to 12 items with random dependencies (cycles included) and a containment forest.
     *
     * @return the sampler
     */
    public static Sampler<ServiceGraph> serviceGraphs() {
        return r -> {
            int n = r.nextInt(1, 13);
            ServiceGraph.Builder b = ServiceGraph.builder();
            List<ConfigurationItemId> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ConfigurationItemId id = ConfigurationItemId.of("ci-" + i);
                ids.add(id);
                b.add(ConfigurationItem.of(
                        id, "item " + i, pick(r, List.of(ItemKind.values())), pick(r, List.of(Criticality.values()))));
            }
            for (int e = r.nextInt(0, 2 * n + 1); e > 0; e--) {
                int a = r.nextInt(n);
                int c = r.nextInt(n);
                if (a != c) {
                    b.dependsOn(ids.get(a), ids.get(c));
                }
            }
            for (int child = 1; child < n; child++) {
                if (r.nextBoolean()) {
                    b.contains(ids.get(r.nextInt(child)), ids.get(child));
                }
            }
            return b.build();
        };
    }

    /**
     * Organisations with a chain of teams over the three tiers, agents at every role level sometimes
     * missing, stakeholders (some VIP) and suppliers.
     *
     * @return the sampler
     */
    public static Sampler<Organisation> organisations() {
        return r -> {
            var b = Organisation.builder();
            List<Team> teams = new ArrayList<>();
            Optional<TeamId> next = Optional.empty();
            for (int t = SupportTier.values().length - 1; t >= 0; t--) {
                Team team = Team.builder()
                        .id(TeamId.of("team-" + t))
                        .name("Tier " + (t + 1))
                        .tier(SupportTier.values()[t])
                        .escalatesTo(next)
                        .build();
                teams.add(team);
                next = Optional.of(team.id());
            }
            b.addAllTeams(teams);
            int agents = r.nextInt(0, 8);
            for (int a = 0; a < agents; a++) {
                b.addAgents(Agent.builder()
                        .id(AgentId.of("agent-" + a))
                        .name("Agent " + a)
                        .team(pick(r, teams).id())
                        .roleLevel(pick(r, List.of(RoleLevel.values())))
                        .build());
            }
            for (int s = r.nextInt(0, 4); s > 0; s--) {
                b.addStakeholders(Stakeholder.of(StakeholderId.of("customer-" + s), "Customer " + s, r.nextBoolean()));
            }
            for (int s = r.nextInt(0, 3); s > 0; s--) {
                b.addSuppliers(Supplier.of(SupplierId.of("supplier-" + s), "Supplier " + s));
            }
            return b.build();
        };
    }

    /**
     * Incidents and service requests after a random walk of up to 12 allowed steps through their
     * lifecycle (state changes, on-hold, reprioritisation, assignment, first response, major incident
     * steps), starting between {@link #EARLIEST} and {@link #LATEST}.
     *
     * @return the sampler
     */
    public static Sampler<Ticket> tickets() {
        return r -> {
            PriorityMatrix m = presetMatrices().sample(r);
            TicketKind kind = r.nextBoolean() ? TicketKind.INCIDENT : TicketKind.SERVICE_REQUEST;
            Instant at = instants().sample(r);
            ActorId actor = actorIds().sample(r);
            Ticket t = Ticket.open(kind, draft(r, m), actor, at).value();
            for (int step = r.nextInt(0, 13); step > 0; step--) {
                at = at.plus(Duration.ofSeconds(r.nextLong(0, 3 * 24 * 3600)));
                if (!t.isOpen()) {
                    break;
                }
                t = randomStep(r, m, t, actor, at);
            }
            return t;
        };
    }

    /**
     * Problems after a random walk of up to 8 allowed steps, sometimes with a known error.
     *
     * @return the sampler
     */
    public static Sampler<Problem> problems() {
        return r -> {
            PriorityMatrix m = presetMatrices().sample(r);
            Instant at = instants().sample(r);
            ActorId actor = actorIds().sample(r);
            Problem p = Problem.open(draft(r, m), actor, at).value();
            for (int step = r.nextInt(0, 9); step > 0 && p.state() != ProblemState.CLOSED; step--) {
                at = at.plusSeconds(r.nextLong(0, 7 * 24 * 3600));
                if (r.nextInt(5) == 0) {
                    p = p.recordWorkaround("restart the service", actor, at).value();
                    continue;
                }
                List<ProblemState> targets = new ArrayList<>(Lifecycles.PROBLEM.targetsOf(p.state()));
                ProblemState to = pick(r, targets);
                if (to == ProblemState.RESOLVED) {
                    p = p.resolve(
                                    p.state() == ProblemState.FIX_IN_PROGRESS && r.nextBoolean()
                                            ? ProblemResolution.fixApplied()
                                            : ProblemResolution.riskAccepted(),
                                    actor,
                                    at)
                            .value();
                } else if (to == ProblemState.CLOSED && p.state() != ProblemState.RESOLVED) {
                    p = p.resolve(
                                    r.nextBoolean()
                                            ? ProblemResolution.cancelled()
                                            : ProblemResolution.duplicateOf(
                                                    ticketIds().sample(r)),
                                    actor,
                                    at)
                            .value();
                } else {
                    p = p.transition(to, actor, at).value();
                }
            }
            return p;
        };
    }

    /**
     * Audit trails of 0 to 10 entries.
     *
     * @return the sampler
     */
    public static Sampler<AuditTrail> auditTrails() {
        return r -> {
            AuditTrail trail = AuditTrail.empty();
            Instant at = instants().sample(r);
            for (int n = r.nextInt(0, 11); n > 0; n--) {
                at = at.plusMillis(r.nextLong(0, 86_400_000));
                trail = trail.append(
                        at,
                        actorIds().sample(r),
                        pick(r, List.of("priority.override", "state.change")),
                        ticketIds().sample(r).value(),
                        "from-" + r.nextInt(9),
                        "to-" + r.nextInt(9),
                        r.nextBoolean() ? "" : "note " + r.nextInt(100));
            }
            return trail;
        };
    }

    /**
     * Drafts of tickets and problems, priorities from the preset matrices, with or without item, category
     * and caller.
     *
     * @return the sampler
     */
    public static Sampler<TicketDraft> ticketDrafts() {
        return r -> draft(r, presetMatrices().sample(r));
    }

    /**
     * Assignments to a team, to an agent of a team, or to a supplier.
     *
     * @return the sampler
     */
    public static Sampler<Assignment> assignments() {
        return r -> switch (r.nextInt(3)) {
            case 0 -> Assignment.toTeam(teamIds().sample(r));
            case 1 -> Assignment.toAgent(teamIds().sample(r), agentIds().sample(r));
            default -> Assignment.toSupplier(supplierIds().sample(r));
        };
    }

    /**
     * Problem resolutions of every code.
     *
     * @return the sampler
     */
    public static Sampler<ProblemResolution> problemResolutions() {
        return r -> switch (r.nextInt(4)) {
            case 0 -> ProblemResolution.fixApplied();
            case 1 -> ProblemResolution.riskAccepted();
            case 2 -> ProblemResolution.duplicateOf(ticketIds().sample(r));
            default -> ProblemResolution.cancelled();
        };
    }

    private static Ticket randomStep(RandomGenerator r, PriorityMatrix m, Ticket t, ActorId actor, Instant at) {
        switch (r.nextInt(7)) {
            case 0:
                return t.reprioritise(
                                m,
                                pick(r, m.impacts().levels()),
                                pick(r, m.urgencies().levels()),
                                actor,
                                at)
                        .value();
            case 1:
                return t.assign(Assignment.toTeam(teamIds().sample(r)), actor, at)
                        .value();
            case 2:
                return t.firstRespondedAt().isEmpty()
                        ? t.recordFirstResponse(actor, at).value()
                        : t;
            case 3:
                if (t.kind() == TicketKind.INCIDENT) {
                    List<MajorIncidentState> targets =
                            new ArrayList<>(Lifecycles.MAJOR_INCIDENT.targetsOf(t.majorIncident()));
                    return targets.isEmpty()
                            ? t
                            : t.changeMajorIncident(pick(r, targets), "drill", actor, at)
                                    .value();
                }
                return t;
            default:
                List<TicketState> targets = new ArrayList<>(Lifecycles.TICKET.targetsOf(t.state()));
                TicketState to = pick(r, targets);
                return to == TicketState.ON_HOLD
                        ? t.putOnHold(pick(r, List.of(OnHoldReason.values())), actor, at)
                                .value()
                        : t.transition(to, actor, at).value();
        }
    }

    private static TicketDraft draft(RandomGenerator r, PriorityMatrix m) {
        return TicketDraft.builder()
                .id(ticketIds().sample(r))
                .title("ticket " + r.nextInt(10_000))
                .priority(PriorityDecision.derive(
                        m, pick(r, m.impacts().levels()), pick(r, m.urgencies().levels())))
                .affectedItem(
                        r.nextBoolean() ? Optional.of(ConfigurationItemId.of("ci-" + r.nextInt(4))) : Optional.empty())
                .category(r.nextBoolean() ? Optional.of(categories().sample(r)) : Optional.empty())
                .caller(r.nextBoolean() ? Optional.of(stakeholderIds().sample(r)) : Optional.empty())
                .build();
    }

    /**
     * Draws the severity indexes of a monotone matrix: each cell is at least its upper and left
     * neighbours' index (milder or equal) and at most {@code levels - 1}.
     *
     * @param r the randomness
     * @param rows the number of impacts
     * @param columns the number of urgencies
     * @param levels the number of priorities
     * @return {@code cells[impactIndex][urgencyIndex]} as priority severity indexes
     */
    public static int[][] monotoneCells(RandomGenerator r, int rows, int columns, int levels) {
        int[][] cells = new int[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int u = 0; u < columns; u++) {
                int floor = Math.max(i > 0 ? cells[i - 1][u] : 0, u > 0 ? cells[i][u - 1] : 0);
                cells[i][u] = r.nextInt(floor, levels);
            }
        }
        return cells;
    }

    private static SeverityDirection direction(RandomGenerator r) {
        return r.nextBoolean() ? SeverityDirection.ONE_IS_MOST_SEVERE : SeverityDirection.HIGHEST_IS_MOST_SEVERE;
    }

    private static String[] labels(int n) {
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = "L" + i;
        }
        return labels;
    }

    private static <T> T pick(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
