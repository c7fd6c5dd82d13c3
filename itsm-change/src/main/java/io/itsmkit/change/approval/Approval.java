package io.itsmkit.change.approval;

import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.core.audit.AuditTrail;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The approval of one change: its steps with their quorums, the decisions taken, segregation of duties,
 * delegations, an optional break-glass override, and the audit trail of it all.
 *
 * <p>Rules enforced on every decision: the step exists; the decision is for one of its approvers who has not
 * decided yet; whoever decides for someone else holds a {@link Delegation} from them valid at that instant;
 * neither the person deciding nor the approver they stand for is the change's requester, nor, under
 * {@link SegregationOfDuties#STRICT}, its implementer. A refused decision throws a
 * {@link SegregationOfDutiesException} naming the person, the role and the rule, and changes nothing; a second
 * decision by the same approver, or any decision after a break-glass override, is refused with a
 * {@link StateChangeRefusedException} (rules {@code decided-once}, {@code overridden}).
 *
 * <p>Guarantees: {@link #status()} is {@link ApprovalStatus#overall} of the steps, or accepted once the glass
 * is broken; every decision and the override are appended to {@link #audit()}, whose entries are hash-chained.
 *
 * <p>Approvals are equal when they are of the same change, parties, rules, steps, delegations, override and
 * audit trail.
 *
 * <p>Implementation Requirements: immutable and thread-safe; every step returns a new approval.
 */
public final class Approval {
    /** The audit action of a decision. */
    public static final String DECISION = "change.approval.decision";

    /** The audit action of a break-glass override. */
    public static final String BREAK_GLASS = "change.approval.break-glass";

    private final ChangeId change;
    private final ActorId requester;
    private final Optional<ActorId> implementer;
    private final SegregationOfDuties rules;
    private final List<ApprovalStep> steps;
    private final List<Delegation> delegations;
    private final Optional<BreakGlass> breakGlass;
    private final AuditTrail audit;

    private Approval(
            ChangeId change,
            ActorId requester,
            Optional<ActorId> implementer,
            SegregationOfDuties rules,
            List<ApprovalStep> steps,
            List<Delegation> delegations,
            Optional<BreakGlass> breakGlass,
            AuditTrail audit) {
        this.change = change;
        this.requester = requester;
        this.implementer = implementer;
        this.rules = rules;
        this.steps = steps;
        this.delegations = delegations;
        this.breakGlass = breakGlass;
        this.audit = audit;
    }

    /**
     * Starts the approval of a change, with no decision taken.
     *
     * @param change the change's identifier
     * @param details the change (its requester and implementer are barred from approving)
     * @param rules the segregation-of-duties rules
     * @param steps the steps, with distinct names and no decision yet; none means nothing to approve
     * @return the approval
     * @throws ValidationException if an argument is null or holds null, two steps share a name, or a step
     *     already holds decisions
     */
    public static Approval start(
            ChangeId change, ChangeDetails details, SegregationOfDuties rules, List<ApprovalStep> steps) {
        Checks.notNull(change, "change");
        Checks.notNull(details, "details");
        Checks.notNull(rules, "rules");
        Checks.notNull(steps, "steps");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ApprovalStep s = Checks.notNull(steps.get(i), "steps[" + i + "]");
            Checks.collector()
                    .require(names.add(s.name()), "steps[" + i + "].name", "unique", s.name(), "another step has it")
                    .require(
                            s.decisions().isEmpty(),
                            "steps[" + i + "].decisions",
                            "undecided",
                            s.decisions(),
                            "decisions are taken through the approval")
                    .throwIfAny();
        }
        return new Approval(
                change,
                details.requester(),
                details.implementer(),
                rules,
                List.copyOf(steps),
                List.of(),
                Optional.empty(),
                AuditTrail.empty());
    }

    /**
     * Returns the approval with one more delegation.
     *
     * @param delegation who may decide for whom, and when
     * @return the new approval
     * @throws ValidationException if the delegation is null
     */
    public Approval withDelegation(Delegation delegation) {
        List<Delegation> more = new ArrayList<>(delegations);
        more.add(Checks.notNull(delegation, "delegation"));
        return new Approval(change, requester, implementer, rules, steps, List.copyOf(more), breakGlass, audit);
    }

    /**
     * An approver decides for themselves.
     *
     * @param step the step's name
     * @param approver the approver deciding
     * @param decision accept or refuse
     * @param at when, not before the last audit entry
     * @return the new approval
     * @throws SegregationOfDutiesException if the approver is the requester or a barred implementer
     * @throws StateChangeRefusedException if the approver already decided or the approval was overridden
     * @throws ValidationException if the step or approver is unknown, an argument is null, or {@code at} is
     *     before the last audit entry
     */
    public Approval decide(String step, ActorId approver, Decision decision, Instant at) {
        Checks.notNull(approver, "approver");
        return decideFor(step, approver, approver, decision, at);
    }

    /**
     * Someone decides for an approver, under a delegation (or for themselves when both are the same).
     *
     * @param step the step's name
     * @param actor who decides
     * @param approver the approver decided for
     * @param decision accept or refuse
     * @param at when, not before the last audit entry
     * @return the new approval
     * @throws SegregationOfDutiesException if there is no valid delegation, or the actor or approver is the
     *     requester or a barred implementer
     * @throws StateChangeRefusedException if the approver already decided or the approval was overridden
     * @throws ValidationException if the step or approver is unknown, an argument is null, or {@code at} is
     *     before the last audit entry
     */
    public Approval decideFor(String step, ActorId actor, ActorId approver, Decision decision, Instant at) {
        Checks.notNull(step, "step");
        Checks.notNull(actor, "actor");
        Checks.notNull(approver, "approver");
        Checks.notNull(decision, "decision");
        Checks.notNull(at, "at");
        notOverridden();
        int index = indexOf(step);
        ApprovalStep s = steps.get(index);
        if (!s.approvers().contains(approver)) {
            throw new ValidationException("approver", "known-approver", approver, "is not an approver of step " + step);
        }
        if (s.decisionOf(approver).isPresent()) {
            throw new StateChangeRefusedException(
                    subject(),
                    "decided-once",
                    approver + " already decided in step " + step + ": "
                            + s.decisionOf(approver).get());
        }
        if (!actor.equals(approver) && delegations.stream().noneMatch(d -> d.allows(actor, approver, at))) {
            throw new SegregationOfDutiesException(
                    subject(),
                    actor,
                    "delegate",
                    "approval-on-behalf-needs-delegation",
                    actor + " may not decide for " + approver + " on change " + change + " as a delegate"
                            + ": there is no delegation from " + approver + " to " + actor + " valid at " + at);
        }
        barred(actor);
        if (!actor.equals(approver)) {
            barred(approver);
        }
        ApprovalStep decided = s.with(approver, decision);
        List<ApprovalStep> next = new ArrayList<>(steps);
        next.set(index, decided);
        AuditTrail trail = audit.append(
                actor,
                at,
                subject(),
                DECISION,
                s.status() + " -> " + decided.status() + ": " + approver + " " + decision + " in step " + step
                        + (actor.equals(approver) ? "" : " (by " + actor + ")"));
        return new Approval(change, requester, implementer, rules, List.copyOf(next), delegations, breakGlass, trail);
    }

    /**
     * Overrides the approval in an emergency: the change counts as accepted whatever the steps say, and the
     * override is recorded in the audit trail with its reason. Possible once; no decision follows it.
     *
     * @param actor who breaks the glass
     * @param reason why, not blank
     * @param at when, not before the last audit entry
     * @return the new approval
     * @throws StateChangeRefusedException with rule {@code overridden} if the glass is already broken
     * @throws ValidationException if an argument is null, the reason blank, or {@code at} is before the last
     *     audit entry
     */
    public Approval breakGlass(ActorId actor, String reason, Instant at) {
        BreakGlass b = new BreakGlass(actor, reason, at);
        notOverridden();
        AuditTrail trail = audit.append(
                actor, at, subject(), BREAK_GLASS, status() + " -> " + ApprovalStatus.ACCEPTED + ": " + reason);
        return new Approval(change, requester, implementer, rules, steps, delegations, Optional.of(b), trail);
    }

    private String subject() {
        return "change " + change;
    }

    private void notOverridden() {
        breakGlass.ifPresent(b -> {
            throw new StateChangeRefusedException(
                    subject(), "overridden", "the approval was overridden by " + b.actor() + " at " + b.at());
        });
    }

    private void barred(ActorId who) {
        if (who.equals(requester)) {
            throw new SegregationOfDutiesException(
                    subject(),
                    who,
                    "requester",
                    "requester-may-not-approve",
                    who + " is the requester of change " + change + " and may not approve it");
        }
        if (rules.implementerMayNotApprove() && implementer.map(who::equals).orElse(false)) {
            throw new SegregationOfDutiesException(
                    subject(),
                    who,
                    "implementer",
                    "implementer-may-not-approve",
                    who + " is the implementer of change " + change + " and may not approve it");
        }
    }

    private int indexOf(String step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(step)) {
                return i;
            }
        }
        throw new ValidationException("step", "known-step", step, "is not a step of the approval of " + change);
    }

    /**
     * Returns the overall status.
     *
     * @return accepted if overridden, else {@link ApprovalStatus#overall} of the steps' statuses
     */
    public ApprovalStatus status() {
        return breakGlass.isPresent()
                ? ApprovalStatus.ACCEPTED
                : ApprovalStatus.overall(
                        steps.stream().map(ApprovalStep::status).toList());
    }

    /**
     * Returns the change approved.
     *
     * @return the change's identifier
     */
    public ChangeId change() {
        return change;
    }

    /**
     * Returns the steps with their decisions.
     *
     * @return the steps, in order
     */
    public List<ApprovalStep> steps() {
        return steps;
    }

    /**
     * Returns the delegations.
     *
     * @return the delegations, in the order given
     */
    public List<Delegation> delegations() {
        return delegations;
    }

    /**
     * Returns the break-glass override.
     *
     * @return the override, if the glass was broken
     */
    public Optional<BreakGlass> breakGlass() {
        return breakGlass;
    }

    /**
     * Returns the audit trail of decisions and override. Each entry's instant is the {@code at} its decision
     * was given with; a {@code ChangeRequest} gives the instant the decision occurred, so on a change this
     * trail follows occurrence order (a retroactive decision takes its place) and is rebuilt by every replay.
     * A host that must also prove when each fact was recorded appends the change's recorded events to its
     * own trail with {@link AuditTrail#append(io.itsmkit.core.timeline.Recorded)}.
     *
     * @return the trail, oldest first
     */
    public AuditTrail audit() {
        return audit;
    }

    /**
     * Approvals are equal when every part is.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Approval other
                && other.change.equals(change)
                && other.requester.equals(requester)
                && other.implementer.equals(implementer)
                && other.rules.equals(rules)
                && other.steps.equals(steps)
                && other.delegations.equals(delegations)
                && other.breakGlass.equals(breakGlass)
                && other.audit.equals(audit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(change, requester, implementer, rules, steps, delegations, breakGlass, audit);
    }

    /**
     * Renders the approval briefly.
     *
     * @return e.g. {@code "approval of CHG1: WAITING, 2 steps"}
     */
    @Override
    public String toString() {
        return "approval of " + change + ": " + status() + ", " + steps.size()
                + (steps.size() == 1 ? " step" : " steps")
                + breakGlass.map(b -> ", overridden by " + b.actor()).orElse("");
    }
}
