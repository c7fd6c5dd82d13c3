package io.itsmkit.change.approval;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One approval step (GLPI 11's validation step): its approvers, the {@link Quorum} that must accept, and the
 * decisions taken so far. Decisions are taken through {@link Approval}, which enforces segregation of duties.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the step's name, unique in its approval, not blank
 * @param quorum the share of approvers that must accept
 * @param approvers who may decide, at least one, each once
 * @param decisions the decisions taken, by approver; every key is an approver
 */
public record ApprovalStep(String name, Quorum quorum, List<ActorId> approvers, Map<ActorId, Decision> decisions) {
    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null, the name is blank, there is no
     *     approver, an approver is listed twice, or a decision is by someone who is not an approver
     * @param name see {@link #name()}
     * @param quorum see {@link #quorum()}
     * @param approvers see {@link #approvers()}
     * @param decisions see {@link #decisions()}
     */
    public ApprovalStep {
        Checks.notBlank(name, "step.name");
        Checks.notNull(quorum, "step.quorum");
        Checks.notNull(approvers, "step.approvers");
        Checks.notNull(decisions, "step.decisions");
        if (approvers.isEmpty()) {
            throw new ValidationException("step.approvers", "not-empty", name, "a step needs at least one approver");
        }
        Set<ActorId> seen = new HashSet<>();
        for (int i = 0; i < approvers.size(); i++) {
            ActorId a = Checks.notNull(approvers.get(i), "step.approvers[" + i + "]");
            if (!seen.add(a)) {
                throw new ValidationException("step.approvers[" + i + "]", "unique", a, "is listed twice");
            }
        }
        Map<ActorId, Decision> copy = new LinkedHashMap<>();
        decisions.forEach((who, d) -> {
            Checks.notNull(who, "step.decisions.approver");
            if (!seen.contains(who)) {
                throw new ValidationException(
                        "step.decisions[" + who + "]", "known-approver", who, "is not an approver of step " + name);
            }
            copy.put(who, Checks.notNull(d, "step.decisions[" + who + "]"));
        });
        approvers = List.copyOf(approvers);
        decisions = Collections.unmodifiableMap(copy);
    }

    /**
     * A step with no decision yet.
     *
     * @param name the step's name
     * @param quorum the share that must accept
     * @param approvers who may decide
     * @return the step
     * @throws ValidationException as the constructor does
     */
    public static ApprovalStep of(String name, Quorum quorum, List<ActorId> approvers) {
        return new ApprovalStep(name, quorum, approvers, Map.of());
    }

    /**
     * Returns the step's status from its decisions and quorum.
     *
     * @return {@link ApprovalStatus#WAITING}, {@link ApprovalStatus#ACCEPTED} or {@link ApprovalStatus#REFUSED}
     */
    public ApprovalStatus status() {
        int accepted = 0;
        int refused = 0;
        for (Decision d : decisions.values()) {
            if (d == Decision.ACCEPT) {
                accepted++;
            } else {
                refused++;
            }
        }
        return quorum.statusOf(accepted, refused, approvers.size() - accepted - refused);
    }

    /**
     * Returns an approver's decision.
     *
     * @param approver an approver
     * @return the decision, or empty if not taken
     */
    public Optional<Decision> decisionOf(ActorId approver) {
        return Optional.ofNullable(decisions.get(Checks.notNull(approver, "approver")));
    }

    /** The step with one more decision; {@link Approval} checks the rules first. */
    ApprovalStep with(ActorId approver, Decision decision) {
        Map<ActorId, Decision> more = new LinkedHashMap<>(decisions);
        more.put(approver, decision);
        return new ApprovalStep(name, quorum, approvers, more);
    }
}
