package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.priority.PriorityDecision;

/**
 * What is known when an incident or service request is logged: passed to {@link Ticket#open}.
 *
 * <p>{@code TicketDraft.of(id, title, priority).withClassification(...)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the identifier the new ticket will have
 * @param title a non-blank title
 * @param priority the initial priority decision
 * @param classification service, CI, category, caller, customer and VIP flag, as far as known
 */
public record TicketDraft(TicketId id, String title, PriorityDecision priority, Classification classification) {

    /**
     * Validates the components, reporting every broken rule at once.
     *
     * @throws ValidationException listing each null component (rule {@code "required"}) and a blank title
     *     (rule {@code "not-blank"})
     * @param id see {@link #id()}
     * @param title see {@link #title()}
     * @param priority see {@link #priority()}
     * @param classification see {@link #classification()}
     */
    public TicketDraft {
        Checks.collector()
                .require(id != null, "id", "required", null, "is required and must not be null")
                .require(title != null, "title", "required", null, "is required and must not be null")
                .require(
                        title == null || !title.isBlank(),
                        "title",
                        "not-blank",
                        "\"" + title + "\"",
                        "must not be blank")
                .require(priority != null, "priority", "required", null, "is required and must not be null")
                .require(classification != null, "classification", "required", null, "is required and must not be null")
                .throwIfAny();
    }

    /**
     * Returns a draft with nothing classified yet ({@link Classification#NONE}).
     *
     * @param id the identifier the new ticket will have
     * @param title a non-blank title
     * @param priority the initial priority decision
     * @return the draft
     * @throws ValidationException listing each broken rule
     */
    public static TicketDraft of(TicketId id, String title, PriorityDecision priority) {
        return new TicketDraft(id, title, priority, Classification.NONE);
    }

    /**
     * Returns a copy with a classification.
     *
     * @param classification the classification
     * @return the new draft
     * @throws ValidationException if {@code classification} is null
     */
    public TicketDraft withClassification(Classification classification) {
        return new TicketDraft(id, title, priority, Checks.notNull(classification, "classification"));
    }
}
