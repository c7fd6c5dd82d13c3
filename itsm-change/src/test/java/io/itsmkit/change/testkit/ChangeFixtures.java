package io.itsmkit.change.testkit;

import io.itsmkit.change.approval.Approval;
import io.itsmkit.change.approval.ApprovalStatus;
import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.AuthorityMatrix;
import io.itsmkit.change.approval.Decision;
import io.itsmkit.change.approval.Delegation;
import io.itsmkit.change.approval.LeadTimePolicy;
import io.itsmkit.change.approval.Quorum;
import io.itsmkit.change.approval.SegregationOfDuties;
import io.itsmkit.change.calendar.ChangeCalendar;
import io.itsmkit.change.calendar.Conflict;
import io.itsmkit.change.calendar.ScheduledChange;
import io.itsmkit.change.enablement.ChangeRequest;
import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.metrics.CausedIncident;
import io.itsmkit.change.metrics.ChangeMetrics;
import io.itsmkit.change.metrics.ChangeOutcome;
import io.itsmkit.change.metrics.ChangeSuccessScore;
import io.itsmkit.change.metrics.ClosedChange;
import io.itsmkit.change.metrics.PostImplementationReview;
import io.itsmkit.change.metrics.Share;
import io.itsmkit.change.metrics.TrackRecord;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.risk.ChangeImpact;
import io.itsmkit.change.risk.Question;
import io.itsmkit.change.risk.Questionnaire;
import io.itsmkit.change.risk.RiskAssessment;
import io.itsmkit.change.risk.RiskBands;
import io.itsmkit.change.risk.RiskCondition;
import io.itsmkit.change.risk.RiskContext;
import io.itsmkit.change.risk.RiskFactor;
import io.itsmkit.change.risk.RiskFactors;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.change.risk.RiskLookup;
import io.itsmkit.change.risk.RiskModel;
import io.itsmkit.change.risk.RiskRule;
import io.itsmkit.change.risk.SuccessProbability;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Recurrence;
import io.itsmkit.change.schedule.RecurringWindow;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Scope;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.change.schedule.Windows;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.timeline.Stamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Samplers of every public itsm-change value type, valid by construction, for property tests of itsmkit and of
 * host applications.
 *
 * <p>Each method returns a {@link Sampler}: call {@code sample(random)} from any test framework, or
 * {@code gen()} for a QuickTheories generator. Values are built through the public API only.
 *
 * <p>Times are drawn close together (multiples of 15 minutes from {@link #BASE}, within days) so that
 * overlapping and touching windows are common.
 */
public final class ChangeFixtures {
    private ChangeFixtures() {}

    /** The earliest instant drawn for schedules and changes: 2026-03-02T00:00:00Z, a Monday. */
    public static final Instant BASE = Instant.parse("2026-03-02T00:00:00Z");

    private static final Duration SLOT = Duration.ofMinutes(15);
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"), ZoneId.of("Europe/Rome"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));
    private static final List<ActorId> PEOPLE = List.of(
            ActorId.of("ana"),
            ActorId.of("bo"),
            ActorId.of("cy"),
            ActorId.of("di"),
            ActorId.of("ed"),
            ActorId.of("fay"));

    /**
     * Change identifiers.
     *
     * @return the sampler
     */
    public static Sampler<ChangeId> changeIds() {
        return CoreFixtures.identifierTexts().map(ChangeId::of);
    }

    /**
     * Change types.
     *
     * @return the sampler
     */
    public static Sampler<ChangeType> changeTypes() {
        return Sampler.oneOf(List.of(ChangeType.values()));
    }

    /**
     * ServiceNow's change models.
     *
     * @return the sampler
     */
    public static Sampler<ChangeModel> changeModels() {
        return changeTypes().map(ChangeModel::serviceNow);
    }

    /**
     * People from a small pool, so that the same person recurs.
     *
     * @return the sampler
     */
    public static Sampler<ActorId> people() {
        return Sampler.oneOf(PEOPLE);
    }

    /**
     * Windows starting at a multiple of 15 minutes within 4 days of {@link #BASE}, 15 minutes to 4 hours long.
     *
     * @return the sampler
     */
    public static Sampler<Window> windows() {
        return r -> Window.of(BASE.plus(SLOT.multipliedBy(r.nextInt(4 * 96))), SLOT.multipliedBy(r.nextInt(1, 17)));
    }

    /**
     * Unions of 0 to 6 windows.
     *
     * @return the sampler
     */
    public static Sampler<Windows> windowSets() {
        return r -> Windows.of(windows().sampleList(r, 0, 6));
    }

    /**
     * Weekly, monthly and yearly recurrences.
     *
     * @return the sampler
     */
    public static Sampler<Recurrence> recurrences() {
        return r -> switch (r.nextInt(3)) {
            case 0 ->
                Recurrence.weekly(
                        DayOfWeek.of(r.nextInt(1, 8)), DayOfWeek.of(r.nextInt(1, 8)), DayOfWeek.of(r.nextInt(1, 8)));
            case 1 -> Recurrence.monthly(r.nextInt(1, 32));
            default -> Recurrence.yearly(MonthDay.of(3, r.nextInt(1, 10)));
        };
    }

    /**
     * Recurring windows in a few zones, starting on the hour, 1 to 12 hours long.
     *
     * @return the sampler
     */
    public static Sampler<RecurringWindow> recurringWindows() {
        return r -> new RecurringWindow(
                recurrences().sample(r),
                LocalTime.of(r.nextInt(24), 0),
                Duration.ofHours(r.nextInt(1, 13)),
                ZONES.get(r.nextInt(ZONES.size())));
    }

    /**
     * Scopes over the items of a graph: all items, or some of them.
     *
     * @param graph the graph
     * @return the sampler
     */
    public static Sampler<Scope> scopes(ServiceGraph graph) {
        return r -> {
            if (r.nextInt(3) == 0) {
                return Scope.all();
            }
            List<ConfigurationItemId> ids = new ArrayList<>();
            for (ConfigurationItem ci : graph.items()) {
                if (r.nextInt(3) == 0) {
                    ids.add(ci.id());
                }
            }
            if (ids.isEmpty()) {
                ids.add(graph.items().get(r.nextInt(graph.items().size())).id());
            }
            return Scope.of(ids);
        };
    }

    /**
     * Schedules with 0 to 2 recurring and 0 to 3 one-off windows.
     *
     * @param graph the graph whose items the scope names
     * @return the sampler
     */
    public static Sampler<Schedule> schedules(ServiceGraph graph) {
        return r -> new Schedule(
                "schedule-" + r.nextInt(1000),
                scopes(graph).sample(r),
                recurringWindows().sampleList(r, 0, 2),
                windows().sampleList(r, 0, 3));
    }

    /**
     * Hard and soft freezes (soft ones lifted by role "change-manager").
     *
     * @return the sampler
     */
    public static Sampler<Freeze> freezes() {
        return r -> r.nextBoolean() ? Freeze.hard() : Freeze.soft("change-manager");
    }

    /**
     * Blackouts.
     *
     * @param graph the graph whose items the scope names
     * @return the sampler
     */
    public static Sampler<Blackout> blackouts(ServiceGraph graph) {
        return r -> new Blackout(schedules(graph).sample(r), freezes().sample(r));
    }

    /**
     * Change requests touching 0 to 3 items of a graph, planned in {@link #windows()} (sometimes not planned),
     * with random plans, outage, requester, implementer and group.
     *
     * @param graph the graph whose items the changes touch
     * @return the sampler
     */
    public static Sampler<ChangeDetails> changeDetails(ServiceGraph graph) {
        return r -> {
            ChangeDetails.Builder b =
                    ChangeDetails.builder(changeTypes().sample(r), "change " + r.nextInt(10_000), people().sample(r));
            b.items(someItems(r, graph, 0, 3));
            if (r.nextInt(5) > 0) {
                b.plannedWindow(windows().sample(r));
            }
            if (r.nextBoolean()) {
                b.implementationPlan("run the playbook");
            }
            if (r.nextBoolean()) {
                b.backoutPlan("restore the snapshot");
            }
            if (r.nextBoolean()) {
                b.testPlan("smoke tests");
            }
            b.outage(r.nextBoolean());
            if (r.nextBoolean()) {
                b.implementer(people().sample(r));
            }
            if (r.nextBoolean()) {
                b.assignmentGroup(TeamId.of("team-" + r.nextInt(3)));
            }
            return b.build();
        };
    }

    /**
     * Scheduled changes touching 0 to 3 items of a graph, in {@link #windows()}, assigned sometimes; their
     * identifiers are {@code CHG<n>} for a random n, so use {@link #calendars(ServiceGraph, int)} for distinct
     * ones.
     *
     * @param graph the graph whose items the changes touch
     * @return the sampler
     */
    public static Sampler<ScheduledChange> scheduledChanges(ServiceGraph graph) {
        return r -> scheduled(r, graph, "CHG" + r.nextInt(1_000_000));
    }

    /**
     * Calendars of 0 to {@code max} scheduled changes with distinct identifiers {@code CHG0}, {@code CHG1}...
     *
     * @param graph the graph whose items the changes touch
     * @param max the most changes
     * @return the sampler
     */
    public static Sampler<List<ScheduledChange>> calendars(ServiceGraph graph, int max) {
        return r -> {
            int n = r.nextInt(max + 1);
            List<ScheduledChange> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(scheduled(r, graph, "CHG" + i));
            }
            return out;
        };
    }

    /**
     * A change calendar over a graph with its schedules and options, kept alongside so tests can compare.
     *
     * @param graph the graph
     * @param calendar the calendar built from the rest
     * @param blackouts its blackouts
     * @param maintenance its maintenance schedules
     * @param relatedWithin how many relationships away items are related
     */
    public record CalendarSetUp(
            ServiceGraph graph,
            ChangeCalendar calendar,
            List<Blackout> blackouts,
            List<Schedule> maintenance,
            int relatedWithin) {}

    /**
     * Change calendars over a graph with 0 to 2 blackouts and 0 to 2 maintenance schedules, relating items 1 or
     * 2 relationships away.
     *
     * @param graph the graph
     * @return the sampler
     */
    public static Sampler<CalendarSetUp> changeCalendars(ServiceGraph graph) {
        return r -> {
            List<Blackout> blackouts = blackouts(graph).sampleList(r, 0, 2);
            List<Schedule> maintenance = schedules(graph).sampleList(r, 0, 2);
            int hops = r.nextInt(1, 3);
            ChangeCalendar.Builder b = ChangeCalendar.builder(graph).relatedWithin(hops);
            blackouts.forEach(b::blackout);
            maintenance.forEach(b::maintenance);
            return new CalendarSetUp(graph, b.build(), blackouts, maintenance, hops);
        };
    }

    /**
     * Conflicts of every kind a random calendar of up to 30 changes over a graph has (retried until one is
     * found).
     *
     * @param graph the graph
     * @return the sampler
     */
    public static Sampler<Conflict> conflicts(ServiceGraph graph) {
        return r -> {
            while (true) {
                List<Conflict> found = changeCalendars(graph)
                        .sample(r)
                        .calendar()
                        .conflicts(calendars(graph, 30).sample(r));
                if (!found.isEmpty()) {
                    return found.get(r.nextInt(found.size()));
                }
            }
        };
    }

    /**
     * Assessments of random changes of a graph by random risk models.
     *
     * @param graph the graph
     * @return the sampler
     */
    public static Sampler<RiskAssessment> riskAssessments(ServiceGraph graph) {
        return r -> {
            Questionnaire q = questionnaires().sample(r);
            return RiskModel.builder(riskBands().sample(r))
                    .questionnaire(q)
                    .factor(riskFactors().sample(r))
                    .rule(riskRules().sample(r))
                    .build()
                    .assess(riskContexts(graph, q).sample(r));
        };
    }

    private static ScheduledChange scheduled(RandomGenerator r, ServiceGraph graph, String id) {
        return new ScheduledChange(
                ChangeId.of(id),
                someItems(r, graph, 0, 3),
                windows().sample(r),
                r.nextBoolean() ? Optional.of(people().sample(r)) : Optional.empty());
    }

    private static Set<ConfigurationItemId> someItems(RandomGenerator r, ServiceGraph graph, int min, int max) {
        Set<ConfigurationItemId> ids = new LinkedHashSet<>();
        int n = r.nextInt(min, max + 1);
        for (int i = 0; i < n; i++) {
            ids.add(graph.items().get(r.nextInt(graph.items().size())).id());
        }
        return ids;
    }

    /**
     * Change requests of a random graph after a random walk of up to 20 commands: lifecycle steps, risk
     * assessments, approvals with decisions, delegations and sometimes a break-glass override, revisions,
     * reschedulings and reviews. Stamps have nanoseconds, and about one command in five is retroactive: it
     * occurred before the last event and is recorded later (decided on the change as it stood then). Instants
     * held inside events (windows, delegations, reviews) are on whole seconds.
     *
     * @return the sampler
     */
    public static Sampler<ChangeRequest> changeRequests() {
        return r -> changeRequests(CoreFixtures.serviceGraphs().sample(r)).sample(r);
    }

    /**
     * Change requests touching the items of a graph, after a random walk of up to 20 commands, some of them
     * retroactive.
     *
     * @param graph the graph
     * @return the sampler
     */
    public static Sampler<ChangeRequest> changeRequests(ServiceGraph graph) {
        return r -> {
            ChangeDetails details = changeDetails(graph).sample(r);
            Instant first = BASE.minusSeconds(r.nextInt(86_400 * 30)).plusNanos(r.nextInt(1_000_000_000));
            ChangeRequest c = ChangeRequest.raise(
                    ChangeId.of("CHG" + r.nextInt(1_000_000)),
                    ChangeModel.serviceNow(details.type()),
                    details,
                    Stamp.of(details.requester(), first));
            Instant recorded = first;
            for (int step = r.nextInt(21); step > 0; step--) {
                recorded = recorded.plusSeconds(r.nextInt(1, 7200)).plusNanos(r.nextInt(1_000_000_000));
                Instant occurred = r.nextInt(5) == 0
                        ? first.plusNanos(
                                r.nextLong(Duration.between(first, recorded).toNanos()))
                        : recorded;
                try {
                    c = command(r, graph, c, occurred, recorded);
                } catch (ItsmException refused) {
                    // a command the change refuses in its state (or, retroactive, in its history): the walk goes
                    // on with the change as it was
                }
            }
            return c;
        };
    }

    private static final RiskModel WALK_RISK = RiskModel.builder(RiskBands.SERVICENOW_SIMPLIFIED)
            .factor(RiskFactors.outage(30))
            .factor(RiskFactors.missingBackoutPlan(30))
            .build();

    private static ChangeRequest command(
            RandomGenerator r, ServiceGraph graph, ChangeRequest c, Instant at, Instant recorded) {
        ActorId someone = people().sample(r);
        Stamp stamp = Stamp.of(someone, at, recorded);
        switch (r.nextInt(10)) {
            case 0, 1, 2 -> {
                List<ChangeState> targets =
                        new ArrayList<>(c.model().lifecycle().targetsOf(c.state()));
                return targets.isEmpty() ? c : c.transition(targets.get(r.nextInt(targets.size())), stamp);
            }
            case 3 -> {
                List<ApprovalStep> steps = new ArrayList<>();
                for (int i = r.nextInt(1, 3); i > 0; i--) {
                    ApprovalStep s = approvalSteps().sample(r);
                    steps.add(ApprovalStep.of("step " + i, s.quorum(), s.approvers()));
                }
                return c.requestApproval(
                        steps,
                        r.nextBoolean() ? SegregationOfDuties.STRICT : SegregationOfDuties.REQUESTER_ONLY,
                        stamp);
            }
            case 4, 5 -> {
                if (c.approval().isEmpty() || c.approval().get().steps().isEmpty()) {
                    return c;
                }
                List<ApprovalStep> steps = c.approval().get().steps();
                ApprovalStep s = steps.get(r.nextInt(steps.size()));
                ActorId approver = s.approvers().get(r.nextInt(s.approvers().size()));
                return c.decide(
                        s.name(),
                        approver,
                        r.nextInt(5) > 0 ? Decision.ACCEPT : Decision.REFUSE,
                        Stamp.of(approver, at, recorded));
            }
            case 6 -> {
                Instant from = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                return r.nextBoolean()
                        ? c.delegate(delegations().sample(r), stamp)
                        : c.breakGlass("service down", stamp)
                                .delegate(
                                        new Delegation(
                                                someone, ActorId.of("deputy"), Window.of(from, Duration.ofDays(1))),
                                        stamp);
            }
            case 7 -> {
                return r.nextBoolean()
                        ? c.reschedule(windows().sample(r), stamp)
                        : c.revise(
                                c.details().toBuilder()
                                        .outage(!c.details().outage())
                                        .build(),
                                stamp);
            }
            case 8 -> {
                return c.assessRisk(
                        WALK_RISK, RiskContext.builder(c.details(), graph, at).build(), stamp);
            }
            default -> {
                return c.review(reviews().sample(r), stamp);
            }
        }
    }

    /**
     * Risk bands over 1 to 4 levels with random increasing thresholds.
     *
     * @return the sampler
     */
    public static Sampler<RiskBands> riskBands() {
        return r -> {
            Map<RiskLevel, Long> begins = new EnumMap<>(RiskLevel.class);
            long from = 0;
            for (RiskLevel l : RiskLevel.values()) {
                if (begins.isEmpty() || r.nextBoolean()) {
                    begins.put(l, from);
                    from += r.nextLong(1, 40);
                }
            }
            return RiskBands.of(begins);
        };
    }

    /**
     * Questions with 1 to 4 answers of 0 to 10 points and a weight of 0 to 3.
     *
     * @return the sampler
     */
    public static Sampler<Question> questions() {
        return r -> {
            List<Question.Answer> answers = new ArrayList<>();
            for (int a = r.nextInt(1, 5); a > 0; a--) {
                answers.add(new Question.Answer("a" + a, "answer " + a, r.nextInt(11)));
            }
            return new Question("q" + r.nextInt(1000), "question?", r.nextInt(4), answers);
        };
    }

    /**
     * Questionnaires of 1 to 5 questions with distinct identifiers.
     *
     * @return the sampler
     */
    public static Sampler<Questionnaire> questionnaires() {
        return r -> {
            List<Question> qs = new ArrayList<>();
            for (int i = r.nextInt(1, 6); i > 0; i--) {
                Question q = questions().sample(r);
                qs.add(new Question("q" + i, q.text(), q.weight(), q.answers()));
            }
            return new Questionnaire("questionnaire", qs);
        };
    }

    /**
     * Monotone impact x success-probability look-up tables.
     *
     * @return the sampler
     */
    public static Sampler<RiskLookup> riskLookups() {
        return r -> {
            RiskLookup.Builder b = RiskLookup.builder();
            int[][] level = new int[3][3];
            for (int i = 2; i >= 0; i--) {
                for (int p = 0; p < 3; p++) {
                    int floor = Math.max(i < 2 ? level[i + 1][p] : 0, p > 0 ? level[i][p - 1] : 0);
                    level[i][p] = r.nextInt(floor, 4);
                    b.cell(ChangeImpact.values()[i], SuccessProbability.values()[p], RiskLevel.values()[level[i][p]]);
                }
            }
            return b.build();
        };
    }

    /**
     * Each built-in risk factor with random points (the lead time factor needs a business calendar in the
     * context).
     *
     * @return the sampler
     */
    public static Sampler<RiskFactor> riskFactors() {
        return r -> switch (r.nextInt(8)) {
            case 0 -> {
                Map<Criticality, Integer> byCriticality = new EnumMap<>(Criticality.class);
                int p = 0;
                for (int c = Criticality.values().length - 1; c >= 0; c--) {
                    p += r.nextInt(5);
                    byCriticality.put(Criticality.values()[c], p);
                }
                yield RiskFactors.blastRadius(r.nextInt(5), r.nextInt(3), byCriticality);
            }
            case 1 -> RiskFactors.missingBackoutPlan(r.nextInt(20));
            case 2 -> RiskFactors.missingTestPlan(r.nextInt(20));
            case 3 -> RiskFactors.outage(r.nextInt(20));
            case 4 -> RiskFactors.emergency(r.nextInt(20));
            case 5 -> RiskFactors.businessHours(r.nextInt(20));
            case 6 -> RiskFactors.leadTimeShortfall(LeadTime.ofBusinessDays(r.nextInt(6)), r.nextInt(20));
            default -> RiskFactors.trackRecord(ChangeSuccessScore.SERVICENOW, r.nextLong(-20, 20), r.nextInt(20));
        };
    }

    /**
     * Rules with built-in (monotone) conditions.
     *
     * @return the sampler
     */
    public static Sampler<RiskRule> riskRules() {
        return r -> {
            RiskCondition c = switch (r.nextInt(4)) {
                case 0 -> RiskCondition.touchesCriticality(Criticality.values()[r.nextInt(4)]);
                case 1 -> RiskCondition.impactsCriticality(Criticality.values()[r.nextInt(4)]);
                case 2 -> RiskCondition.applies(riskFactors().sample(r));
                default ->
                    RiskCondition.allOf(List.of(
                            RiskCondition.applies(RiskFactors.outage(1)),
                            RiskCondition.anyOf(List.of(
                                    RiskCondition.applies(RiskFactors.emergency(1)),
                                    RiskCondition.touchesCriticality(Criticality.HIGH)))));
            };
            return new RiskRule("rule " + r.nextInt(100), c, RiskLevel.values()[r.nextInt(4)]);
        };
    }

    /**
     * Risk models with random bands, sometimes a questionnaire and a look-up, 0 to 5 factors with distinct
     * names and 0 to 3 rules listed from the highest level down.
     *
     * @return the sampler
     */
    public static Sampler<RiskModel> riskModels() {
        return r -> {
            RiskModel.Builder b = RiskModel.builder(riskBands().sample(r));
            if (r.nextBoolean()) {
                b.questionnaire(questionnaires().sample(r));
            }
            Set<String> names = new HashSet<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                RiskFactor f = riskFactors().sample(r);
                if (names.add(f.name())) {
                    b.factor(f);
                }
            }
            List<RiskRule> rules = new ArrayList<>(riskRules().sampleList(r, 0, 3));
            rules.sort((x, y) -> y.level().compareTo(x.level()));
            rules.forEach(b::rule);
            if (r.nextBoolean()) {
                b.lookup(riskLookups().sample(r));
            }
            return b.build();
        };
    }

    /**
     * Risk contexts for a change of a graph, with every fact a model may need: answers to every question of a
     * questionnaire, a Monday-to-Friday 09:00-17:00 UTC business calendar, service hours, users, a track record,
     * impact and success probability.
     *
     * @param graph the graph
     * @param questionnaire the questionnaire to answer
     * @return the sampler
     */
    public static Sampler<RiskContext> riskContexts(ServiceGraph graph, Questionnaire questionnaire) {
        return r -> {
            RiskContext.Builder b = RiskContext.builder(
                            changeDetails(graph).sample(r), graph, BASE.minus(Duration.ofHours(r.nextInt(24 * 10))))
                    .businessCalendar(OFFICE)
                    .trackRecord(trackRecords().sample(r))
                    .impact(ChangeImpact.values()[r.nextInt(3)])
                    .successProbability(SuccessProbability.values()[r.nextInt(3)]);
            for (Question q : questionnaire.questions()) {
                b.answer(q.id(), q.answers().get(r.nextInt(q.answers().size())).id());
            }
            for (ConfigurationItem ci : graph.items()) {
                if (ci.kind().isService()) {
                    if (r.nextBoolean()) {
                        b.serviceHours(ci.id(), OFFICE);
                    }
                    b.users(ci.id(), r.nextLong(5_000));
                }
            }
            return b.build();
        };
    }

    /** Monday to Friday, 09:00-17:00 UTC. */
    public static final BusinessCalendar OFFICE =
            BusinessCalendar.weekdays(ZoneId.of("UTC"), TimeWindow.parse("09:00-17:00"));

    /**
     * Track records of up to 20 of each count.
     *
     * @return the sampler
     */
    public static Sampler<TrackRecord> trackRecords() {
        return r ->
                new TrackRecord(r.nextInt(21), r.nextInt(21), r.nextInt(21), r.nextInt(3), r.nextInt(5), r.nextInt(8));
    }

    /**
     * Change Success Score multipliers in the allowed order.
     *
     * @return the sampler
     */
    public static Sampler<ChangeSuccessScore> changeSuccessScores() {
        return r -> {
            int ok = r.nextInt(0, 6);
            int issues = r.nextInt(-5, ok + 1);
            int failed = r.nextInt(-10, Math.min(issues, 0) + 1);
            int p3 = r.nextInt(-5, 1);
            int p2 = r.nextInt(p3 - 5, p3 + 1);
            int p1 = r.nextInt(p2 - 5, p2 + 1);
            return new ChangeSuccessScore(ok, issues, failed, p1, p2, p3);
        };
    }

    /**
     * Lead times of 0 to 15 business days.
     *
     * @return the sampler
     */
    public static Sampler<LeadTime> leadTimes() {
        return r -> LeadTime.ofBusinessDays(r.nextInt(16));
    }

    /**
     * Monotone lead-time policies.
     *
     * @return the sampler
     */
    public static Sampler<LeadTimePolicy> leadTimePolicies() {
        return r -> {
            Map<RiskLevel, LeadTime> m = new EnumMap<>(RiskLevel.class);
            int days = 0;
            for (RiskLevel l : RiskLevel.values()) {
                days += r.nextInt(4);
                m.put(l, LeadTime.ofBusinessDays(days));
            }
            return new LeadTimePolicy(m);
        };
    }

    /**
     * The authority matrix presets.
     *
     * @return the sampler
     */
    public static Sampler<AuthorityMatrix> authorityMatrices() {
        return Sampler.oneOf(List.of(AuthorityMatrix.SERVICENOW_SIMPLIFIED, AuthorityMatrix.BY_RISK));
    }

    /**
     * Quorums: percentages (0, 50, 67, 100 and random) and fractions.
     *
     * @return the sampler
     */
    public static Sampler<Quorum> quorums() {
        return r -> switch (r.nextInt(4)) {
            case 0 -> Quorum.percent(List.of(0, 50, 67, 100).get(r.nextInt(4)));
            case 1 -> Quorum.percent(r.nextInt(101));
            case 2 -> {
                int d = r.nextInt(1, 10);
                yield Quorum.fraction(r.nextInt(d + 1), d);
            }
            default -> r.nextBoolean() ? Quorum.ALL : Quorum.ANY;
        };
    }

    /**
     * Undecided approval steps of 1 to 6 approvers from the pool of {@link #people()}.
     *
     * @return the sampler
     */
    public static Sampler<ApprovalStep> approvalSteps() {
        return r -> {
            List<ActorId> pool = new ArrayList<>(PEOPLE);
            Collections.shuffle(pool, new Random(r.nextLong()));
            return ApprovalStep.of("step-" + r.nextInt(100), quorums().sample(r), pool.subList(0, r.nextInt(1, 7)));
        };
    }

    /**
     * Approvals of a change by people outside the pool of {@link #people()} (so segregation of duties never
     * refuses), with 0 to 3 steps, after random decisions and sometimes a break-glass override.
     *
     * @return the sampler
     */
    public static Sampler<Approval> approvals() {
        return r -> {
            ChangeDetails details = ChangeDetails.builder(ChangeType.NORMAL, "change", ActorId.of("requester"))
                    .implementer(ActorId.of("implementer"))
                    .build();
            List<ApprovalStep> steps = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                ApprovalStep s = approvalSteps().sample(r);
                steps.add(ApprovalStep.of("step " + i, s.quorum(), s.approvers()));
            }
            Approval a = Approval.start(ChangeId.of("CHG1"), details, SegregationOfDuties.STRICT, steps);
            Instant at = BASE;
            for (ApprovalStep s : steps) {
                for (ActorId who : s.approvers()) {
                    if (r.nextBoolean()) {
                        at = at.plusSeconds(r.nextInt(3600));
                        a = a.decide(s.name(), who, r.nextBoolean() ? Decision.ACCEPT : Decision.REFUSE, at);
                    }
                }
            }
            if (a.status() != ApprovalStatus.ACCEPTED && r.nextInt(4) == 0) {
                a = a.breakGlass(ActorId.of("duty-manager"), "production is down", at.plusSeconds(60));
            }
            return a;
        };
    }

    /**
     * Delegations between two different people of the pool, valid for a window.
     *
     * @return the sampler
     */
    public static Sampler<Delegation> delegations() {
        return r -> {
            ActorId from = people().sample(r);
            ActorId to = PEOPLE.get((PEOPLE.indexOf(from) + r.nextInt(1, PEOPLE.size())) % PEOPLE.size());
            return new Delegation(from, to, windows().sample(r));
        };
    }

    /**
     * Incidents caused, of every priority.
     *
     * @return the sampler
     */
    public static Sampler<CausedIncident> causedIncidents() {
        return r -> new CausedIncident(TicketId.of("INC" + r.nextInt(1_000_000)), r.nextInt(1, 6));
    }

    /**
     * Post-implementation reviews of every outcome (backed out ones never successful), with 0 to 3 incidents.
     *
     * @return the sampler
     */
    public static Sampler<PostImplementationReview> reviews() {
        return r -> {
            ChangeOutcome outcome = ChangeOutcome.values()[r.nextInt(3)];
            boolean backedOut = outcome != ChangeOutcome.SUCCESSFUL && r.nextBoolean();
            List<CausedIncident> incidents = new ArrayList<>();
            Set<TicketId> seen = new HashSet<>();
            for (CausedIncident i : causedIncidents().sampleList(r, 0, 3)) {
                if (seen.add(i.incident())) {
                    incidents.add(i);
                }
            }
            return new PostImplementationReview(
                    outcome, backedOut, incidents, people().sample(r), BASE.plusSeconds(r.nextInt(86_400 * 90)), "");
        };
    }

    /**
     * Closed changes of every type and model, over 3 teams, 4 items, 2 services and 90 days.
     *
     * @return the sampler
     */
    public static Sampler<ClosedChange> closedChanges() {
        return r -> {
            ChangeType type = changeTypes().sample(r);
            Set<ConfigurationItemId> items = new HashSet<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                items.add(ConfigurationItemId.of("ci-" + r.nextInt(4)));
            }
            Set<ConfigurationItemId> services =
                    r.nextBoolean() ? Set.of(ConfigurationItemId.of("svc-" + r.nextInt(2))) : Set.of();
            return new ClosedChange(
                    ChangeId.of("CHG" + r.nextInt(1_000_000)),
                    type,
                    ChangeModel.serviceNow(type).name(),
                    r.nextInt(4) == 0 ? Optional.empty() : Optional.of(TeamId.of("team-" + r.nextInt(3))),
                    items,
                    services,
                    BASE.plusSeconds(r.nextInt(86_400 * 90)),
                    r.nextInt(5) == 0,
                    reviews().sample(r));
        };
    }

    /**
     * Metrics of 0 to 30 closed changes.
     *
     * @return the sampler
     */
    public static Sampler<ChangeMetrics> changeMetrics() {
        return r -> ChangeMetrics.of(closedChanges().sampleList(r, 0, 30));
    }

    /**
     * Shares with totals up to 1,000.
     *
     * @return the sampler
     */
    public static Sampler<Share> shares() {
        return r -> {
            long total = r.nextLong(1001);
            return new Share(r.nextLong(total + 1), total);
        };
    }
}
