package io.itsmkit.change.enablement;

import io.itsmkit.change.approval.ApprovalStep;
import io.itsmkit.change.approval.Decision;
import io.itsmkit.change.approval.Delegation;
import io.itsmkit.change.approval.SegregationOfDuties;
import io.itsmkit.change.lifecycle.ChangeModel;
import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.change.metrics.PostImplementationReview;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.risk.RiskAssessment;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened to a change request. A change's {@link io.itsmkit.core.timeline.Timeline} holds
 * them; a {@link ChangeRequest} is their fold. Who did it and when is the event's
 * {@link io.itsmkit.core.timeline.Stamp}. The family is sealed and separate from the ticket and problem
 * families.
 *
 * <p>Implementation Requirements: every event is an immutable, thread-safe record.
 */
public sealed interface ChangeEvent {

    /**
     * The change was raised, in its model's initial state.
     *
     * @param model the change model
     * @param details the request's content, of the model's change type
     */
    record Raised(ChangeModel model, ChangeDetails details) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the details' type is not the model's (rule
         *     {@code "model-type"})
         * @param model see {@link #model()}
         * @param details see {@link #details()}
         */
        public Raised {
            Checks.notNull(model, "event.model");
            Checks.notNull(details, "event.details");
            if (model.type() != details.type()) {
                throw new ValidationException(
                        "event.details.type",
                        "model-type",
                        details.type(),
                        "must be the type of change model " + model.name() + ", " + model.type());
            }
        }
    }

    /**
     * The request's content was revised.
     *
     * @param from the content before
     * @param to the content after, of the same type, different from {@code from}
     */
    record Revised(ChangeDetails from, ChangeDetails to) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, nothing changed, or the type changed (rule
         *     {@code "same-type"})
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public Revised {
            Checks.changes(from, to, "event");
            if (from.type() != to.type()) {
                throw new ValidationException(
                        "event.to.type", "same-type", to.type(), "a revision keeps the change type " + from.type());
            }
        }
    }

    /**
     * The change was moved in its lifecycle.
     *
     * @param from the state before
     * @param to the state after
     */
    record StateChanged(ChangeState from, ChangeState to) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public StateChanged {
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
        }
    }

    /**
     * The change's risk was assessed.
     *
     * @param assessment the score, level and explanation
     */
    record RiskAssessed(RiskAssessment assessment) implements ChangeEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the assessment is null
         * @param assessment see {@link #assessment()}
         */
        public RiskAssessed {
            Checks.notNull(assessment, "event.assessment");
        }
    }

    /**
     * Approval was asked for, in the current state; any earlier approval is replaced.
     *
     * @param steps the approval steps, undecided
     * @param rules the segregation-of-duties rules
     */
    record ApprovalRequested(List<ApprovalStep> steps, SegregationOfDuties rules) implements ChangeEvent {
        /**
         * Validates and copies the components.
         *
         * @throws ValidationException if a component is null or holds null
         * @param steps see {@link #steps()}
         * @param rules see {@link #rules()}
         */
        public ApprovalRequested {
            Checks.notNull(steps, "event.steps");
            for (int i = 0; i < steps.size(); i++) {
                Checks.notNull(steps.get(i), "event.steps[" + i + "]");
            }
            steps = List.copyOf(steps);
            Checks.notNull(rules, "event.rules");
        }
    }

    /**
     * An approver delegated their decisions.
     *
     * @param delegation from whom, to whom, when
     */
    record Delegated(Delegation delegation) implements ChangeEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the delegation is null
         * @param delegation see {@link #delegation()}
         */
        public Delegated {
            Checks.notNull(delegation, "event.delegation");
        }
    }

    /**
     * An approval decision, by the stamp's actor, for an approver (themselves, or someone who delegated).
     *
     * @param step the approval step's name
     * @param approver the approver decided for
     * @param decision accept or refuse
     */
    record Decided(String step, ActorId approver, Decision decision) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the step blank
         * @param step see {@link #step()}
         * @param approver see {@link #approver()}
         * @param decision see {@link #decision()}
         */
        public Decided {
            Checks.notBlank(step, "event.step");
            Checks.notNull(approver, "event.approver");
            Checks.notNull(decision, "event.decision");
        }
    }

    /**
     * The stamp's actor overrode the approval (break glass), for a reason.
     *
     * @param reason why, not blank
     */
    record GlassBroken(String reason) implements ChangeEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the reason is null or blank
         * @param reason see {@link #reason()}
         */
        public GlassBroken {
            Checks.notBlank(reason, "event.reason");
        }
    }

    /**
     * The change was (re)scheduled.
     *
     * @param from the planned window before, if any
     * @param to the planned window after
     */
    record Rescheduled(Optional<Window> from, Window to) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or nothing changed
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public Rescheduled {
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            if (from.isPresent() && from.get().equals(to)) {
                throw new ValidationException(
                        "event.to", "changes-something", to, "must differ from the planned window");
            }
        }
    }

    /**
     * The post-implementation review was recorded.
     *
     * @param review the review
     */
    record Reviewed(PostImplementationReview review) implements ChangeEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the review is null
         * @param review see {@link #review()}
         */
        public Reviewed {
            Checks.notNull(review, "event.review");
        }
    }
}
