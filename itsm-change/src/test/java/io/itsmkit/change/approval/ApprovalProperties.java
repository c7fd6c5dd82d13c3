package io.itsmkit.change.approval;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalProperties {

    /** A quorum, a number of approvers and the order in which they decide, with their decisions. */
    record Votes(Quorum quorum, int approvers, List<Boolean> acceptances) {}

    private static final Sampler<Votes> VOTES = r -> {
        int n = r.nextInt(1, 12);
        List<Boolean> acceptances = new ArrayList<>();
        for (int i = r.nextInt(n + 1); i > 0; i--) {
            acceptances.add(r.nextBoolean());
        }
        return new Votes(ChangeFixtures.quorums().sample(r), n, acceptances);
    };

    @Test
    void aStepsStatusMovesOnlyFromWaitingToAcceptedOrRefused() {
        qt().forAll(VOTES.gen()).check(v -> {
            int accepted = 0;
            int refused = 0;
            ApprovalStatus before = v.quorum().statusOf(0, 0, v.approvers());
            for (boolean accept : v.acceptances()) {
                accepted += accept ? 1 : 0;
                refused += accept ? 0 : 1;
                ApprovalStatus now = v.quorum().statusOf(accepted, refused, v.approvers() - accepted - refused);
                if (before != ApprovalStatus.WAITING && now != before) {
                    return false;
                }
                before = now;
            }
            // once everyone has decided, nothing is left waiting
            return accepted + refused < v.approvers() || before != ApprovalStatus.WAITING;
        });
    }

    @Test
    void theOverallStatusIsTheIssuesRule() {
        qt().forAll(ChangeFixtures.approvals().gen()).check(a -> {
            List<ApprovalStatus> steps =
                    a.steps().stream().map(ApprovalStep::status).toList();
            ApprovalStatus expected = a.breakGlass().isPresent()
                    ? ApprovalStatus.ACCEPTED
                    : steps.isEmpty()
                            ? ApprovalStatus.NONE
                            : steps.contains(ApprovalStatus.REFUSED)
                                    ? ApprovalStatus.REFUSED
                                    : steps.contains(ApprovalStatus.WAITING)
                                            ? ApprovalStatus.WAITING
                                            : ApprovalStatus.ACCEPTED;
            return a.status() == expected && a.audit().verify().isIntact();
        });
    }
}
