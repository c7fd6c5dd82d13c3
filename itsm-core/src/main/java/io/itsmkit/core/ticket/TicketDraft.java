package io.itsmkit.core.ticket;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.organisation.StakeholderId;
import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.style.ItsmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known when a ticket or problem is logged: passed to {@link Ticket#open} or {@link Problem#open}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class TicketDraft {
    TicketDraft() {}

    /**
     * Returns the identifier the new ticket will have.
     *
     * @return the id
     */
    public abstract TicketId id();

    /**
     * Returns the title.
     *
     * @return a non-blank title
     */
    public abstract String title();

    /**
     * Returns the initial priority decision.
     *
     * @return the decision
     */
    public abstract PriorityDecision priority();

    /**
     * Returns the affected service or configuration item, if known.
     *
     * @return the item, or empty
     */
    public abstract Optional<ConfigurationItemId> affectedItem();

    /**
     * Returns the category, if known.
     *
     * @return the category, or empty
     */
    public abstract Optional<Category> category();

    /**
     * Returns the caller or requester, if known.
     *
     * @return the stakeholder, or empty
     */
    public abstract Optional<StakeholderId> caller();

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static ImmutableTicketDraft.Builder builder() {
        return ImmutableTicketDraft.builder();
    }

    /** Rejects a blank title. */
    @Value.Check
    protected void check() {
        Checks.notBlank(title(), "title");
    }
}
