package io.itsmkit.core.testkit;

import io.itsmkit.core.audit.AuditCheckpoint;
import io.itsmkit.core.audit.AuditEntry;
import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.audit.AuditVerification;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.HolidaySourceException;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.cmdb.BlastRadius;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ImpactedItem;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
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
import io.itsmkit.core.priority.MatrixLint;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.priority.Scale;
import io.itsmkit.core.priority.SeverityDirection;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.recurrence.ProblemCandidate;
import io.itsmkit.core.recurrence.RecurrenceDetector;
import io.itsmkit.core.recurrence.Similarity;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.AutoClosePolicy;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.KnownError;
import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.MajorIncidentRule;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.MajorIncidentTriggers;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemEvent;
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
import io.itsmkit.core.timeline.Fold;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
                b.addAgents(agent(r, AgentId.of("agent-" + a), pick(r, teams).id()));
            }
            for (int s = r.nextInt(0, 4); s > 0; s--) {
                b.addStakeholders(stakeholder(r, StakeholderId.of("customer-" + s)));
            }
            for (int s = r.nextInt(0, 3); s > 0; s--) {
                b.addSuppliers(supplier(SupplierId.of("supplier-" + s)));
            }
            return b.build();
        };
    }

    /**
     * Teams of every support tier, about half of those below the top tier escalating to another team (which
     * an organisation then needs at a higher tier).
     *
     * @return the sampler
     */
    public static Sampler<Team> teams() {
        return r -> {
            SupportTier tier = pick(r, List.of(SupportTier.values()));
            Team team = Team.of(teamIds().sample(r), "Team " + r.nextInt(100), tier);
            TeamId other = teamIds().sample(r);
            boolean top = tier.ordinal() == SupportTier.values().length - 1;
            return !top && r.nextBoolean() && !other.equals(team.id()) ? team.withEscalatesTo(other) : team;
        };
    }

    /**
     * Agents of every role level, each in a team.
     *
     * @return the sampler
     */
    public static Sampler<Agent> agents() {
        return r -> agent(r, agentIds().sample(r), teamIds().sample(r));
    }

    private static Agent agent(RandomGenerator r, AgentId id, TeamId team) {
        return Agent.builder()
                .id(id)
                .name("Agent " + id.value())
                .team(team)
                .roleLevel(pick(r, List.of(RoleLevel.values())))
                .build();
    }

    /**
     * Stakeholders, about half of them VIP.
     *
     * @return the sampler
     */
    public static Sampler<Stakeholder> stakeholders() {
        return r -> stakeholder(r, stakeholderIds().sample(r));
    }

    private static Stakeholder stakeholder(RandomGenerator r, StakeholderId id) {
        return Stakeholder.of(id, "Customer " + id.value(), r.nextBoolean());
    }

    /**
     * Suppliers.
     *
     * @return the sampler
     */
    public static Sampler<Supplier> suppliers() {
        return supplierIds().map(CoreFixtures::supplier);
    }

    private static Supplier supplier(SupplierId id) {
        return Supplier.of(id, "Supplier " + id.value());
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

    /**
     * Identifiers of every typed kind of core: tickets, problems, actors, configuration items, teams, agents,
     * stakeholders, suppliers, customers and categories.
     *
     * @return the sampler
     */
    public static Sampler<Identifier> identifiers() {
        List<Sampler<? extends Identifier>> kinds = List.of(
                ticketIds(),
                problemIds(),
                actorIds(),
                configurationItemIds(),
                teamIds(),
                agentIds(),
                stakeholderIds(),
                supplierIds(),
                customerIds(),
                categories());
        return r -> pick(r, kinds).sample(r);
    }

    /**
     * Impacts of the preset matrices' scales and of random {@link #impactScales()}.
     *
     * @return the sampler
     */
    public static Sampler<Impact> impacts() {
        return r -> pick(
                r,
                (r.nextBoolean()
                                ? presetMatrices().sample(r).impacts()
                                : impactScales().sample(r))
                        .levels());
    }

    /**
     * Urgencies of the preset matrices' scales and of random {@link #urgencyScales()}.
     *
     * @return the sampler
     */
    public static Sampler<Urgency> urgencies() {
        return r -> pick(
                r,
                (r.nextBoolean()
                                ? presetMatrices().sample(r).urgencies()
                                : urgencyScales().sample(r))
                        .levels());
    }

    /**
     * Priorities of the preset matrices' scales and of random {@link #priorityScales()}.
     *
     * @return the sampler
     */
    public static Sampler<io.itsmkit.core.priority.Priority> priorities() {
        return r -> pick(
                r,
                (r.nextBoolean()
                                ? presetMatrices().sample(r).priorities()
                                : priorityScales().sample(r))
                        .levels());
    }

    /**
     * Levels of the three kinds: {@link #impacts()}, {@link #urgencies()} and {@link #priorities()}.
     *
     * @return the sampler
     */
    public static Sampler<Level<?>> levels() {
        return r -> switch (r.nextInt(3)) {
            case 0 -> impacts().sample(r);
            case 1 -> urgencies().sample(r);
            default -> priorities().sample(r);
        };
    }

    /**
     * The timelines of {@link #tickets()}: incidents and service requests, every kind of ticket event,
     * retroactive stamps, nanosecond instants.
     *
     * @return the sampler
     */
    public static Sampler<Timeline<TicketEvent>> ticketTimelines() {
        return tickets().map(Ticket::timeline);
    }

    /**
     * The timelines of {@link #problems()}: every kind of problem event, retroactive stamps.
     *
     * @return the sampler
     */
    public static Sampler<Timeline<ProblemEvent>> problemTimelines() {
        return problems().map(Problem::timeline);
    }

    /**
     * One recorded event of a {@link #ticketTimelines() ticket timeline}, any position: so each is an event a
     * ticket emitted and accepts on replay, with its id, actor and (sometimes retroactive) stamp.
     *
     * @return the sampler
     */
    public static Sampler<Recorded<TicketEvent>> recordedTicketEvents() {
        Sampler<Timeline<TicketEvent>> timelines = ticketTimelines();
        return r -> pick(r, timelines.sample(r).events());
    }

    /**
     * One recorded event of a {@link #problemTimelines() problem timeline}, any position.
     *
     * @return the sampler
     */
    public static Sampler<Recorded<ProblemEvent>> recordedProblemEvents() {
        Sampler<Timeline<ProblemEvent>> timelines = problemTimelines();
        return r -> pick(r, timelines.sample(r).events());
    }

    /**
     * Ticket events of every kind, as tickets emit them (see {@link #recordedTicketEvents()}).
     *
     * @return the sampler
     */
    public static Sampler<TicketEvent> ticketEvents() {
        return recordedTicketEvents().map(Recorded::event);
    }

    /**
     * Problem events of every kind, as problems emit them (see {@link #recordedProblemEvents()}).
     *
     * @return the sampler
     */
    public static Sampler<ProblemEvent> problemEvents() {
        return recordedProblemEvents().map(Recorded::event);
    }

    /**
     * The ids of recorded ticket and problem events.
     *
     * @return the sampler
     */
    public static Sampler<EventId> eventIds() {
        Sampler<Recorded<TicketEvent>> tickets = recordedTicketEvents();
        Sampler<Recorded<ProblemEvent>> problems = recordedProblemEvents();
        return r -> (r.nextBoolean() ? tickets.sample(r) : problems.sample(r)).id();
    }

    /**
     * Entries of non-empty {@link #auditTrails()}, at any position (the first one chained to
     * {@link AuditTrail#GENESIS}).
     *
     * @return the sampler
     */
    public static Sampler<AuditEntry> auditEntries() {
        Sampler<AuditTrail> trails = nonEmptyAuditTrails();
        return r -> pick(r, trails.sample(r).entries());
    }

    /**
     * The checkpoints of {@link #auditTrails()}, the empty trail's included.
     *
     * @return the sampler
     */
    public static Sampler<AuditCheckpoint> auditCheckpoints() {
        return auditTrails().map(AuditTrail::checkpoint);
    }

    /**
     * Verification outcomes of non-empty audit trails: half intact, half of a trail loaded with one entry's
     * details edited after the fact (tampered at that entry).
     *
     * @return the sampler
     */
    public static Sampler<AuditVerification> auditVerifications() {
        Sampler<AuditTrail> trails = nonEmptyAuditTrails();
        return r -> {
            AuditTrail trail = trails.sample(r);
            if (r.nextBoolean()) {
                return trail.verify();
            }
            List<AuditEntry> entries = new ArrayList<>(trail.entries());
            int i = r.nextInt(entries.size());
            AuditEntry e = entries.get(i);
            entries.set(
                    i,
                    new AuditEntry(
                            e.sequence(),
                            e.at(),
                            e.actor(),
                            e.subject(),
                            e.action(),
                            e.details() + " (edited)",
                            e.previousHash(),
                            e.hash()));
            return AuditTrail.of(entries).verify();
        };
    }

    /** {@link #auditTrails()}, with one ticket event appended to an empty one. */
    private static Sampler<AuditTrail> nonEmptyAuditTrails() {
        Sampler<AuditTrail> trails = auditTrails();
        Sampler<Recorded<TicketEvent>> events = recordedTicketEvents();
        return r -> {
            AuditTrail trail = trails.sample(r);
            return trail.entries().isEmpty() ? trail.append(events.sample(r)) : trail;
        };
    }

    /**
     * Known errors: a workaround recorded on a problem by an actor at an instant.
     *
     * @return the sampler
     */
    public static Sampler<KnownError> knownErrors() {
        return r -> new KnownError(
                problemIds().sample(r),
                "restart the service " + r.nextInt(10),
                actorIds().sample(r),
                instants().sample(r));
    }

    /**
     * Auto-close policies: whole days from 1 to 30, or any positive duration up to 30 days to the nanosecond.
     *
     * @return the sampler
     */
    public static Sampler<AutoClosePolicy> autoClosePolicies() {
        return r -> r.nextBoolean()
                ? AutoClosePolicy.afterDays(r.nextInt(1, 31))
                : new AutoClosePolicy(durations().sample(r).plusNanos(1));
    }

    private static final List<MajorIncidentRule> MAJOR_INCIDENT_RULES = List.of(
            MajorIncidentRule.topPriority(),
            new MajorIncidentRule("VIP caller", t -> t.classification().vip()),
            new MajorIncidentRule(
                    "network", t -> t.classification().category().equals(Optional.of(Category.of("network")))));

    /**
     * Major incident rules: the preset {@link MajorIncidentRule#topPriority()}, a VIP-caller rule and a
     * category rule.
     *
     * @return the sampler
     */
    public static Sampler<MajorIncidentRule> majorIncidentRules() {
        return Sampler.oneOf(MAJOR_INCIDENT_RULES);
    }

    /**
     * Major incident triggers of 0 to 3 {@link #majorIncidentRules()}.
     *
     * @return the sampler
     */
    public static Sampler<MajorIncidentTriggers> majorIncidentTriggers() {
        Sampler<MajorIncidentRule> rules = majorIncidentRules();
        return r -> MajorIncidentTriggers.of(rules.sampleList(r, 0, 3));
    }

    /**
     * The preset lifecycles: tickets, problems, major incidents.
     *
     * @return the sampler
     */
    public static Sampler<Lifecycle<?>> lifecycles() {
        return Sampler.oneOf(List.of(Lifecycles.TICKET, Lifecycles.PROBLEM, Lifecycles.MAJOR_INCIDENT));
    }

    /** Incidents in the same category are alike. */
    private static final Similarity SAME_CATEGORY =
            t -> Checks.notNull(t, "incident").classification().category().map(Identifier::value);

    /**
     * Similarities: the preset {@link Similarity#SAME_ITEM_AND_CATEGORY} and one grouping by category alone.
     *
     * @return the sampler
     */
    public static Sampler<Similarity> similarities() {
        return Sampler.oneOf(List.of(Similarity.SAME_ITEM_AND_CATEGORY, SAME_CATEGORY));
    }

    /**
     * Recurrence detectors: windows of 1 hour to 30 days, thresholds of 2 to 5, any of {@link #similarities()}.
     *
     * @return the sampler
     */
    public static Sampler<RecurrenceDetector> recurrenceDetectors() {
        Sampler<Similarity> similarities = similarities();
        return r -> new RecurrenceDetector(
                Duration.ofHours(r.nextLong(1, 24 * 30 + 1)), r.nextInt(2, 6), similarities.sample(r));
    }

    /**
     * Problem candidates as a detector finds them: 2 to 6 incidents of one category opened within a week,
     * detected by category with a threshold of 2.
     *
     * @return the sampler
     */
    public static Sampler<ProblemCandidate> problemCandidates() {
        RecurrenceDetector detector = new RecurrenceDetector(Duration.ofDays(7), 2, SAME_CATEGORY);
        return r -> {
            Category category = categories().sample(r);
            Instant start = instants().sample(r);
            List<Ticket> incidents = new ArrayList<>();
            for (int i = r.nextInt(2, 7); i > 0; i--) {
                TicketDraft d = draft(r, presetMatrices().sample(r));
                incidents.add(Ticket.open(
                        TicketKind.INCIDENT,
                        TicketDraft.of(TicketId.of("INC-" + i), d.title(), d.priority())
                                .withClassification(d.classification().withCategory(category)),
                        stampAt(r, actorIds().sample(r), start.plusSeconds(r.nextLong(7L * 86_400)))));
            }
            return detector.detect(incidents).get(0);
        };
    }

    /**
     * Blast radii of a random item of {@link #serviceGraphs()}.
     *
     * @return the sampler
     */
    public static Sampler<BlastRadius> blastRadii() {
        Sampler<ServiceGraph> graphs = serviceGraphs();
        return r -> {
            ServiceGraph g = graphs.sample(r);
            return g.blastRadius(pick(r, g.items()).id());
        };
    }

    /**
     * Impacted items of {@link #blastRadii()} that reach any (drawing again when a failure impacts nothing).
     *
     * @return the sampler
     */
    public static Sampler<ImpactedItem> impactedItems() {
        return fromNonEmpty(blastRadii().map(BlastRadius::impacted));
    }

    /** One element of the first non-empty list drawn. */
    private static <T> Sampler<T> fromNonEmpty(Sampler<List<T>> lists) {
        return r -> {
            while (true) {
                List<T> list = lists.sample(r);
                if (!list.isEmpty()) {
                    return pick(r, list);
                }
            }
        };
    }

    /**
     * The lints of {@link #priorityMatrices()} (drawing again when a matrix is clean).
     *
     * @return the sampler
     */
    public static Sampler<MatrixLint> matrixLints() {
        return fromNonEmpty(priorityMatrices().map(PriorityMatrix::lints));
    }

    /**
     * Violations as validation reports them: field paths, rule names, an offending value or none, a message.
     *
     * @return the sampler
     */
    public static Sampler<Violation> violations() {
        List<String> paths = List.of("id", "title", "priority.impact", "events[3].id", "checkpoint.head");
        List<String> rules = List.of("not-null", "not-blank", "range", "chronological", "consecutive-ids");
        return r -> Violation.of(
                pick(r, paths),
                pick(r, rules),
                r.nextInt(4) == 0 ? null : (Object) r.nextInt(),
                "must be valid " + r.nextInt(100));
    }

    /**
     * Requests for pages of 1 to 8 tickets, the first page or one after a ticket id.
     *
     * @return the sampler
     */
    public static Sampler<PageRequest<TicketId>> pageRequests() {
        return r -> {
            PageRequest<TicketId> first = PageRequest.first(r.nextInt(1, 9));
            return r.nextBoolean() ? first : first.after(ticketIds().sample(r));
        };
    }

    /**
     * Tickets at versions from 1 to a million.
     *
     * @return the sampler
     */
    public static Sampler<Versioned<Ticket>> versionedTickets() {
        return r -> new Versioned<>(tickets().sample(r), r.nextLong(1, 1_000_001));
    }

    /**
     * Pages answering {@link #pageRequests()}: {@link #versionedTickets()} after the request's key in key order,
     * empty, partial or full (a full page has a next request).
     *
     * @return the sampler
     */
    public static Sampler<Page<TicketId, Ticket>> ticketPages() {
        Sampler<PageRequest<TicketId>> requests = pageRequests();
        Sampler<Versioned<Ticket>> versioned = versionedTickets();
        return r -> {
            PageRequest<TicketId> request = requests.sample(r);
            int n = r.nextBoolean() ? request.limit() : r.nextInt(0, request.limit() + 1);
            java.util.TreeMap<TicketId, Versioned<Ticket>> items = new java.util.TreeMap<>();
            while (items.size() < n) {
                Versioned<Ticket> v = versioned.sample(r);
                if (request.admits(v.value().id())) {
                    items.put(v.value().id(), v);
                }
            }
            return Page.of(request, new ArrayList<>(items.values()));
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

    /** A fold of tickets made of their public replay (Ticket's own fold is private), for the sanity tester. */
    private static final Fold<Ticket, TicketEvent> TICKET_FOLD = new Fold<>(Ticket.class, TicketEvent.class) {
        @Override
        protected Ticket start(Timeline<TicketEvent> first) {
            return Ticket.replay(first);
        }

        @Override
        protected Ticket apply(Ticket ticket, Timeline<TicketEvent> next) {
            return Ticket.replay(next);
        }

        @Override
        protected Timeline<TicketEvent> timeline(Ticket ticket) {
            return ticket.timeline();
        }
    };

    /** A holiday source failure, made the way a host meets one: through a calendar whose source fails. */
    private static HolidaySourceException holidaySourceFailure() {
        BusinessCalendar failing = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .holidays("failing", year -> {
                    throw new IllegalStateException("the host's holiday service is down");
                })
                .build();
        try {
            failing.isBusinessDay(LocalDate.of(2026, 6, 8));
        } catch (HolidaySourceException e) {
            return e;
        }
        throw new AssertionError("a failing holiday source did not give a HolidaySourceException");
    }

    /**
     * Registers with a {@link BadInputSanity} tester the samplers of every core type it cannot derive on its
     * own (abstract types, aggregates, values whose parts must agree), so that modules start from them.
     *
     * @param tester a tester
     * @return the tester knowing the core types
     */
    static BadInputSanity sanitySamples(BadInputSanity tester) {
        // Scales, levels and overrides all of the ITIL matrix, not of random ones: a call taking several of
        // them (a matrix and its levels, a scale and a level) then passes validation and reaches the code after.
        PriorityMatrix itil = PriorityMatrices.ITIL;
        return CalendarFixtures.sanitySamples(tester)
                .with(Identifier.class, identifiers())
                .with(ActorId.class, actorIds())
                .with(Ticket.class, tickets())
                .with(Problem.class, problems())
                .with(Timeline.class, ticketTimelines())
                .with(Recorded.class, recordedTicketEvents())
                .with(EventId.class, eventIds())
                .with(TicketEvent.class, ticketEvents())
                .with(ProblemEvent.class, problemEvents())
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
                .with(Lifecycle.class, lifecycles())
                .with(AuditCheckpoint.class, auditCheckpoints())
                .with(
                        Enum.class,
                        Sampler.oneOf(List.<Enum<?>>of(
                                TicketState.IN_PROGRESS, ProblemState.ASSESS, MajorIncidentState.NONE)))
                .with(Lifecycle.Builder.class, r -> Lifecycle.builder("drill", TicketState.class))
                .with(Agent.class, agents())
                .with(Fold.class, Sampler.oneOf(List.of(TICKET_FOLD)))
                .with(HolidaySourceException.class, r -> holidaySourceFailure())
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
