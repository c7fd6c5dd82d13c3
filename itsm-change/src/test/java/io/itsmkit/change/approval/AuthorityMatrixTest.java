package io.itsmkit.change.approval;

import static io.itsmkit.change.approval.QuorumTest.path;
import static io.itsmkit.change.approval.QuorumTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.core.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityMatrixTest {

    /**
     * ServiceNow Simplified Change Management, "Configure the Normal change model" and "Configure the Emergency
     * change model": Normal Assess: member of assignment group at every risk; Normal and Emergency Authorize:
     * member of assignment group at low risk, CAB member at moderate and high risk. Standard: pre-approved.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "NORMAL, LOW, ASSESS:PEER AUTHORIZE:PEER",
        "NORMAL, MODERATE, ASSESS:PEER AUTHORIZE:CAB",
        "NORMAL, HIGH, ASSESS:PEER AUTHORIZE:CAB",
        "NORMAL, VERY_HIGH, ASSESS:PEER AUTHORIZE:CAB",
        "EMERGENCY, LOW, AUTHORIZE:PEER",
        "EMERGENCY, MODERATE, AUTHORIZE:CAB",
        "EMERGENCY, HIGH, AUTHORIZE:CAB",
        "EMERGENCY, VERY_HIGH, AUTHORIZE:CAB",
        "STANDARD, LOW, ''",
        "STANDARD, HIGH, ''"
    })
    void serviceNowSimplified(ChangeType type, RiskLevel level, String stages) {
        assertEquals(stages, render(AuthorityMatrix.SERVICENOW_SIMPLIFIED.stages(type, level)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "NORMAL, LOW, PEER",
        "NORMAL, MODERATE, CHANGE_MANAGER",
        "NORMAL, HIGH, CAB",
        "NORMAL, VERY_HIGH, CAB",
        "EMERGENCY, LOW, EMERGENCY_CAB",
        "EMERGENCY, VERY_HIGH, EMERGENCY_CAB",
        "STANDARD, VERY_HIGH, PRE_APPROVED"
    })
    void authorityRisesWithRisk(ChangeType type, RiskLevel level, ChangeAuthority authority) {
        assertEquals(authority, AuthorityMatrix.BY_RISK.authority(type, level));
    }

    @Test
    void theChangeAuthorityIsTheLastStage() {
        assertEquals(
                ChangeAuthority.CAB,
                AuthorityMatrix.SERVICENOW_SIMPLIFIED.authority(ChangeType.NORMAL, RiskLevel.HIGH));
        assertEquals(
                ChangeAuthority.PEER,
                AuthorityMatrix.SERVICENOW_SIMPLIFIED.authority(ChangeType.NORMAL, RiskLevel.LOW));
        assertEquals(
                ChangeAuthority.PRE_APPROVED,
                AuthorityMatrix.SERVICENOW_SIMPLIFIED.authority(ChangeType.STANDARD, RiskLevel.HIGH));
    }

    @Test
    void aMatrixMustBeTotalAndStandardChangesArePreApproved() {
        AuthorityMatrix.Builder b = AuthorityMatrix.builder()
                .route(
                        ChangeType.NORMAL,
                        RiskLevel.LOW,
                        new ApprovalStage(ChangeState.AUTHORIZE, ChangeAuthority.PEER));
        List<io.itsmkit.core.error.Violation> v =
                assertThrows(ValidationException.class, b::build).violations();
        assertEquals(7, v.size());
        assertEquals("routes[NORMAL,MODERATE]", v.get(0).path());
        assertEquals("total", v.get(0).rule());
        assertEquals("not-standard", rule(() -> AuthorityMatrix.builder().route(ChangeType.STANDARD, RiskLevel.LOW)));
        assertEquals(
                "not-pre-approved", rule(() -> new ApprovalStage(ChangeState.AUTHORIZE, ChangeAuthority.PRE_APPROVED)));
        assertEquals(
                "stages[0]",
                path(() -> AuthorityMatrix.builder().route(ChangeType.NORMAL, RiskLevel.LOW, (ApprovalStage) null)));
        assertEquals("type", path(() -> AuthorityMatrix.BY_RISK.stages(null, RiskLevel.LOW)));
        assertEquals("level", path(() -> AuthorityMatrix.BY_RISK.authority(ChangeType.NORMAL, null)));
        assertEquals("stage.state", path(() -> new ApprovalStage(null, ChangeAuthority.CAB)));
        AuthorityMatrix.Builder none = AuthorityMatrix.builder();
        for (RiskLevel l : RiskLevel.values()) {
            none.route(ChangeType.NORMAL, l).route(ChangeType.EMERGENCY, l);
        }
        assertEquals(ChangeAuthority.PRE_APPROVED, none.build().authority(ChangeType.NORMAL, RiskLevel.HIGH));
    }

    private static String render(List<ApprovalStage> stages) {
        return String.join(
                " ", stages.stream().map(s -> s.state() + ":" + s.authority()).toList());
    }
}
