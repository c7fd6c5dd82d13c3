package io.itsmkit.examples;

import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.cmdb.BlastRadius;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.VersionConflictException;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.label.Labels;
import io.itsmkit.core.organisation.Agent;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.Organisation;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.SupportTier;
import io.itsmkit.core.organisation.Team;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.recurrence.ProblemCandidate;
import io.itsmkit.core.recurrence.RecurrenceDetector;
import io.itsmkit.core.recurrence.Similarity;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.AutoClosePolicy;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.MajorIncidentRule;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.MajorIncidentTriggers;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemResolution;
import io.itsmkit.core.ticket.ProblemState;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.ticket.Updated;
import io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A morning at a service desk, told with what itsmkit does today: priorities from the ITIL matrix, an
 * incident through its lifecycle to a major incident with its due time on a business calendar, the blast radius of the failing database, a problem
 * found from recurring incidents, an audit trail that detects tampering, optimistic storage, and Italian
 * labels. Every line printed is computed; nothing is canned.
 */
public final class Demo {
    private static final PriorityMatrix ITIL = PriorityMatrices.ITIL;
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final PrintStream out;

    private Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo and prints what happened.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new Demo(System.out).run();
    }

    private static Instant at(int minutes) {
        return MORNING.plus(Duration.ofMinutes(minutes));
    }

    private void run() {
        Organisation org = organisation();
        ServiceGraph cmdb = cmdb();
        Agent anna = org.agents().get(0);
        ActorId annaActor = anna.asActor();

        out.println("== 1. Incident INC-1001 through its lifecycle (ITIL priority matrix " + ITIL + ")");
        Updated<Ticket> step = Ticket.open(
                TicketKind.INCIDENT,
                draft("INC-1001", "E-mail down for finance", 2, 2, "exchange", "email"),
                annaActor,
                at(0));
        Ticket inc = print(step);
        inc = print(inc.assign(Assignment.toAgent(anna.team(), anna.id()), annaActor, at(2)));
        inc = print(inc.recordFirstResponse(annaActor, at(4)));
        inc = print(inc.transition(TicketState.IN_PROGRESS, annaActor, at(5)));

        BlastRadius radius = cmdb.blastRadius(ConfigurationItemId.of("db-01"));
        out.println("   the root cause is db-01; if it fails, impacted: "
                + radius.impacted().stream()
                        .map(i -> i.item().name() + " (" + i.distance() + " hop" + (i.distance() > 1 ? "s" : "") + ")")
                        .toList()
                + ", highest criticality " + radius.highestCriticality());
        inc = print(
                inc.reprioritise(ITIL, ITIL.impacts().level(1), ITIL.urgencies().level(1), annaActor, at(20)));

        MajorIncidentTriggers triggers = MajorIncidentTriggers.of(List.of(MajorIncidentRule.topPriority()));
        Optional<Updated<Ticket>> proposed = triggers.propose(inc, at(21));
        if (proposed.isPresent()) {
            inc = print(proposed.get());
            Agent head =
                    org.hierarchicalEscalation(RoleLevel.IT_SERVICE_ANALYST).get(0);
            out.println("   hierarchical escalation from the analyst reaches " + head.name() + " (" + head.roleLevel()
                    + ")");
            inc = print(inc.changeMajorIncident(
                    MajorIncidentState.ACCEPTED, "finance closing today", head.asActor(), at(25)));
        }
        Team next = org.functionalEscalation(anna.team()).orElseThrow();
        out.println("   functional escalation from " + org.team(anna.team()).name() + " goes to " + next.name());
        inc = print(inc.assign(Assignment.toTeam(next.id()), annaActor, at(26)));
        inc = print(inc.putOnHold(OnHoldReason.AWAITING_VENDOR, annaActor, at(40)));
        inc = print(inc.transition(TicketState.IN_PROGRESS, annaActor, at(95)));
        inc = print(inc.transition(TicketState.RESOLVED, annaActor, at(120)));
        BusinessCalendar office = BusinessCalendar.builder(ROME)
                .hours(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        TimeWindow.parse("08:30-13:00"),
                        TimeWindow.parse("14:00-18:00"))
                .holidays(Holidays.italy(MonthDay.of(6, 29)))
                .build();
        Instant due = office.addWorkingTime(inc.openedAt(), Duration.ofHours(4));
        out.println("   resolution target: 4 working hours on the Rome office calendar, due "
                + due.atZone(ROME).toLocalDateTime()
                + " Rome time; resolved after "
                + office.workingTimeBetween(inc.openedAt(), inc.resolvedAt().orElseThrow())
                + " of working time, " + (inc.resolvedAt().orElseThrow().isAfter(due) ? "late" : "in time"));
        AutoClosePolicy autoClose = AutoClosePolicy.afterDays(5);
        out.println(
                "   auto-close after 5 days due 6 days later? " + autoClose.isDue(inc, at(120).plus(Duration.ofDays(6)))
                        + " (accepted major incidents are never auto-closed)");
        try {
            inc.putOnHold(OnHoldReason.AWAITING_CALLER, annaActor, at(121));
        } catch (ItsmException e) {
            out.println("   refused: " + e.getMessage());
        }

        out.println();
        out.println("== 2. Recurring incidents become a problem");
        List<Ticket> incidents = new ArrayList<>(List.of(inc));
        for (int i = 2; i <= 4; i++) {
            incidents.add(Ticket.open(
                            TicketKind.INCIDENT,
                            draft("INC-100" + i, "Mailbox not loading", 3, 2, "exchange", "email"),
                            annaActor,
                            at(30 * i))
                    .value());
        }
        RecurrenceDetector detector = new RecurrenceDetector(Duration.ofHours(8), 3, Similarity.SAME_ITEM_AND_CATEGORY);
        for (ProblemCandidate c : detector.detect(incidents)) {
            out.println("   candidate [" + c.key() + "]: " + c.incidents() + " between " + c.firstOpenedAt() + " and "
                    + c.lastOpenedAt());
            Problem prb = Problem.open(
                            draft("PRB-77", "Recurring e-mail outages", 2, 2, "exchange", "email"), annaActor, at(200))
                    .value();
            prb = prb.transition(ProblemState.ASSESS, annaActor, at(210)).value();
            prb = prb.transition(ProblemState.ROOT_CAUSE_ANALYSIS, annaActor, at(230))
                    .value();
            prb = prb.recordWorkaround("fail over to db-02", annaActor, at(240)).value();
            out.println("   PRB-77 is a known error: "
                    + prb.knownError().orElseThrow().workaround());
            prb = prb.transition(ProblemState.FIX_IN_PROGRESS, annaActor, at(300))
                    .value();
            prb = prb.resolve(ProblemResolution.fixApplied(), annaActor, at(400))
                    .value();
            out.println("   PRB-77 " + prb.state() + " with "
                    + prb.resolution().orElseThrow().code() + " after "
                    + prb.timeline().events().size() + " events");
        }

        out.println();
        out.println("== 3. An audited priority override and a tampered audit trail");
        Ticket vip = Ticket.open(
                        TicketKind.SERVICE_REQUEST,
                        draft("REQ-2001", "New laptop for the CFO", 3, 3, "exchange", "hardware"),
                        annaActor,
                        at(130))
                .value();
        PriorityOverride override =
                PriorityOverride.of(ITIL.priorities().level(2), "CFO travels tomorrow", annaActor, at(131));
        vip = vip.overridePriority(override).value();
        out.println("   " + vip.id() + ": " + vip.priority().explanation());
        AuditTrail trail = AuditTrail.empty()
                .append(
                        at(131),
                        annaActor,
                        "priority.override",
                        vip.id().value(),
                        vip.priority().matrixPriority().toString(),
                        vip.priority().priority().toString(),
                        override.reason());
        trail = trail.append(at(132), annaActor, "state.change", inc.id().value(), "IN_PROGRESS", "RESOLVED", "");
        out.println("   audit trail of " + trail.entries().size() + " entries intact? "
                + trail.verify().isIntact());
        // someone deletes the first entry from the store
        AuditTrail stored =
                AuditTrail.of(trail.entries().subList(1, trail.entries().size()));
        out.println("   after someone deletes entry 0 from the store: first tampered entry "
                + stored.verify().firstTampered().getAsLong() + " ("
                + stored.verify().reason().orElseThrow() + ")");

        out.println();
        out.println("== 4. Storage with optimistic concurrency (in-memory reference adapter)");
        InMemoryTicketRepository repo = new InMemoryTicketRepository();
        Versioned<Ticket> v1 = repo.add(vip);
        repo.replace(vip.transition(TicketState.IN_PROGRESS, annaActor, at(140)).value(), v1.version());
        try {
            repo.replace(
                    vip.transition(TicketState.CANCELLED, annaActor, at(141)).value(), v1.version());
        } catch (VersionConflictException conflict) {
            out.println("   a second writer based on version 1 loses: " + conflict.getMessage());
        }
        out.println("   stored: " + repo.find(vip.id()).orElseThrow().value().state() + " at version "
                + repo.find(vip.id()).orElseThrow().version());

        out.println();
        out.println("== 5. Etichette in italiano");
        Labels it = Labels.of(Locale.ITALIAN);
        out.println("   " + inc.id() + ": " + it.label(inc.state()) + "; " + it.label(TicketState.ON_HOLD) + " ("
                + it.label(OnHoldReason.AWAITING_VENDOR) + "); " + it.label(RoleLevel.HEAD_OF_IT_SERVICE_MANAGEMENT));
    }

    private Ticket print(Updated<Ticket> u) {
        TicketEvent e = u.event();
        String what;
        if (e instanceof TicketEvent.Opened o) {
            what = "opened \"" + o.title() + "\", " + o.priority().explanation();
        } else if (e instanceof TicketEvent.PriorityChanged p) {
            what = "priority changed: " + p.priority().explanation();
        } else if (e instanceof TicketEvent.Assigned a) {
            what = "assigned: " + describe(a.assignment());
        } else if (e instanceof TicketEvent.StateChanged c) {
            what = "state " + c.from() + " -> " + c.to()
                    + c.onHoldReason().map(r -> " (" + r + ")").orElse("") + (c.isReopen() ? " [reopen]" : "");
        } else if (e instanceof TicketEvent.FirstResponded) {
            what = "first response to the caller";
        } else if (e instanceof TicketEvent.MajorIncidentChanged m) {
            what = "major incident " + m.from() + " -> " + m.to() + " (" + m.reason() + ")";
        } else {
            what = e.getClass().getSimpleName();
        }
        out.println("   " + e.at() + " " + u.value().id() + " by " + e.actor() + ": " + what);
        return u.value();
    }

    private static String describe(Assignment a) {
        if (a instanceof Assignment.ToTeam t) {
            return "team " + t.team() + t.agent().map(x -> ", agent " + x).orElse("");
        }
        return "supplier " + ((Assignment.ToSupplier) a).supplier();
    }

    private static TicketDraft draft(String id, String title, int impact, int urgency, String ci, String category) {
        return TicketDraft.builder()
                .id(TicketId.of(id))
                .title(title)
                .priority(PriorityDecision.derive(
                        ITIL, ITIL.impacts().level(impact), ITIL.urgencies().level(urgency)))
                .affectedItem(ConfigurationItemId.of(ci))
                .category(Category.of(category))
                .build();
    }

    private static Organisation organisation() {
        return Organisation.builder()
                .addTeams(
                        Team.builder()
                                .id(TeamId.of("desk"))
                                .name("Service desk")
                                .tier(SupportTier.TIER_1)
                                .escalatesTo(TeamId.of("messaging"))
                                .build(),
                        Team.builder()
                                .id(TeamId.of("messaging"))
                                .name("Messaging team")
                                .tier(SupportTier.TIER_2)
                                .build())
                .addAgents(
                        Agent.builder()
                                .id(AgentId.of("anna"))
                                .name("Anna")
                                .team(TeamId.of("desk"))
                                .roleLevel(RoleLevel.IT_SERVICE_ANALYST)
                                .build(),
                        Agent.builder()
                                .id(AgentId.of("marco"))
                                .name("Marco")
                                .team(TeamId.of("messaging"))
                                .roleLevel(RoleLevel.IT_SERVICE_MANAGER)
                                .build())
                .build();
    }

    private static ServiceGraph cmdb() {
        return ServiceGraph.builder()
                .add(ConfigurationItem.of(
                        ConfigurationItemId.of("email"), "E-mail", ItemKind.BUSINESS_SERVICE, Criticality.HIGH))
                .add(ConfigurationItem.of(
                        ConfigurationItemId.of("payroll"),
                        "Payroll",
                        ItemKind.BUSINESS_SERVICE,
                        Criticality.MISSION_CRITICAL))
                .add(ConfigurationItem.of(
                        ConfigurationItemId.of("exchange"), "Exchange", ItemKind.APPLICATION, Criticality.HIGH))
                .add(ConfigurationItem.of(
                        ConfigurationItemId.of("db-01"), "Database db-01", ItemKind.INFRASTRUCTURE, Criticality.MEDIUM))
                .dependsOn(ConfigurationItemId.of("email"), ConfigurationItemId.of("exchange"))
                .dependsOn(ConfigurationItemId.of("exchange"), ConfigurationItemId.of("db-01"))
                .dependsOn(ConfigurationItemId.of("payroll"), ConfigurationItemId.of("db-01"))
                .build();
    }
}
