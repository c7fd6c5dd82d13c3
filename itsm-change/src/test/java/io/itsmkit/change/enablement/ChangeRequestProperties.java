package io.itsmkit.change.enablement;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.approval.ApprovalStatus;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.testkit.ChangeFixtures;
import java.util.EnumSet;
import java.util.HashSet;
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
}
