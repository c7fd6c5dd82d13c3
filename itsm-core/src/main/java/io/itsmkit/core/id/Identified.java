package io.itsmkit.core.id;

/**
 * A value with a typed identity: tickets, problems, changes, budgets. Repositories key what they store
 * by {@link #id()}.
 *
 * @param <K> the identifier type, e.g. {@code TicketId}
 */
public interface Identified<K extends Identifier> {

    /**
     * Returns the identity.
     *
     * @return the identifier, never null
     */
    K id();
}
