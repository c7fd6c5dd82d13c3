package io.itsmkit.change.approval;

import static io.itsmkit.change.approval.QuorumTest.path;
import static io.itsmkit.change.approval.QuorumTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.audit.AuditEntry;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.id.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApprovalTest {
    private static final ActorId ANA = ActorId.of("ana"); // requester
    private static final ActorId BO = ActorId.of("bo"); // implementer
    private static final ActorId CY = ActorId.of("cy");
    private static final ActorId DI = ActorId.of("di");
    private static final ActorId ED = ActorId.of("ed");
    private static final ChangeId CHG = ChangeId.of("CHG1");
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final ChangeDetails DETAILS = ChangeDetails.builder(ChangeType.NORMAL, "Patch", ANA)
            .implementer(BO)
            .build();

    private static Approval cab(SegregationOfDuties rules) {
        return Approval.start(
                CHG,
                DETAILS,
                rules,
                List.of(
                        ApprovalStep.of("peer", Quorum.ANY, List.of(ANA, BO, CY)),
                        ApprovalStep.of("CAB", Quorum.fraction(2, 3), List.of(CY, DI, ED))));
    }

    @Test
    void stepsDecideByQuorumAndTheOverallStatusFollows() {
        Approval a = cab(SegregationOfDuties.STRICT);
        assertEquals(ApprovalStatus.WAITING, a.status());
        a = a.decide("peer", CY, Decision.ACCEPT, T);
        assertEquals(ApprovalStatus.ACCEPTED, a.steps().get(0).status());
        assertEquals(ApprovalStatus.WAITING, a.status());
        a = a.decide("CAB", DI, Decision.ACCEPT, T.plusSeconds(60));
        a = a.decide("CAB", ED, Decision.REFUSE, T.plusSeconds(120));
        assertEquals(ApprovalStatus.WAITING, a.status());
        a = a.decide("CAB", CY, Decision.ACCEPT, T.plusSeconds(180));
        assertEquals(ApprovalStatus.ACCEPTED, a.status());
        assertEquals(Optional.of(Decision.REFUSE), a.steps().get(1).decisionOf(ED));
        assertEquals(Optional.empty(), a.steps().get(0).decisionOf(ANA));
        // every decision is in the hash-chained audit trail
        List<AuditEntry> entries = a.audit().entries();
        assertEquals(4, entries.size());
        assertEquals(Approval.DECISION, entries.get(3).action());
        assertEquals("change CHG1", entries.get(3).subject());
        assertEquals(
                "WAITING -> ACCEPTED: cy ACCEPT in step CAB", entries.get(3).details());
        assertTrue(a.audit().verify().isIntact());
    }

    @Test
    void theRequesterNeverApproves() {
        SegregationOfDutiesException e = assertThrows(
                SegregationOfDutiesException.class,
                () -> cab(SegregationOfDuties.REQUESTER_ONLY).decide("peer", ANA, Decision.ACCEPT, T));
        assertEquals("ana", e.person());
        assertEquals("requester", e.role());
        assertEquals("requester-may-not-approve", e.rule());
        assertEquals(
                "change CHG1: ana is the requester of change CHG1 and may not approve it "
                        + "(rule: requester-may-not-approve; nothing was changed)",
                e.getMessage());
        assertEquals(ItsmException.Kind.REFUSED, e.kind());
    }

    @Test
    void theImplementerIsBarredUnlessTheRuleIsSwitchedOff() {
        SegregationOfDutiesException e = assertThrows(
                SegregationOfDutiesException.class,
                () -> cab(SegregationOfDuties.STRICT).decide("peer", BO, Decision.ACCEPT, T));
        assertEquals("bo", e.person());
        assertEquals("implementer", e.role());
        assertEquals("implementer-may-not-approve", e.rule());
        Approval allowed = cab(SegregationOfDuties.REQUESTER_ONLY).decide("peer", BO, Decision.ACCEPT, T);
        assertEquals(ApprovalStatus.ACCEPTED, allowed.steps().get(0).status());
    }

    @Test
    void nobodyDecidesForAnotherWithoutADelegation() {
        Approval a = cab(SegregationOfDuties.STRICT);
        SegregationOfDutiesException e =
                assertThrows(SegregationOfDutiesException.class, () -> a.decideFor("CAB", ED, DI, Decision.ACCEPT, T));
        assertEquals("ed", e.person());
        assertEquals("delegate", e.role());
        assertEquals("approval-on-behalf-needs-delegation", e.rule());
        assertTrue(e.getMessage().contains("ed may not decide for di on change CHG1"), e.getMessage());
        Window week = Window.of(T.minus(Duration.ofDays(1)), Duration.ofDays(7));
        Approval delegated = a.withDelegation(new Delegation(DI, ED, week));
        Approval decided = delegated.decideFor("CAB", ED, DI, Decision.ACCEPT, T);
        assertEquals(Optional.of(Decision.ACCEPT), decided.steps().get(1).decisionOf(DI));
        assertEquals(Optional.empty(), decided.steps().get(1).decisionOf(ED));
        assertEquals(
                "WAITING -> WAITING: di ACCEPT in step CAB (by ed)",
                last(decided).details());
        assertEquals(ED, last(decided).actor());
        // outside the delegation's window, or the other way round, it does not hold
        assertThrows(
                SegregationOfDutiesException.class,
                () -> delegated.decideFor("CAB", ED, DI, Decision.ACCEPT, week.end()));
        assertThrows(SegregationOfDutiesException.class, () -> delegated.decideFor("CAB", DI, ED, Decision.ACCEPT, T));
        assertEquals(List.of(new Delegation(DI, ED, week)), delegated.delegations());
    }

    @Test
    void aDelegationDoesNotLaunderTheRequesterOrTheImplementer() {
        Window week = Window.of(T, Duration.ofDays(7));
        Approval toRequester = cab(SegregationOfDuties.STRICT).withDelegation(new Delegation(CY, ANA, week));
        SegregationOfDutiesException e = assertThrows(
                SegregationOfDutiesException.class, () -> toRequester.decideFor("CAB", ANA, CY, Decision.ACCEPT, T));
        assertEquals("requester", e.role());
        Approval fromImplementer = cab(SegregationOfDuties.STRICT).withDelegation(new Delegation(BO, CY, week));
        SegregationOfDutiesException f = assertThrows(
                SegregationOfDutiesException.class,
                () -> fromImplementer.decideFor("peer", CY, BO, Decision.ACCEPT, T));
        assertEquals("bo", f.person());
        assertEquals("implementer", f.role());
    }

    /** Every segregation-of-duties refusal: who decides, for whom, the rules and delegations in force. */
    static Stream<Arguments> sodRefusals() {
        Window week = Window.of(T, Duration.ofDays(7));
        return Stream.of(
                Arguments.of(
                        cab(SegregationOfDuties.REQUESTER_ONLY),
                        ANA,
                        ANA,
                        "ana",
                        "requester",
                        "requester-may-not-approve"),
                Arguments.of(
                        cab(SegregationOfDuties.STRICT), BO, BO, "bo", "implementer", "implementer-may-not-approve"),
                Arguments.of(
                        cab(SegregationOfDuties.STRICT),
                        ED,
                        DI,
                        "ed",
                        "delegate",
                        "approval-on-behalf-needs-delegation"),
                Arguments.of(
                        cab(SegregationOfDuties.STRICT).withDelegation(new Delegation(CY, ANA, week)),
                        ANA,
                        CY,
                        "ana",
                        "requester",
                        "requester-may-not-approve"),
                Arguments.of(
                        cab(SegregationOfDuties.STRICT).withDelegation(new Delegation(BO, CY, week)),
                        CY,
                        BO,
                        "bo",
                        "implementer",
                        "implementer-may-not-approve"));
    }

    @ParameterizedTest(name = "{1} for {2}: {4} {5}")
    @MethodSource("sodRefusals")
    void aSegregationOfDutiesRefusalNamesThePersonTheRoleAndTheRule(
            Approval approval, ActorId actor, ActorId approver, String person, String role, String rule) {
        String step = approval.steps().get(0).approvers().contains(approver) ? "peer" : "CAB";
        SegregationOfDutiesException e = assertThrows(
                SegregationOfDutiesException.class,
                () -> approval.decideFor(step, actor, approver, Decision.ACCEPT, T.plusSeconds(1)));
        assertEquals(person, e.person());
        assertEquals(role, e.role());
        assertEquals(rule, e.rule());
        String message = e.getMessage();
        assertTrue(message.contains(person + " "), message);
        assertTrue(message.contains(" " + role), message);
        assertTrue(message.contains("(rule: " + rule + ";"), message);
    }

    @Test
    void breakGlassOverridesWithAReasonInTheAuditTrail() {
        Approval refused = cab(SegregationOfDuties.STRICT)
                .decide("peer", CY, Decision.REFUSE, T)
                .decide("CAB", DI, Decision.REFUSE, T.plusSeconds(1))
                .decide("CAB", ED, Decision.REFUSE, T.plusSeconds(2));
        assertEquals(ApprovalStatus.REFUSED, refused.status());
        Approval forced = refused.breakGlass(ED, "payroll run blocked, vendor fix", T.plusSeconds(60));
        assertEquals(ApprovalStatus.ACCEPTED, forced.status());
        assertEquals(
                Optional.of(new BreakGlass(ED, "payroll run blocked, vendor fix", T.plusSeconds(60))),
                forced.breakGlass());
        AuditEntry last = last(forced);
        assertEquals(Approval.BREAK_GLASS, last.action());
        assertEquals("REFUSED -> ACCEPTED: payroll run blocked, vendor fix", last.details());
        assertEquals(ED, last.actor());
        assertTrue(forced.audit().verify().isIntact());
        assertEquals("overridden", refused(() -> forced.breakGlass(ED, "again", T.plusSeconds(61))));
        assertEquals("overridden", refused(() -> forced.decide("CAB", CY, Decision.ACCEPT, T.plusSeconds(61))));
        assertEquals("breakGlass.reason", path(() -> refused.breakGlass(ED, " ", T.plusSeconds(60))));
        assertEquals("breakGlass.reason", path(() -> refused.breakGlass(ED, null, T.plusSeconds(60))));
        assertEquals("chronological", rule(() -> refused.breakGlass(ED, "why", T)));
        assertEquals(ApprovalStatus.REFUSED, refused.status());
    }

    private static String refused(Runnable r) {
        return assertThrows(StateChangeRefusedException.class, r::run).rule();
    }

    private static AuditEntry last(Approval a) {
        List<AuditEntry> e = a.audit().entries();
        return e.get(e.size() - 1);
    }

    @Test
    void decisionRules() {
        Approval a = cab(SegregationOfDuties.STRICT).decide("CAB", CY, Decision.ACCEPT, T);
        assertEquals("decided-once", refused(() -> a.decide("CAB", CY, Decision.REFUSE, T)));
        assertEquals("known-step", rule(() -> a.decide("ECAB", CY, Decision.ACCEPT, T)));
        assertEquals("known-approver", rule(() -> a.decide("CAB", ActorId.of("zed"), Decision.ACCEPT, T)));
        assertEquals("chronological", rule(() -> a.decide("CAB", DI, Decision.ACCEPT, T.minusSeconds(1))));
        assertEquals("step", path(() -> a.decide(null, CY, Decision.ACCEPT, T)));
        assertEquals("actor", path(() -> a.decideFor("CAB", null, CY, Decision.ACCEPT, T)));
        assertEquals("approver", path(() -> a.decide("CAB", null, Decision.ACCEPT, T)));
        assertEquals("decision", path(() -> a.decide("CAB", DI, null, T)));
        assertEquals("at", path(() -> a.decide("CAB", DI, Decision.ACCEPT, null)));
        assertEquals("delegation", path(() -> a.withDelegation(null)));
        assertEquals(CHG, a.change());
    }

    @Test
    void approvalsAreValues() {
        Approval a = cab(SegregationOfDuties.STRICT);
        assertEquals(a, cab(SegregationOfDuties.STRICT));
        assertEquals(a.hashCode(), cab(SegregationOfDuties.STRICT).hashCode());
        assertNotEquals(a, cab(SegregationOfDuties.REQUESTER_ONLY));
        assertNotEquals(a, a.decide("CAB", CY, Decision.ACCEPT, T));
        assertNotEquals(a, a.withDelegation(new Delegation(CY, DI, Window.of(T, Duration.ofHours(1)))));
        assertNotEquals(a, Approval.start(ChangeId.of("CHG2"), DETAILS, SegregationOfDuties.STRICT, a.steps()));
        assertNotEquals(
                a,
                Approval.start(
                        CHG, DETAILS.toBuilder().implementer(CY).build(), SegregationOfDuties.STRICT, a.steps()));
        assertNotEquals(
                a,
                Approval.start(
                        CHG,
                        ChangeDetails.builder(ChangeType.NORMAL, "Patch", BO)
                                .implementer(BO)
                                .build(),
                        SegregationOfDuties.STRICT,
                        a.steps()));
        assertNotEquals(a, a.breakGlass(CY, "why", T));
        assertNotEquals(a, "approval");
        assertEquals("approval of CHG1: WAITING, 2 steps", a.toString());
        assertEquals(
                "approval of CHG1: ACCEPTED, 2 steps, overridden by cy",
                a.breakGlass(CY, "why", T).toString());
        assertEquals(
                "approval of CHG1: NONE, 0 steps",
                Approval.start(CHG, DETAILS, SegregationOfDuties.STRICT, List.of())
                        .toString());
        assertEquals(
                "approval of CHG1: WAITING, 1 step",
                Approval.start(
                                CHG,
                                DETAILS,
                                SegregationOfDuties.STRICT,
                                List.of(a.steps().get(0)))
                        .toString());
    }

    @Test
    void startingAndStepRules() {
        ApprovalStep decided = new ApprovalStep("s", Quorum.ALL, List.of(CY), Map.of(CY, Decision.ACCEPT));
        assertEquals(
                "undecided", rule(() -> Approval.start(CHG, DETAILS, SegregationOfDuties.STRICT, List.of(decided))));
        ApprovalStep s = ApprovalStep.of("s", Quorum.ALL, List.of(CY));
        assertEquals("unique", rule(() -> Approval.start(CHG, DETAILS, SegregationOfDuties.STRICT, List.of(s, s))));
        assertEquals(
                ApprovalStatus.NONE,
                Approval.start(CHG, DETAILS, SegregationOfDuties.STRICT, List.of())
                        .status());
        assertEquals("not-empty", rule(() -> ApprovalStep.of("s", Quorum.ALL, List.of())));
        assertEquals("unique", rule(() -> ApprovalStep.of("s", Quorum.ALL, List.of(CY, CY))));
        assertEquals(
                "known-approver",
                rule(() -> new ApprovalStep("s", Quorum.ALL, List.of(CY), Map.of(DI, Decision.ACCEPT))));
        assertEquals("step.name", path(() -> ApprovalStep.of(" ", Quorum.ALL, List.of(CY))));
        assertEquals("step.quorum", path(() -> ApprovalStep.of("s", null, List.of(CY))));
        assertEquals("approver", path(() -> s.decisionOf(null)));
        assertEquals("not-self", rule(() -> new Delegation(CY, CY, Window.of(T, Duration.ofHours(1)))));
        assertEquals("details", path(() -> Approval.start(CHG, null, SegregationOfDuties.STRICT, List.of())));
        assertEquals(
                "steps[0]",
                path(() -> Approval.start(
                        CHG, DETAILS, SegregationOfDuties.STRICT, java.util.Arrays.asList((ApprovalStep) null))));
    }
}
