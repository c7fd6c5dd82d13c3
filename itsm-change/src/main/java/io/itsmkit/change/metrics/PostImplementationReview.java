package io.itsmkit.change.metrics;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;
import java.util.List;

/**
 * A post-implementation review (PIR): how the change turned out, whether it was backed out, which incidents it
 * caused, who reviewed it and when.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param outcome the outcome
 * @param backedOut whether the backout plan was invoked; a backed-out change is not successful
 * @param incidents the incidents the change caused, possibly none, each once
 * @param reviewer who reviewed
 * @param reviewedAt when
 * @param notes the review's notes, possibly empty
 */
public record PostImplementationReview(
        ChangeOutcome outcome,
        boolean backedOut,
        List<CausedIncident> incidents,
        ActorId reviewer,
        Instant reviewedAt,
        String notes) {
    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null, an incident is listed twice, or a
     *     backed-out change is reviewed as successful
     * @param outcome see {@link #outcome()}
     * @param backedOut see {@link #backedOut()}
     * @param incidents see {@link #incidents()}
     * @param reviewer see {@link #reviewer()}
     * @param reviewedAt see {@link #reviewedAt()}
     * @param notes see {@link #notes()}
     */
    public PostImplementationReview {
        Checks.notNull(outcome, "review.outcome");
        Checks.notNull(incidents, "review.incidents");
        for (int i = 0; i < incidents.size(); i++) {
            Checks.notNull(incidents.get(i), "review.incidents[" + i + "]");
        }
        Checks.notNull(reviewer, "review.reviewer");
        Checks.notNull(reviewedAt, "review.reviewedAt");
        Checks.notNull(notes, "review.notes");
        Checks.collector()
                .require(
                        !backedOut || outcome != ChangeOutcome.SUCCESSFUL,
                        "review.outcome",
                        "backed-out-not-successful",
                        outcome,
                        "a backed-out change is not successful")
                .require(
                        incidents.stream()
                                        .map(CausedIncident::incident)
                                        .distinct()
                                        .count()
                                == incidents.size(),
                        "review.incidents",
                        "unique",
                        incidents,
                        "lists an incident twice")
                .throwIfAny();
        incidents = List.copyOf(incidents);
    }
}
