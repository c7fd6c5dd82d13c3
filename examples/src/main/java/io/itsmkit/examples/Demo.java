package io.itsmkit.examples;

import io.itsmkit.core.audit.AuditCheckpoint;
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
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.label.Labels;
import io.itsmkit.core.organisation.Agent;
import io.itsmkit.core.organisation.AgentId;
import io.itsmkit.core.organisation.Organisation;
import io.itsmkit.core.organisation.RoleLevel;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.SupportTier;
import io.itsmkit.core.organisation.Team;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.recurrence.ProblemCandidate;
import io.itsmkit.core.recurrence.RecurrenceDetector;
import io.itsmkit.core.recurrence.Similarity;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.AutoClosePolicy;
import io.itsmkit.core.ticket.Category;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.MajorIncidentRule;
import io.itsmkit.core.ticket.MajorIncidentState;
import io.itsmkit.core.ticket.MajorIncidentTriggers;
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
import io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
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
        Ticket inc = print(Ticket.open(
                TicketKind.INCIDENT,
                draft("INC-1001", "E-mail down for finance", 2, 2, "exchange", "email"),
                Stamp.of(annaActor, at(0), at(1)))); // the call came at 09:00, logged a minute later
        inc = print(inc.assign(Assignment.toAgent(anna.team(), anna.id()), by(annaActor, 2)));
        inc = print(inc.recordFirstResponse(by(annaActor, 4)));
        inc = print(inc.transition(TicketState.IN_PROGRESS, by(annaActor, 5)));

        BlastRadius radius = cmdb.blastRadius(ConfigurationItemId.of("db-01"));
        out.println("   the root cause is db-01; if it fails, impacted: "
                + radius.impacted().stream()
                        .map(i -> i.item().name() + " (" + i.distance() + " hop" + (i.distance() > 1 ? "s" : "") + ")")
                        .toList()
                + ", highest criticality " + radius.highestCriticality());
        inc = print(inc.reprioritise(ITIL.impacts().level(1), ITIL.urgencies().level(1), by(annaActor, 20)));

        MajorIncidentTriggers triggers = MajorIncidentTriggers.of(List.of(MajorIncidentRule.topPriority()));
        Optional<Ticket> proposed = triggers.propose(inc, at(21));
        if (proposed.isPresent()) {
            inc = print(proposed.get());
            Agent head =
                    org.hierarchicalEscalation(RoleLevel.IT_SERVICE_ANALYST).get(0);
            out.println("   hierarchical escalation from the analyst reaches " + head.name() + " (" + head.roleLevel()
                    + ")");
            inc = print(inc.changeMajorIncident(
                    MajorIncidentState.ACCEPTED, "finance closing today", by(head.asActor(), 25)));
        }
        Team next = org.functionalEscalation(anna.team()).orElseThrow();
        out.println("   functional escalation from " + org.team(anna.team()).name() + " goes to " + next.name());
        inc = print(inc.assign(Assignment.toTeam(next.id()), by(annaActor, 26)));
        SupplierId telco = SupplierId.of("telco");
        inc = print(inc.engageSupplier(telco, by(annaActor, 35))); // beside the team: its OLA and the UC both run
        inc = print(inc.putOnHold(Hold.of(OnHoldReason.AWAITING_VENDOR, telco), by(annaActor, 40)));
        inc = print(inc.returnFromSupplier(telco, by(annaActor, 94)));
        inc = print(inc.transition(TicketState.IN_PROGRESS, by(annaActor, 95)));
        inc = print(inc.transition(TicketState.RESOLVED, by(annaActor, 120)));
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
            inc.putOnHold(Hold.of(OnHoldReason.AWAITING_CALLER), by(annaActor, 121));
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
                    by(annaActor, 30 * i)));
        }
        RecurrenceDetector detector = new RecurrenceDetector(Duration.ofHours(8), 3, Similarity.SAME_ITEM_AND_CATEGORY);
        for (ProblemCandidate c : detector.detect(incidents)) {
            out.println("   candidate [" + c.key() + "]: " + c.incidents() + " between " + c.firstOpenedAt() + " and "
                    + c.lastOpenedAt());
            TicketDraft d = draft("PRB-77", "Recurring e-mail outages", 2, 2, "exchange", "email");
            Problem prb = Problem.open(
                    ProblemId.of("PRB-77"), d.title(), d.priority(), d.classification(), by(annaActor, 200));
            prb = prb.transition(ProblemState.ASSESS, by(annaActor, 210));
            prb = prb.transition(ProblemState.ROOT_CAUSE_ANALYSIS, by(annaActor, 230));
            prb = prb.recordWorkaround("fail over to db-02", by(annaActor, 240));
            out.println("   PRB-77 is a known error: "
                    + prb.knownError().orElseThrow().workaround());
            prb = prb.transition(ProblemState.FIX_IN_PROGRESS, by(annaActor, 300));
            prb = prb.resolve(ProblemResolution.fixApplied(), by(annaActor, 400));
            out.println("   PRB-77 " + prb.state() + " with "
                    + prb.resolution().orElseThrow().code() + " after "
                    + prb.timeline().events().size() + " events");
        }

        out.println();
        out.println("== 3. An audited priority override and a tampered audit trail");
        Ticket vip = Ticket.open(
                TicketKind.SERVICE_REQUEST,
                draft("REQ-2001", "New laptop for the CFO", 3, 3, "exchange", "hardware"),
                by(annaActor, 130));
        vip = vip.overridePriority(ITIL.priorities().level(2), "CFO travels tomorrow", by(annaActor, 131));
        out.println("   " + vip.id() + ": " + vip.priorityDecision().explanation());
        AuditTrail trail = AuditTrail.empty()
                .append(vip.timeline().last()) // any domain event becomes an audit entry
                .append(annaActor, at(132), "ticketId " + inc.id(), "export", "sent to the finance controller");
        AuditCheckpoint checkpoint = trail.checkpoint(); // kept apart from the trail, e.g. in a signed log
        out.println("   audit trail of " + trail.entries().size() + " entries intact? "
                + trail.verify().isIntact() + "; first entry: "
                + trail.entries().get(0).action() + " on "
                + trail.entries().get(0).subject());
        // someone deletes the first entry from the store
        AuditTrail stored =
                AuditTrail.of(trail.entries().subList(1, trail.entries().size()));
        out.println("   after someone deletes entry 0 from the store: first tampered entry "
                + stored.verify().firstTampered().getAsLong() + " ("
                + stored.verify().reason().orElseThrow() + ")");
        // someone cuts off the last entry: the chain is still consistent, the checkpoint is not met
        AuditTrail cut = AuditTrail.of(trail.entries().subList(0, 1));
        out.println("   after someone cuts off the last entry: intact alone? "
                + cut.verify().isIntact() + "; against the checkpoint: "
                + cut.verify(checkpoint).reason().orElseThrow());

        out.println();
        out.println("== 4. Storage with optimistic concurrency (in-memory reference adapter)");
        InMemoryTicketRepository repo = new InMemoryTicketRepository();
        Versioned<Ticket> v1 = repo.add(vip);
        repo.replace(vip.transition(TicketState.IN_PROGRESS, by(annaActor, 140)), v1.version());
        try {
            repo.replace(vip.transition(TicketState.CANCELLED, by(annaActor, 141)), v1.version());
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

    private static Stamp by(ActorId actor, int minutes) {
        return Stamp.of(actor, at(minutes));
    }

    private Ticket print(Ticket t) {
        Recorded<TicketEvent> r = t.timeline().last();
        TicketEvent e = r.event();
        String what;
        if (e instanceof TicketEvent.Opened o) {
            what = "opened \"" + o.title() + "\", " + o.priority().explanation()
                    + (r.stamp().isRetroactive() ? " (recorded at " + r.recordedAt() + ")" : "");
        } else if (e instanceof TicketEvent.PriorityChanged p) {
            what = "priority changed: " + p.to().explanation();
        } else if (e instanceof TicketEvent.AssignmentChanged a) {
            what = "assigned: "
                    + a.to().map(x -> "team " + x.team()
                                    + x.agent().map(g -> ", agent " + g).orElse(""))
                            .orElse("nobody");
        } else if (e instanceof TicketEvent.StateChanged c) {
            what = "state " + c.from() + " -> " + c.to()
                    + c.hold()
                            .map(h -> " (" + h.reason()
                                    + h.waitingOn().map(w -> " " + w).orElse("") + ")")
                            .orElse("")
                    + (c.isReopen() ? " [reopen]" : "");
        } else if (e instanceof TicketEvent.SupplierEngaged s) {
            what = "supplier " + s.supplier() + " engaged";
        } else if (e instanceof TicketEvent.SupplierReturned s) {
            what = "supplier " + s.supplier() + " handed back";
        } else if (e instanceof TicketEvent.FirstResponded) {
            what = "first response to the caller";
        } else if (e instanceof TicketEvent.MajorIncidentChanged m) {
            what = "major incident " + m.from() + " -> " + m.to() + " (" + m.reason() + ")";
        } else {
            what = e.getClass().getSimpleName();
        }
        out.println("   " + r.occurredAt() + " " + r.id() + " by " + r.actor() + ": " + what);
        return t;
    }

    private static TicketDraft draft(String id, String title, int impact, int urgency, String ci, String category) {
        return TicketDraft.of(
                        TicketId.of(id),
                        title,
                        PriorityDecision.derive(
                                ITIL,
                                ITIL.impacts().level(impact),
                                ITIL.urgencies().level(urgency)))
                .withClassification(Classification.NONE
                        .withConfigurationItem(ConfigurationItemId.of(ci))
                        .withCategory(Category.of(category)));
    }

    private static Organisation organisation() {
        return Organisation.builder()
                .addTeams(
                        Team.of(TeamId.of("desk"), "Service desk", SupportTier.TIER_1)
                                .withEscalatesTo(TeamId.of("messaging")),
                        Team.of(TeamId.of("messaging"), "Messaging team", SupportTier.TIER_2))
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
