package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.audit.AuditEntry;
import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.audit.AuditVerification;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.organisation.Organisation;
import io.itsmkit.core.organisation.Stakeholder;
import io.itsmkit.core.organisation.Supplier;
import io.itsmkit.core.organisation.SupportTier;
import io.itsmkit.core.organisation.Team;
import io.itsmkit.core.priority.Impact;
import io.itsmkit.core.priority.MatrixLint;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.priority.Urgency;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.MajorIncidentRule;
import io.itsmkit.core.ticket.Problem;
import io.itsmkit.core.ticket.ProblemEvent;
import io.itsmkit.core.ticket.ProblemId;
import io.itsmkit.core.ticket.ProblemState;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixtures themselves: deterministic per seed, valid, and varied. */
class CoreFixturesProperties {

    @Test
    void theSameSeedGivesTheSameSample() {
        Stream.of(
                        CoreFixtures.tickets(),
                        CoreFixtures.problems(),
                        CoreFixtures.priorityMatrices(),
                        CoreFixtures.serviceGraphs().map(g -> g.items()),
                        CoreFixtures.organisations(),
                        CoreFixtures.auditTrails(),
                        CoreFixtures.priorityDecisions(),
                        CoreFixtures.configurationItems(),
                        CoreFixtures.durations(),
                        CoreFixtures.supplierIds(),
                        CoreFixtures.agentIds())
                .forEach(s -> assertEquals(s.sample(new SplittableRandom(7)), s.sample(new SplittableRandom(7))));
    }

    @Test
    void everyTicketIsTheReplayOfItsTimeline() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            Ticket replayed = Ticket.replay(
                    Timeline.of(t.id(), new ArrayList<>(t.timeline().events())));
            return replayed.equals(t)
                    && replayed.state() == t.state()
                    && replayed.hold().equals(t.hold())
                    && replayed.priorityDecision().equals(t.priorityDecision())
                    && replayed.classification().equals(t.classification())
                    && replayed.assignment().equals(t.assignment())
                    && replayed.engagedSuppliers().equals(t.engagedSuppliers())
                    && replayed.reopenCount() == t.reopenCount()
                    && replayed.resolvedAt().equals(t.resolvedAt())
                    && replayed.firstRespondedAt().equals(t.firstRespondedAt())
                    && replayed.majorIncident() == t.majorIncident();
        });
    }

    @Test
    void everyProblemIsTheReplayOfItsTimeline() {
        qt().forAll(CoreFixtures.problems().gen()).check(p -> {
            Problem replayed = Problem.replay(
                    Timeline.of(p.id(), new ArrayList<>(p.timeline().events())));
            return replayed.equals(p)
                    && replayed.state() == p.state()
                    && replayed.resolution().equals(p.resolution())
                    && replayed.knownError().equals(p.knownError())
                    && replayed.priorityDecision().equals(p.priorityDecision())
                    && replayed.classification().equals(p.classification());
        });
    }

    @Test
    void ticketsAreConsistentWithTheirTimeline() {
        qt().forAll(CoreFixtures.tickets().gen()).check(t -> {
            long reopens = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .filter(r -> r.event().isReopen())
                    .count();
            Optional<TicketEvent.StateChanged> lastMove = t.timeline().eventsOf(TicketEvent.StateChanged.class).stream()
                    .map(Recorded::event)
                    .reduce((a, b) -> b);
            return !t.timeline().last().occurredAt().isBefore(t.openedAt())
                    && reopens == t.reopenCount()
                    && lastMove.map(m -> m.to() == t.state()).orElse(t.state() == TicketState.NEW)
                    && t.hold().isPresent() == (t.state() == TicketState.ON_HOLD);
        });
    }

    @Test
    void ticketFixturesUseEveryKindOfEventAndRetroactiveStamps() {
        SplittableRandom r = new SplittableRandom(3);
        Set<Class<?>> kinds = new HashSet<>();
        boolean retroactive = false;
        boolean nanos = false;
        for (Ticket t : CoreFixtures.tickets().sampleList(r, 400, 400)) {
            for (Recorded<TicketEvent> e : t.timeline()) {
                kinds.add(e.event().getClass());
                retroactive |= e.stamp().isRetroactive();
                nanos |= e.occurredAt().getNano() % 1000 != 0;
            }
        }
        assertEquals(Set.of(TicketEvent.class.getPermittedSubclasses()), kinds);
        assertTrue(retroactive);
        assertTrue(nanos);
    }

    @Test
    void problemsEndOnlyWithAResolution() {
        qt().forAll(CoreFixtures.problems().gen())
                .check(p -> p.resolution().isPresent()
                        == (p.state() == ProblemState.RESOLVED || Lifecycles.PROBLEM.isFinal(p.state())));
    }

    @Test
    void samplesVary() {
        SplittableRandom r = new SplittableRandom(1);
        assertTrue(CoreFixtures.tickets().sampleList(r, 50, 50).stream()
                        .map(t -> t.state())
                        .distinct()
                        .count()
                >= 4);
        assertTrue(CoreFixtures.priorityMatrices().sampleList(r, 50, 50).stream()
                        .distinct()
                        .count()
                >= 40);
        assertTrue(CoreFixtures.instants().sampleList(r, 20, 20).stream()
                .allMatch(i -> !i.isBefore(CoreFixtures.EARLIEST) && i.isBefore(CoreFixtures.LATEST)));
        assertTrue(CoreFixtures.stakeholderIds().sample(r).value().length() <= 16);
        assertTrue(CoreFixtures.teamIds().sample(r) != null
                && CoreFixtures.ticketIds().sample(r) != null);
        assertTrue(CoreFixtures.configurationItemIds().sample(r) != null
                && CoreFixtures.categories().sample(r) != null);
    }

    // ---- the samplers of every other public type: their values are ones the domain makes and accepts ----

    @Test
    void timelinesAreWhatTheirAggregatesReplayAndStoresReload() {
        qt().forAll(CoreFixtures.ticketTimelines().gen())
                .check(tl -> Ticket.replay(tl).timeline().equals(tl)
                        && Timeline.of(tl.stream(), inRecordingOrder(tl)).equals(tl));
        qt().forAll(CoreFixtures.problemTimelines().gen())
                .check(tl -> Problem.replay(tl).timeline().equals(tl)
                        && Timeline.of(tl.stream(), inRecordingOrder(tl)).equals(tl));
    }

    private static <E> List<Recorded<E>> inRecordingOrder(Timeline<E> tl) {
        return tl.events().stream().sorted(Comparator.comparing(Recorded::id)).toList();
    }

    /** Each event is a change the aggregate's rules allow: an allowed step, never a change to the same value. */
    @Test
    void ticketEventsAreChangesTheTicketRulesAllow() {
        qt().forAll(CoreFixtures.ticketEvents().gen()).check(e -> {
            if (e instanceof TicketEvent.StateChanged s) {
                return Lifecycles.TICKET.isAllowed(s.from(), s.to())
                        && s.hold().isPresent() == (s.to() == TicketState.ON_HOLD);
            }
            if (e instanceof TicketEvent.MajorIncidentChanged m) {
                return Lifecycles.MAJOR_INCIDENT.isAllowed(m.from(), m.to());
            }
            if (e instanceof TicketEvent.Reclassified c) {
                return !c.from().equals(c.to());
            }
            if (e instanceof TicketEvent.HoldChanged h) {
                return !h.from().equals(h.to());
            }
            if (e instanceof TicketEvent.PriorityChanged p) {
                return !p.from().equals(p.to());
            }
            if (e instanceof TicketEvent.AssignmentChanged a) {
                return !a.from().equals(a.to());
            }
            return true;
        });
    }

    @Test
    void problemEventsAreChangesTheProblemRulesAllow() {
        qt().forAll(CoreFixtures.problemEvents().gen()).check(e -> {
            if (e instanceof ProblemEvent.StateChanged s) {
                return Lifecycles.PROBLEM.isAllowed(s.from(), s.to());
            }
            if (e instanceof ProblemEvent.Reclassified c) {
                return !c.from().equals(c.to());
            }
            if (e instanceof ProblemEvent.PriorityChanged p) {
                return !p.from().equals(p.to());
            }
            if (e instanceof ProblemEvent.WorkaroundRecorded w) {
                return !w.workaround().isBlank();
            }
            return true;
        });
    }

    /** Recorded events of both families go into an audit trail as the trail promises, retroactive ones too. */
    @Test
    void recordedEventsAreAuditedAsTheyWereRecorded() {
        qt().forAll(CoreFixtures.recordedTicketEvents().gen()).check(CoreFixturesProperties::auditedAsRecorded);
        qt().forAll(CoreFixtures.recordedProblemEvents().gen()).check(CoreFixturesProperties::auditedAsRecorded);
        SplittableRandom r = new SplittableRandom(5);
        assertTrue(CoreFixtures.recordedTicketEvents().sampleList(r, 300, 300).stream()
                .anyMatch(e -> e.stamp().isRetroactive()));
        assertTrue(CoreFixtures.recordedProblemEvents().sampleList(r, 300, 300).stream()
                .anyMatch(e -> e.stamp().isRetroactive()));
    }

    private static boolean auditedAsRecorded(Recorded<?> e) {
        AuditEntry entry = AuditTrail.empty().append(e).entries().get(0);
        return entry.action().equals(e.event().getClass().getSimpleName())
                && entry.at().equals(e.recordedAt())
                && entry.actor().equals(e.actor());
    }

    @Test
    void eventIdsCountFromOneInATicketOrProblemStream() {
        qt().forAll(CoreFixtures.eventIds().gen())
                .check(id ->
                        id.sequence() >= 1 && (id.stream() instanceof TicketId || id.stream() instanceof ProblemId));
    }

    @Test
    void levelsAreMembersOfTheirScale() {
        qt().forAll(CoreFixtures.levels().gen())
                .check(l -> l.scale().contains(l) && l.scale().level(l.number()).equals(l));
        SplittableRandom r = new SplittableRandom(2);
        assertEquals(
                Set.of(Impact.class, Urgency.class, Priority.class),
                CoreFixtures.levels().sampleList(r, 100, 100).stream()
                        .map(Object::getClass)
                        .collect(Collectors.toSet()));
        assertTrue(CoreFixtures.impacts().sample(r) != null
                && CoreFixtures.urgencies().sample(r) != null
                && CoreFixtures.priorities().sample(r) != null);
    }

    @Test
    void identifiersOfEveryKindAreDrawn() {
        qt().forAll(CoreFixtures.identifiers().gen())
                .check(id -> !id.value().isBlank() && id.value().length() <= 16);
        assertEquals(
                10,
                CoreFixtures.identifiers().sampleList(new SplittableRandom(4), 300, 300).stream()
                        .map(Identifier::kind)
                        .distinct()
                        .count());
    }

    /** Teams (with the team they escalate to), agents (with their team), stakeholders, suppliers: accepted. */
    @Test
    void organisationPartsMakeAValidOrganisation() {
        qt().forAll(
                        CoreFixtures.teams().gen(),
                        CoreFixtures.agents().gen(),
                        CoreFixtures.stakeholders().gen(),
                        CoreFixtures.suppliers().gen())
                .check((team, agent, stakeholder, supplier) -> {
                    List<Team> teams = new ArrayList<>(List.of(team));
                    team.escalatesTo()
                            .ifPresent(next -> teams.add(Team.of(
                                    next,
                                    "Next",
                                    SupportTier.values()[team.tier().ordinal() + 1])));
                    if (teams.stream().noneMatch(t -> t.id().equals(agent.team()))) {
                        teams.add(Team.of(agent.team(), "Agent's", SupportTier.TIER_1));
                    }
                    Organisation o = Organisation.builder()
                            .addAllTeams(teams)
                            .addAgents(agent)
                            .addStakeholders(stakeholder)
                            .addSuppliers(supplier)
                            .build();
                    return o.teams().containsAll(teams)
                            && Stakeholder.of(stakeholder.id(), stakeholder.name(), stakeholder.isVip())
                                    .equals(stakeholder)
                            && Supplier.of(supplier.id(), supplier.name()).equals(supplier);
                });
        assertTrue(CoreFixtures.teams().sampleList(new SplittableRandom(6), 50, 50).stream()
                .anyMatch(t -> t.escalatesTo().isPresent()));
    }

    @Test
    void auditEntriesAndCheckpointsAreChainedAsTrailsMakeThem() {
        qt().forAll(CoreFixtures.auditEntries().gen())
                .check(e -> e.hash().matches("[0-9a-f]{64}")
                        && !e.hash().equals(e.previousHash())
                        && (e.sequence() == 0) == e.previousHash().equals(AuditTrail.GENESIS));
        qt().forAll(CoreFixtures.auditCheckpoints().gen())
                .check(c -> (c.size() == 0) == c.head().equals(AuditTrail.GENESIS));
        List<AuditVerification> outcomes =
                CoreFixtures.auditVerifications().sampleList(new SplittableRandom(8), 40, 40);
        assertTrue(outcomes.stream().anyMatch(AuditVerification::isIntact));
        assertTrue(outcomes.stream().anyMatch(v -> !v.isIntact()));
    }

    /** A sampled known error is the one a problem records for that workaround, actor and instant. */
    @Test
    void knownErrorsAreWhatProblemsRecord() {
        PriorityMatrix itil = PriorityMatrices.ITIL;
        PriorityDecision decision = PriorityDecision.derive(
                itil, itil.impacts().levels().get(0), itil.urgencies().levels().get(0));
        qt().forAll(CoreFixtures.knownErrors().gen()).check(k -> {
            Stamp stamp = Stamp.of(k.recordedBy(), k.recordedAt());
            return Problem.open(k.problem(), "recurring outage", decision, Classification.NONE, stamp)
                    .recordWorkaround(k.workaround(), stamp)
                    .knownError()
                    .equals(Optional.of(k));
        });
    }

    @Test
    void ticketPoliciesAndRulesAreInTheirDocumentedRanges() {
        qt().forAll(CoreFixtures.autoClosePolicies().gen())
                .check(p -> p.after().compareTo(Duration.ZERO) > 0
                        && p.after().compareTo(Duration.ofDays(30).plusNanos(1)) <= 0);
        qt().forAll(CoreFixtures.majorIncidentTriggers().gen())
                .check(t -> t.rules().size() <= 3);
        qt().forAll(CoreFixtures.recurrenceDetectors().gen())
                .check(d -> d.threshold() >= 2
                        && d.threshold() <= 5
                        && d.window().compareTo(Duration.ofHours(1)) >= 0
                        && d.window().compareTo(Duration.ofDays(30)) <= 0);
        SplittableRandom r = new SplittableRandom(9);
        assertEquals(
                3,
                CoreFixtures.majorIncidentRules().sampleList(r, 60, 60).stream()
                        .map(MajorIncidentRule::name)
                        .distinct()
                        .count());
        assertEquals(
                3,
                CoreFixtures.lifecycles().sampleList(r, 60, 60).stream()
                        .distinct()
                        .count());
        assertEquals(
                2,
                CoreFixtures.similarities().sampleList(r, 60, 60).stream()
                        .distinct()
                        .count());
    }

    /** Candidates are as the detector promises: at least two distinct incidents within its window. */
    @Test
    void problemCandidatesGroupRecurringIncidents() {
        qt().forAll(CoreFixtures.problemCandidates().gen())
                .check(c -> c.incidents().size() >= 2
                        && Set.copyOf(c.incidents()).size() == c.incidents().size()
                        && !c.firstOpenedAt().isAfter(c.lastOpenedAt())
                        && Duration.between(c.firstOpenedAt(), c.lastOpenedAt()).compareTo(Duration.ofDays(7)) <= 0);
    }

    @Test
    void blastRadiiListEachImpactedItemOnceAwayFromTheFailure() {
        qt().forAll(CoreFixtures.blastRadii().gen()).check(b -> {
            List<ConfigurationItemId> ids =
                    b.impacted().stream().map(i -> i.item().id()).toList();
            return Set.copyOf(ids).size() == ids.size()
                    && !ids.contains(b.failed().id());
        });
        qt().forAll(CoreFixtures.impactedItems().gen())
                .check(i -> !i.item().id().equals(i.via()));
    }

    @Test
    void matrixLintsAndViolationsNameWhatTheyReport() {
        qt().forAll(CoreFixtures.matrixLints().gen())
                .check(l -> !l.path().isBlank() && !l.message().isBlank());
        assertTrue(CoreFixtures.matrixLints().sampleList(new SplittableRandom(10), 50, 50).stream()
                        .map(MatrixLint::rule)
                        .distinct()
                        .count()
                >= 2);
        qt().forAll(CoreFixtures.violations().gen())
                .check(v -> new ValidationException(List.of(v)).getMessage().contains(v.path()));
    }

    /** Pages answer their request: keys after it, in order, at most the limit, a next request when full. */
    @Test
    void pagesAnswerTheirRequest() {
        qt().forAll(CoreFixtures.pageRequests().gen()).check(q -> q.limit() >= 1 && q.limit() <= 8);
        qt().forAll(CoreFixtures.versionedTickets().gen()).check(v -> v.version() >= 1);
        List<Page<TicketId, Ticket>> pages = CoreFixtures.ticketPages().sampleList(new SplittableRandom(12), 60, 60);
        assertTrue(pages.stream().allMatch(p -> p.items().size() <= 8));
        assertTrue(pages.stream().anyMatch(p -> p.items().isEmpty()));
        assertTrue(pages.stream().anyMatch(p -> p.next().isPresent()));
        assertTrue(pages.stream().anyMatch(p -> !p.items().isEmpty() && p.next().isEmpty()));
    }
}
