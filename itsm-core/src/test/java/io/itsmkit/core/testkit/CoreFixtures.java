package io.itsmkit.core.testkit;

import io.itsmkit.core.audit.AuditCheckpoint;
import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.lifecycle.Lifecycle;
import io.itsmkit.core.organisation.Agent;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.CustomerId;
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
import io.itsmkit.core.priority.Level;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.priority.Scale;
import io.itsmkit.core.priority.SeverityDirection;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemId;
import io.itsmkit.core.ticket.ProblemResolution;
import io.itsmkit.core.ticket.ProblemState;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
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
                Team team = new Team(TeamId.of("team-" + t), "Tier " + (t + 1), SupportTier.values()[t], next);
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
     * Problem identifiers.
     *
     * @return the sampler
     */
    public static Sampler<ProblemId> problemIds() {
        return identifierTexts().map(ProblemId::of);
    }

    /**
     * Customer identifiers.
     *
     * @return the sampler
     */
    public static Sampler<CustomerId> customerIds() {
        return identifierTexts().map(CustomerId::of);
    }

    /**
     * Stamps at random instants: mostly recorded as they happened, sometimes retroactive (recorded up to a
     * day later), to the nanosecond.
     *
     * @return the sampler
     */
    public static Sampler<Stamp> stamps() {
        return r -> stampAt(r, actorIds().sample(r), instants().sample(r));
    }

    private static Stamp stampAt(RandomGenerator r, ActorId actor, Instant occurred) {
        return r.nextInt(4) == 0
                ? Stamp.of(actor, occurred, occurred.plusNanos(r.nextLong(1, 86_400_000_000_000L)))
                : Stamp.of(actor, occurred);
    }

    /**
     * On-hold reasons: the four built-in ones and host-defined codes.
     *
     * @return the sampler
     */
    public static Sampler<OnHoldReason> onHoldReasons() {
        return r -> r.nextInt(5) == 0
                ? OnHoldReason.of("awaiting-" + Integer.toString(r.nextInt(1000), 36))
                : pick(r, BUILT_IN_REASONS);
    }

    private static final List<OnHoldReason> BUILT_IN_REASONS = List.of(
            OnHoldReason.AWAITING_CALLER,
            OnHoldReason.AWAITING_CHANGE,
            OnHoldReason.AWAITING_PROBLEM,
            OnHoldReason.AWAITING_VENDOR);

    /**
     * Holds: a reason, sometimes with the supplier or problem waited on.
     *
     * @return the sampler
     */
    public static Sampler<Hold> holds() {
        return r -> switch (r.nextInt(3)) {
            case 0 -> Hold.of(onHoldReasons().sample(r));
            case 1 -> Hold.of(OnHoldReason.AWAITING_VENDOR, supplierIds().sample(r));
            default -> Hold.of(OnHoldReason.AWAITING_PROBLEM, problemIds().sample(r));
        };
    }

    /**
     * Classifications with each part present or not: services and CIs from a small set (so recurrences and
     * SLA conditions match), categories, callers, customers, VIP or not.
     *
     * @return the sampler
     */
    public static Sampler<Classification> classifications() {
        return r -> {
            Classification c = Classification.NONE.withVip(r.nextInt(4) == 0);
            if (r.nextBoolean()) {
                c = c.withService(ConfigurationItemId.of("service-" + r.nextInt(3)));
            }
            if (r.nextBoolean()) {
                c = c.withConfigurationItem(ConfigurationItemId.of("ci-" + r.nextInt(4)));
            }
            if (r.nextBoolean()) {
                c = c.withCategory(categories().sample(r));
            }
            if (r.nextBoolean()) {
                c = c.withCaller(stakeholderIds().sample(r));
            }
            if (r.nextBoolean()) {
                c = c.withCustomer(CustomerId.of("customer-" + r.nextInt(3)));
            }
            return c;
        };
    }

    /**
     * Incidents and service requests after a random walk of up to 16 commands, every kind of command
     * included (state changes, holds and hold changes, reprioritisation and overrides, reclassification,
     * assignment and unassignment, suppliers engaged and returned, first response, caller replies, major
     * incident steps), with retroactive stamps and nanosecond instants, starting between {@link #EARLIEST}
     * and {@link #LATEST}.
     *
     * @return the sampler
     */
    public static Sampler<Ticket> tickets() {
        return r -> {
            PriorityMatrix m = presetMatrices().sample(r);
            TicketKind kind = r.nextBoolean() ? TicketKind.INCIDENT : TicketKind.SERVICE_REQUEST;
            ActorId actor = actorIds().sample(r);
            Stamp stamp = stampAt(r, actor, instants().sample(r));
            Ticket t = Ticket.open(kind, draft(r, m), stamp);
            for (int step = r.nextInt(0, 17); step > 0 && t.isOpen(); step--) {
                stamp = next(r, stamp);
                t = randomStep(r, t, stamp);
            }
            return t;
        };
    }

    /**
     * The stamp of the next step: occurring 0 to 3 days after the last one (nanoseconds included), recorded
     * no earlier than the last one was.
     */
    private static Stamp next(RandomGenerator r, Stamp last) {
        Instant occurred = last.occurredAt().plusNanos(r.nextLong(0, 3L * 86_400_000_000_000L));
        Instant recorded = occurred.isBefore(last.recordedAt()) ? last.recordedAt() : occurred;
        if (r.nextInt(5) == 0) {
            recorded = recorded.plusSeconds(r.nextInt(3600));
        }
        return Stamp.of(r.nextInt(3) == 0 ? actorIds().sample(r) : last.actor(), occurred, recorded);
    }

    /**
     * Problems after a random walk of up to 10 commands (state changes, resolutions of every code,
     * workarounds, reprioritisation, reclassification).
     *
     * @return the sampler
     */
    public static Sampler<Problem> problems() {
        return r -> {
            PriorityMatrix m = presetMatrices().sample(r);
            ActorId actor = actorIds().sample(r);
            Stamp stamp = stampAt(r, actor, instants().sample(r));
            TicketDraft d = draft(r, m);
            Problem p = Problem.open(problemIds().sample(r), d.title(), d.priority(), d.classification(), stamp);
            for (int step = r.nextInt(0, 11); step > 0 && p.state() != ProblemState.CLOSED; step--) {
                stamp = next(r, stamp);
                p = randomProblemStep(r, m, p, stamp);
            }
            return p;
        };
    }

    private static Problem randomProblemStep(RandomGenerator r, PriorityMatrix m, Problem p, Stamp stamp) {
        switch (r.nextInt(8)) {
            case 0:
                return p.recordWorkaround("restart the service " + r.nextInt(10), stamp);
            case 1:
                return p.reprioritise(
                        pick(r, m.impacts().levels()), pick(r, m.urgencies().levels()), stamp);
            case 2:
                return p.reclassify(classifications().sample(r), stamp);
            default:
                ProblemState to = pick(r, new ArrayList<>(Lifecycles.PROBLEM.targetsOf(p.state())));
                if (to == ProblemState.RESOLVED) {
                    return p.resolve(
                            p.state() == ProblemState.FIX_IN_PROGRESS && r.nextBoolean()
                                    ? ProblemResolution.fixApplied()
                                    : ProblemResolution.riskAccepted(),
                            stamp);
                }
                if (to == ProblemState.CLOSED && p.state() != ProblemState.RESOLVED) {
                    return p.resolve(
                            r.nextBoolean()
                                    ? ProblemResolution.cancelled()
                                    : ProblemResolution.duplicateOf(problemIds().sample(r)),
                            stamp);
                }
                return p.transition(to, stamp);
        }
    }

    /**
     * Audit trails of 0 to 10 entries, from domain events and from plain entries.
     *
     * @return the sampler
     */
    public static Sampler<AuditTrail> auditTrails() {
        return r -> {
            AuditTrail trail = AuditTrail.empty();
            Ticket t = tickets().sample(r);
            Instant at = t.timeline().latest().recordedAt();
            for (int n = r.nextInt(0, 11); n > 0; n--) {
                at = at.plusMillis(r.nextLong(0, 86_400_000));
                trail = r.nextBoolean()
                        ? trail.append(
                                actorIds().sample(r), at, "ticketId " + t.id(), "export", "note " + r.nextInt(100))
                        : trail.append(actorIds().sample(r), at, "change CHG-" + r.nextInt(9), "break-glass", "");
            }
            for (Recorded<TicketEvent> e : t.timeline()) {
                if (!e.recordedAt().isBefore(at) && r.nextBoolean()) {
                    trail = trail.append(e);
                    at = e.recordedAt();
                }
            }
            return trail;
        };
    }

    /**
     * Ticket drafts, priorities from the preset matrices, with random classifications.
     *
     * @return the sampler
     */
    public static Sampler<TicketDraft> ticketDrafts() {
        return r -> draft(r, presetMatrices().sample(r));
    }

    /**
     * Assignments to a team, or to an agent of a team.
     *
     * @return the sampler
     */
    public static Sampler<Assignment> assignments() {
        return r -> r.nextBoolean()
                ? Assignment.toTeam(teamIds().sample(r))
                : Assignment.toAgent(teamIds().sample(r), agentIds().sample(r));
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
            case 2 -> ProblemResolution.duplicateOf(problemIds().sample(r));
            default -> ProblemResolution.cancelled();
        };
    }

    private static final List<TeamId> TEAMS =
            List.of(TeamId.of("service-desk"), TeamId.of("network"), TeamId.of("database"));
    private static final List<SupplierId> SUPPLIERS = List.of(SupplierId.of("telco"), SupplierId.of("hw-vendor"));

    private static Ticket randomStep(RandomGenerator r, Ticket t, Stamp stamp) {
        PriorityMatrix m = t.priorityDecision().matrix();
        switch (r.nextInt(12)) {
            case 0:
                return t.reprioritise(
                        pick(r, m.impacts().levels()), pick(r, m.urgencies().levels()), stamp);
            case 1:
                return t.overridePriority(pick(r, m.priorities().levels()), "judgement " + r.nextInt(9), stamp);
            case 2:
                return r.nextInt(4) == 0
                        ? t.unassign(stamp)
                        : t.assign(
                                r.nextBoolean()
                                        ? Assignment.toTeam(pick(r, TEAMS))
                                        : Assignment.toAgent(
                                                pick(r, TEAMS), agentIds().sample(r)),
                                stamp);
            case 3:
                SupplierId s = pick(r, SUPPLIERS);
                return t.engagedSuppliers().contains(s) ? t.returnFromSupplier(s, stamp) : t.engageSupplier(s, stamp);
            case 4:
                return t.firstRespondedAt().isEmpty() ? t.recordFirstResponse(stamp) : t.recordCallerReply(stamp);
            case 5:
                return t.reclassify(classifications().sample(r), stamp);
            case 6:
                return t.hold().isPresent() ? t.changeHold(holds().sample(r), stamp) : t.recordCallerReply(stamp);
            case 7:
                if (t.kind() == TicketKind.INCIDENT) {
                    List<MajorIncidentState> targets =
                            new ArrayList<>(Lifecycles.MAJOR_INCIDENT.targetsOf(t.majorIncident()));
                    return targets.isEmpty() ? t : t.changeMajorIncident(pick(r, targets), "drill", stamp);
                }
                return t;
            default:
                TicketState to = pick(r, new ArrayList<>(Lifecycles.TICKET.targetsOf(t.state())));
                return to == TicketState.ON_HOLD ? t.putOnHold(holds().sample(r), stamp) : t.transition(to, stamp);
        }
    }

    private static TicketDraft draft(RandomGenerator r, PriorityMatrix m) {
        return TicketDraft.of(
                        ticketIds().sample(r),
                        "ticket " + r.nextInt(10_000),
                        PriorityDecision.derive(
                                m,
                                pick(r, m.impacts().levels()),
                                pick(r, m.urgencies().levels())))
                .withClassification(classifications().sample(r));
    }

    /**
     * Registers with a {@link BadInputSanity} tester the samplers of every core type it cannot derive on its
     * own (abstract types, aggregates, values whose parts must agree), so that modules start from them.
     *
     * @param tester a tester
     * @return the tester knowing the core types
     */
    static BadInputSanity sanitySamples(BadInputSanity tester) {
        PriorityMatrix itil = PriorityMatrices.ITIL;
        return CalendarFixtures.sanitySamples(tester)
                .with(Identifier.class, ticketIds())
                .with(ActorId.class, actorIds())
                .with(Ticket.class, tickets())
                .with(Problem.class, problems())
                .with(Timeline.class, tickets().map(Ticket::timeline))
                .with(Recorded.class, tickets().map(t -> t.timeline().last()))
                .with(EventId.class, tickets().map(t -> t.timeline().nextId()))
                .with(TicketEvent.class, tickets().map(t -> t.timeline().last().event()))
                .with(Stamp.class, stamps())
                .with(Classification.class, classifications())
                .with(Hold.class, holds())
                .with(OnHoldReason.class, onHoldReasons())
                .with(TicketDraft.class, ticketDrafts())
                .with(Assignment.class, assignments())
                .with(ProblemResolution.class, problemResolutions())
                .with(PriorityMatrix.class, priorityMatrices())
                .with(PriorityDecision.class, priorityDecisions())
                .with(PriorityOverride.class, priorityOverrides(itil))
                .with(Scale.class, Sampler.oneOf(List.of(itil.impacts(), itil.urgencies(), itil.priorities())))
                .with(
                        Level.class,
                        Sampler.oneOf(new ArrayList<Level<?>>(itil.impacts().levels())))
                .with(Impact.class, Sampler.oneOf(itil.impacts().levels()))
                .with(Urgency.class, Sampler.oneOf(itil.urgencies().levels()))
                .with(
                        io.itsmkit.core.priority.Priority.class,
                        Sampler.oneOf(itil.priorities().levels()))
                .with(ConfigurationItem.class, configurationItems())
                .with(ServiceGraph.class, serviceGraphs())
                .with(Organisation.class, organisations())
                .with(AuditTrail.class, auditTrails())
                .with(
                        Lifecycle.class,
                        Sampler.oneOf(List.of(Lifecycles.TICKET, Lifecycles.PROBLEM, Lifecycles.MAJOR_INCIDENT)))
                .with(AuditCheckpoint.class, auditTrails().map(AuditTrail::checkpoint))
                .with(
                        Enum.class,
                        Sampler.oneOf(List.<Enum<?>>of(
                                TicketState.IN_PROGRESS, ProblemState.ASSESS, MajorIncidentState.NONE)))
                .with(Lifecycle.Builder.class, r -> Lifecycle.builder("drill", TicketState.class))
                .with(
                        Agent.class,
                        organisations()
                                .map(o -> o.agents().isEmpty()
                                        ? Agent.builder()
                                                .id(AgentId.of("a"))
                                                .name("A")
                                                .team(o.teams().get(0).id())
                                                .roleLevel(RoleLevel.IT_SERVICE_ANALYST)
                                                .build()
                                        : o.agents().get(0)))
                .with(
                        ItsmException.class,
                        Sampler.oneOf(List.<ItsmException>of(
                                new ValidationException("x", "rule", 1, "bad"),
                                new StateChangeRefusedException("incident INC-1", "open-ticket", "closed"),
                                new VersionConflictException(TicketId.of("INC-1"), 1, 2))));
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
