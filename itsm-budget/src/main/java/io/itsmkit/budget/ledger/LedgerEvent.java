package io.itsmkit.budget.ledger;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.timeline.EventId;
import java.time.LocalDate;

/** What happens to a budget ledger: an entry is posted, or a posted entry is reversed. */
public sealed interface LedgerEvent {

    /**
     * An entry was posted.
     *
     * @param entry the entry
     */
    record Posted(LedgerEntry entry) implements LedgerEvent {
        /**
         * Validates the event.
         *
         * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} if null
         */
        public Posted {
            Checks.notNull(entry, "event.entry");
        }
    }

    /**
     * A posted entry was reversed: from {@code date} on it counts no more. The correction of a mistake,
     * never an edit.
     *
     * @param posting the id of the {@link Posted} event reversed
     * @param date the day the reversal is dated, not before the entry's
     * @param reason why, for people
     */
    record Reversed(EventId posting, LocalDate date, String reason) implements LedgerEvent {
        /**
         * Validates the event.
         *
         * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} or
         *     {@code "not-blank"}
         */
        public Reversed {
            Checks.notNull(posting, "event.posting");
            Checks.notNull(date, "event.date");
            Checks.notBlank(reason, "event.reason");
        }
    }
}
