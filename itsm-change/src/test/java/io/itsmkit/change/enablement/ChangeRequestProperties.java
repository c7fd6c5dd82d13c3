package io.itsmkit.change.enablement;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.approval.ApprovalStatus;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.timeline.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangeRequestProperties {

    @Test
    void replayRebuildsEveryAttributeExactly() {
        qt().forAll(ChangeFixtures.changeRequests().gen()).check(c -> {
            ChangeRequest again = ChangeRequest.replay(c.timeline());
            return again.equals(c)
                    && again.id().equals(c.id())
                    && again.model().equals(c.model())
                    && again.details().equals(c.details())
                    && again.state() == c.state()
                    && again.risk().equals(c.risk())
                    && again.approval().equals(c.approval())
                    && again.review().equals(c.review())
                    && again.scheduled().equals(c.scheduled())
                    && again.timeline().size() == c.timeline().size();
        });
    }

    @Test
    void everyPrefixOfATimelineReplaysToAChange() {
        qt().forAll(ChangeFixtures.changeRequests().gen()).check(c -> {
            for (int n = 1; n <= c.timeline().size(); n++) {
                if (!ChangeRequest.replay(c.timeline().prefix(n))
                        .timeline()
                        .equals(c.timeline().prefix(n))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The walks reach far enough for the properties above to mean something. */
    @Test
    void theFixtureWalksReachEveryStateAndDecidedApprovals() {
        SplittableRandom r = new SplittableRandom(1);
        Set<ChangeState> states = EnumSet.noneOf(ChangeState.class);
        Set<ApprovalStatus> approvals = new HashSet<>();
        int overridden = 0;
        for (int i = 0; i < 2_000; i++) {
            ChangeRequest c = ChangeFixtures.changeRequests().sample(r);
            states.add(c.state());
            c.approval().ifPresent(a -> approvals.add(a.status()));
            overridden += c.approval().flatMap(a -> a.breakGlass()).isPresent() ? 1 : 0;
        }
        assertTrue(states.containsAll(EnumSet.allOf(ChangeState.class)), states.toString());
        assertTrue(
                approvals.containsAll(
                        EnumSet.of(ApprovalStatus.WAITING, ApprovalStatus.ACCEPTED, ApprovalStatus.REFUSED)),
                approvals.toString());
        assertTrue(overridden > 0);
    }

    /** Retroactive facts are kept: some walks hold an event recorded last that did not occur last. */
    @Test
    void theFixtureWalksKeepRetroactiveFacts() {
        SplittableRandom r = new SplittableRandom(2);
        int retroactive = 0;
        for (int i = 0; i < 500; i++) {
            Timeline<ChangeEvent> t = ChangeFixtures.changeRequests().sample(r).timeline();
            retroactive += t.latest().equals(t.last()) ? 0 : 1;
        }
        assertTrue(retroactive > 0);
    }

    /**
     * What lets {@code ChangeRepositoryTck} truncate only the stamps for a store of second precision or finer:
     * every instant the fixtures' change events hold is on a whole second.
     */
    @Test
    void instantsInsideFixtureEventsAreOnWholeSeconds() {
        qt().forAll(ChangeFixtures.changeRequests().gen())
                .check(c -> c.timeline().events().stream()
                        .flatMap(r -> heldInstants(r.event()).stream())
                        .allMatch(i -> i.getNano() == 0));
    }

    private static List<Instant> heldInstants(ChangeEvent event) {
        List<Instant> out = new ArrayList<>();
        if (event instanceof ChangeEvent.Raised e) {
            e.details().plannedWindow().ifPresent(w -> out.addAll(List.of(w.start(), w.end())));
        } else if (event instanceof ChangeEvent.Revised e) {
            e.from().plannedWindow().ifPresent(w -> out.addAll(List.of(w.start(), w.end())));
            e.to().plannedWindow().ifPresent(w -> out.addAll(List.of(w.start(), w.end())));
        } else if (event instanceof ChangeEvent.Rescheduled e) {
            e.from().ifPresent(w -> out.addAll(List.of(w.start(), w.end())));
            out.addAll(List.of(e.to().start(), e.to().end()));
        } else if (event instanceof ChangeEvent.Delegated e) {
            out.addAll(List.of(
                    e.delegation().validity().start(), e.delegation().validity().end()));
        } else if (event instanceof ChangeEvent.Reviewed e) {
            out.add(e.review().reviewedAt());
        }
        return out;
    }
}
