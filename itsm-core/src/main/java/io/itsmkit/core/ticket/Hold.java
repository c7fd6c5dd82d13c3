package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import java.util.Optional;

/**
 * Why an on-hold ticket waits, and optionally for whom or what: the supplier, change or problem it waits on
 * (any typed identifier, e.g. a {@code SupplierId}, a {@code ProblemId} or itsm-change's {@code ChangeId}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param reason why it waits
 * @param waitingOn what it waits on, if named
 */
public record Hold(OnHoldReason reason, Optional<Identifier> waitingOn) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param reason see {@link #reason()}
     * @param waitingOn see {@link #waitingOn()}
     */
    public Hold {
        Checks.notNull(reason, "hold.reason");
        Checks.notNull(waitingOn, "hold.waitingOn");
    }

    /**
     * Returns a hold with a reason and nothing named to wait on.
     *
     * @param reason why it waits
     * @return the hold
     * @throws ValidationException if {@code reason} is null
     */
    public static Hold of(OnHoldReason reason) {
        return new Hold(reason, Optional.empty());
    }

    /**
     * Returns a hold waiting on a named supplier, change or problem.
     *
     * @param reason why it waits
     * @param waitingOn what it waits on
     * @return the hold
     * @throws ValidationException if an argument is null
     */
    public static Hold of(OnHoldReason reason, Identifier waitingOn) {
        return new Hold(reason, Optional.of(Checks.notNull(waitingOn, "hold.waitingOn")));
    }
}
