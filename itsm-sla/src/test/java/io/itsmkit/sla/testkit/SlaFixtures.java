package io.itsmkit.sla.testkit;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementId;
import io.itsmkit.sla.agreement.AgreementKind;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.Metrics;
import io.itsmkit.sla.agreement.PriorityChangePolicy;
import io.itsmkit.sla.agreement.ReopenPolicy;
import io.itsmkit.sla.agreement.Targets;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.clock.ClockEvaluator;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.condition.TicketEventKind;
import io.itsmkit.sla.escalation.EscalationPolicy;
import io.itsmkit.sla.escalation.EscalationRule;
import io.itsmkit.sla.escalation.Recipient;
import io.itsmkit.sla.experience.ExperienceMeasure;
import io.itsmkit.sla.experience.ExperienceTarget;
import io.itsmkit.sla.ratio.Ratio;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Samplers of every public itsm-sla value type, valid by construction, for property tests of itsmkit and of
 * host applications. Agreements are drawn on the preset priority matrices of {@link CoreFixtures#tickets()},
 * so a sampled agreement can be evaluated on a sampled ticket.
 */
public final class SlaFixtures {
    private SlaFixtures() {}

    private static final List<PriorityMatrix> MATRICES =
            List.of(PriorityMatrices.ITIL, PriorityMatrices.GLPI, PriorityMatrices.ITOP, PriorityMatrices.ZNUNY);
    private static final List<TeamId> TEAMS =
            List.of(TeamId.of("service-desk"), TeamId.of("network"), TeamId.of("database"));
    private static final List<SupplierId> SUPPLIERS = List.of(SupplierId.of("telco"), SupplierId.of("hw-vendor"));
    private static final List<String> ZONES =
            List.of("Europe/Rome", "America/New_York", "Asia/Kolkata", "UTC", "Australia/Sydney", "America/Sao_Paulo");

    /**
     * Calendars: 24x7, or Monday-to-Friday working hours (one or two windows) in a zone with DST or without.
     *
     * @return the sampler
     */
    public static Sampler<BusinessCalendar> calendars() {
        return r -> {
            ZoneId zone = ZoneId.of(pick(r, ZONES));
            return switch (r.nextInt(3)) {
                case 0 -> BusinessCalendar.twentyFourSeven(zone);
                case 1 -> BusinessCalendar.weekdays(zone, TimeWindow.parse("09:00-17:00"));
                default ->
                    BusinessCalendar.builder(zone)
                            .hours(
                                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                                    TimeWindow.parse("08:30-13:00"),
                                    TimeWindow.parse("14:00-18:00"))
                            .build();
            };
        };
    }

    /**
     * Targets per priority of one of the preset matrices, or one target: 1 minute to 10 days of working time,
     * to the nanosecond sometimes.
     *
     * @return the sampler
     */
    public static Sampler<Targets> targets() {
        return r -> {
            if (r.nextInt(4) == 0) {
                return Targets.of(duration(r));
            }
            PriorityMatrix m = pick(r, MATRICES);
            Duration[] d = new Duration[m.priorities().size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = duration(r);
            }
            return Targets.of(m.priorities(), d);
        };
    }

    /**
     * Targets valid for every preset matrix's priorities: one target.
     *
     * @return the sampler
     */
    public static Sampler<Targets> singleTargets() {
        return r -> Targets.of(duration(r));
    }

    private static Duration duration(RandomGenerator r) {
        return Duration.ofSeconds(r.nextLong(60, 10L * 86_400), r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    /**
     * Thresholds: percents of the target and working time before breach.
     *
     * @return the sampler
     */
    public static Sampler<Threshold> thresholds() {
        return r -> r.nextBoolean()
                ? Threshold.percent(r.nextInt(1, 201))
                : Threshold.beforeBreach(Duration.ofMinutes(r.nextLong(1, 600)));
    }

    /**
     * Ticket conditions of every kind, nested up to two levels.
     *
     * @return the sampler
     */
    public static Sampler<TicketCondition> conditions() {
        return r -> condition(r, 2);
    }

    private static TicketCondition condition(RandomGenerator r, int depth) {
        int k = r.nextInt(depth > 0 ? 17 : 13);
        return switch (k) {
            case 0 -> TicketCondition.happened(pick(r, List.of(TicketEventKind.values())));
            case 1 -> TicketCondition.inState(pick(r, List.of(TicketState.values())));
            case 2 -> TicketCondition.onHold(CoreFixtures.onHoldReasons().sample(r));
            case 3 -> TicketCondition.firstResponded();
            case 4 -> TicketCondition.assignedTo(pick(r, TEAMS));
            case 5 -> TicketCondition.engaged(pick(r, SUPPLIERS));
            case 6 -> TicketCondition.ofKind(r.nextBoolean() ? TicketKind.INCIDENT : TicketKind.SERVICE_REQUEST);
            case 7 -> TicketCondition.service(io.itsmkit.core.cmdb.ConfigurationItemId.of("service-" + r.nextInt(3)));
            case 8 -> TicketCondition.customer(io.itsmkit.core.organisation.CustomerId.of("customer-" + r.nextInt(3)));
            case 9 -> TicketCondition.vip();
            case 10 ->
                TicketCondition.priorityAtLeast(
                        pick(r, pick(r, MATRICES).priorities().levels()));
            case 11 -> TicketCondition.category(CoreFixtures.categories().sample(r));
            case 12 ->
                TicketCondition.configurationItem(io.itsmkit.core.cmdb.ConfigurationItemId.of("ci-" + r.nextInt(4)));
            case 13 -> TicketCondition.not(condition(r, depth - 1));
            case 14 -> TicketCondition.anyOf(condition(r, depth - 1), condition(r, depth - 1));
            case 15 -> TicketCondition.allOf(condition(r, depth - 1), condition(r, depth - 1));
            default -> TicketCondition.named("rule " + r.nextInt(10), condition(r, depth - 1));
        };
    }

    /**
     * Metrics: every preset, with random single targets (valid on any ticket), calendars, pause reasons,
     * warnings, reset conditions and policies.
     *
     * @return the sampler
     */
    public static Sampler<Metric> metrics() {
        return r -> {
            Targets t = singleTargets().sample(r);
            CalendarChoice cal = CalendarChoice.fixed(calendars().sample(r));
            Metric m = switch (r.nextInt(4)) {
                case 0 -> Metrics.firstResponse(t, cal);
                case 1 -> Metrics.resolution(t, cal);
                case 2 -> Metrics.teamTime(pick(r, TEAMS), t, cal);
                default -> Metrics.supplierTime(pick(r, SUPPLIERS), t, cal);
            };
            if (r.nextBoolean()) {
                m = m.withPauseOn(
                        OnHoldReason.AWAITING_CALLER,
                        CoreFixtures.onHoldReasons().sample(r));
            }
            if (r.nextInt(4) == 0) {
                m = m.withReset(TicketCondition.happened(TicketEventKind.ASSIGNMENT_CHANGED));
            }
            if (r.nextInt(3) == 0) {
                List<Threshold> w = new ArrayList<>();
                for (int i = r.nextInt(0, 4); i > 0; i--) {
                    w.add(thresholds().sample(r));
                }
                m = m.withWarnings(w.toArray(new Threshold[0]));
            }
            return m.withPriorityChange(pick(r, List.of(PriorityChangePolicy.values())))
                    .withReopen(pick(r, List.of(ReopenPolicy.values())));
        };
    }

    /**
     * Agreements (SLA, OLA, UC) of one to four metrics with distinct names, applicable to every ticket, so
     * they evaluate on any ticket of {@link CoreFixtures#tickets()}.
     *
     * @return the sampler
     */
    public static Sampler<Agreement> agreements() {
        return r -> {
            List<Metric> ms = new ArrayList<>();
            for (int i = r.nextInt(1, 5); i > 0; i--) {
                ms.add(metrics().sample(r).withName("metric " + i));
            }
            return new Agreement(
                    AgreementId.of("agreement-" + r.nextInt(1000)),
                    "Agreement",
                    pick(r, List.of(AgreementKind.SLA, AgreementKind.OLA, AgreementKind.UC)),
                    List.of(),
                    ms,
                    List.of());
        };
    }

    /**
     * Experience targets on every measure.
     *
     * @return the sampler
     */
    public static Sampler<ExperienceTarget> experienceTargets() {
        return r -> {
            ExperienceMeasure m = pick(r, List.of(ExperienceMeasure.values()));
            return new ExperienceTarget(m + " target", m, Ratio.of(r.nextInt(-10, 71), 10));
        };
    }

    /**
     * Survey answers for a measure: 0 to 40 answers on its scale.
     *
     * @param measure the measure
     * @return the sampler
     */
    public static Sampler<List<Integer>> answers(ExperienceMeasure measure) {
        return r -> {
            List<Integer> a = new ArrayList<>();
            for (int i = r.nextInt(0, 41); i > 0; i--) {
                a.add(r.nextInt(measure.lowest(), measure.highest() + 1));
            }
            return a;
        };
    }

    /**
     * Escalation policies: the hierarchical preset, or one to four rules at random thresholds to role levels.
     *
     * @return the sampler
     */
    public static Sampler<EscalationPolicy> escalationPolicies() {
        return r -> {
            if (r.nextBoolean()) {
                return EscalationPolicy.hierarchical();
            }
            List<EscalationRule> rules = new ArrayList<>();
            for (int i = r.nextInt(1, 5); i > 0; i--) {
                rules.add(EscalationRule.of(
                        "rule " + i, thresholds().sample(r), Recipient.role(pick(r, List.of(RoleLevel.values())))));
            }
            return new EscalationPolicy(rules);
        };
    }

    /**
     * Evaluated clocks of every stage: a sampled agreement on a sampled ticket, as of an instant from the
     * ticket's opening to some days after its last event.
     *
     * @return the sampler
     */
    public static Sampler<ClockStatus> clockStatuses() {
        return r -> {
            List<ClockStatus> c = evaluations().sample(r);
            return c.get(r.nextInt(c.size()));
        };
    }

    /**
     * The clocks of a sampled agreement on a sampled ticket as of a sampled instant.
     *
     * @return the sampler
     */
    public static Sampler<List<ClockStatus>> evaluations() {
        return r -> {
            Ticket t = CoreFixtures.tickets().sample(r);
            Agreement a = agreements().sample(r);
            return ClockEvaluator.DEFAULT
                    .evaluate(a, t.timeline(), instantIn(r, t))
                    .clocks();
        };
    }

    /**
     * An instant from a ticket's opening to ten days after its last event.
     *
     * @param r the randomness
     * @param t the ticket
     * @return the instant
     */
    public static Instant instantIn(RandomGenerator r, Ticket t) {
        Instant from = t.openedAt();
        Instant to = t.timeline().last().occurredAt().plus(Duration.ofDays(10));
        long span = Duration.between(from, to).toNanos();
        return from.plusNanos(r.nextLong(span + 1));
    }

    private static <T> T pick(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
