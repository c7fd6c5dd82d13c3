package io.itsmkit.core.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.itsmkit.core.inmemory.InMemoryAppendOnlyStore;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.testkit.AppendOnlyStoreTck;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import io.itsmkit.core.testkit.TicketRepositoryTck;
import io.itsmkit.core.testkit.VersionedRepositoryTck;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import io.itsmkit.core.timeline.Timeline;
import java.lang.reflect.Method;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The TCKs fail every deliberately broken adapter on the rules it breaks: each rule of
 * {@link VersionedRepositoryTck} and {@link AppendOnlyStoreTck} has a bug kept for it ({@link BuggyRepository},
 * {@link BuggyStore}) that fails it; a correct adapter with coarser timestamps passes once it declares its
 * precision, and the rule it cannot meet is skipped, not passed.
 */
class TckCatchesBrokenAdaptersTest {

    /** The bug the next run of {@link BuggyRepositoryTck} is built with (runs are sequential). */
    private static volatile BuggyRepository.Bug repositoryBug = BuggyRepository.Bug.ACCEPTS_AHEAD_VERSIONS;

    /** The bug the next run of {@link BuggyStoreTck} is built with (runs are sequential). */
    private static volatile BuggyStore.Bug storeBug = BuggyStore.Bug.CHECK_THEN_ACT;

    /** The TCK against the adapter that loses attributes. */
    static class LossyTck extends TicketRepositoryTck {
        @Override
        protected TicketRepository newRepository() {
            return new LossyTicketRepository();
        }
    }

    /** The TCK against the repository with one bug. */
    static class BuggyRepositoryTck extends TicketRepositoryTck {
        @Override
        protected TicketRepository newRepository() {
            return new BuggyTicketRepository(repositoryBug);
        }
    }

    /** A ticket repository with one bug. */
    static final class BuggyTicketRepository extends BuggyRepository<TicketId, Ticket> implements TicketRepository {
        BuggyTicketRepository(BuggyRepository.Bug bug) {
            super(bug);
        }
    }

    /** The microsecond store, claiming nanoseconds (the default). */
    static class MicrosClaimingNanosTck extends TicketRepositoryTck {
        @Override
        protected TicketRepository newRepository() {
            return new MicrosecondTicketRepository();
        }
    }

    /** The microsecond store, declaring its precision. */
    static class MicrosDeclaredTck extends TicketRepositoryTck {
        @Override
        protected TicketRepository newRepository() {
            return new MicrosecondTicketRepository();
        }

        @Override
        protected ChronoUnit timestampPrecision() {
            return ChronoUnit.MICROS;
        }
    }

    /** The append-only TCK against the store with one bug. */
    static class BuggyStoreTck extends TicketTimelineStoreTck {
        @Override
        protected AppendOnlyStore<TicketId, TicketEvent> newStore() {
            return new BuggyStore<>(storeBug);
        }
    }

    /** The append-only TCK with fixtures that give empty timelines. */
    static class EmptyTimelinesTck extends TicketTimelineStoreTck {
        @Override
        protected AppendOnlyStore<TicketId, TicketEvent> newStore() {
            return new InMemoryAppendOnlyStore<>();
        }

        @Override
        protected Sampler<Timeline<TicketEvent>> timelines() {
            return CoreFixtures.ticketIds().map(Timeline::empty);
        }
    }

    /** The append-only TCK over ticket timelines. */
    abstract static class TicketTimelineStoreTck extends AppendOnlyStoreTck<TicketId, TicketEvent> {
        @Override
        protected Sampler<Timeline<TicketEvent>> timelines() {
            return CoreFixtures.tickets().map(t -> t.timeline());
        }

        @Override
        protected TicketId keyOf(Timeline<TicketEvent> timeline) {
            return (TicketId) timeline.stream();
        }
    }

    private static Events run(Class<?> tck) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(tck))
                .execute()
                .testEvents();
    }

    private static Set<String> failed(Events events) {
        Set<String> names = new TreeSet<>();
        events.failed().stream()
                .forEach(e -> names.add(e.getTestDescriptor().getDisplayName().replace("()", "")));
        return names;
    }

    @Test
    void theLossyAdapterFailsTheRoundTrip() {
        Set<String> failed = failed(run(LossyTck.class));
        assertTrue(failed.contains("required_addedValuesAreFoundWholeAtVersionOne"), failed.toString());
        assertTrue(failed.contains("optional_instantsKeepTheirNanoseconds"), failed.toString());
    }

    @ParameterizedTest
    @EnumSource(BuggyRepository.Bug.class)
    void theRepositoryTckFailsEachBugOnItsRuleOnly(BuggyRepository.Bug bug) {
        repositoryBug = bug;
        assertEquals(Set.of(bug.rule), failed(run(BuggyRepositoryTck.class)));
    }

    @ParameterizedTest
    @EnumSource(BuggyStore.Bug.class)
    void theStoreTckFailsEachBugOnItsRules(BuggyStore.Bug bug) {
        storeBug = bug;
        assertEquals(bug.fails, failed(run(BuggyStoreTck.class)));
    }

    @Test
    void everyRuleHasABugKeptForIt() {
        Set<String> repositoryRules = new TreeSet<>();
        Arrays.stream(BuggyRepository.Bug.values()).forEach(b -> repositoryRules.add(b.rule));
        repositoryRules.add("optional_instantsKeepTheirNanoseconds"); // the microsecond store below
        assertEquals(rules(VersionedRepositoryTck.class), repositoryRules);
        Set<String> storeRules = new TreeSet<>();
        Arrays.stream(BuggyStore.Bug.values()).forEach(b -> storeRules.add(b.rule));
        assertEquals(rules(AppendOnlyStoreTck.class), storeRules);
    }

    private static Set<String> rules(Class<?> tck) {
        Set<String> names = new TreeSet<>();
        for (Method m : tck.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                names.add(m.getName());
            }
        }
        return names;
    }

    @Test
    void fixturesOfEmptyTimelinesFailEveryRuleNamingTheHook() {
        Events events = run(EmptyTimelinesTck.class);
        assertEquals(rules(AppendOnlyStoreTck.class).size(), events.failed().count());
        events.failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage)
                        .orElse(""))
                .forEach(m -> assertTrue(
                        m.startsWith("timelines() must give timelines of at least one event; it gave an empty"), m));
    }

    @Test
    void aCoarserStorePassesOnlyWhenItDeclaresItsPrecision() {
        Set<String> claiming = failed(run(MicrosClaimingNanosTck.class));
        assertTrue(claiming.contains("required_addedValuesAreFoundWholeAtVersionOne"), claiming.toString());
        Events declared = run(MicrosDeclaredTck.class);
        assertEquals(Set.of(), failed(declared));
        assertEquals(
                List.of("the adapter declares it stores instants to Micros only"),
                declared.aborted().stream()
                        .map(e -> e.getPayload(TestExecutionResult.class)
                                .flatMap(TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)
                                .orElse(""))
                        .map(m -> m.replace("Assumption failed: ", ""))
                        .toList(),
                "the nanosecond rule is skipped with a message, not passed");
    }
}
