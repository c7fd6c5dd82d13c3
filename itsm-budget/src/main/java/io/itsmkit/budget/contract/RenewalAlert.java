package io.itsmkit.budget.contract;

import io.itsmkit.core.error.Checks;
import java.time.LocalDate;

/**
 * A contract whose notice deadline is near.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param contract the contract
 * @param renewal how it renews
 * @param termEnd the last day of the term in force
 * @param noticeDeadline the last day to give notice (or agree a renewal, for an express one)
 * @param daysLeft days from the alert's date to the deadline, zero on the deadline
 */
public record RenewalAlert(
        ContractId contract, Renewal renewal, LocalDate termEnd, LocalDate noticeDeadline, long daysLeft) {

    /**
     * Validates the alert.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public RenewalAlert {
        Checks.notNull(contract, "alert.contract");
        Checks.notNull(renewal, "alert.renewal");
        Checks.notNull(termEnd, "alert.termEnd");
        Checks.notNull(noticeDeadline, "alert.noticeDeadline");
    }

    /**
     * Explains the alert, e.g. {@code "contract C-7 renews tacitly after 2026-12-31 unless notice is given
     * by 2026-09-30 (12 days left)"}.
     *
     * @return a sentence for people
     */
    public String reason() {
        String what = switch (renewal) {
            case TACIT -> "renews tacitly after " + termEnd + " unless notice is given by ";
            case EXPRESS -> "ends on " + termEnd + " unless a renewal is agreed by ";
            case NONE -> "ends on " + termEnd + "; notice to end it is due by ";
        };
        return "contract " + contract + " " + what + noticeDeadline + " (" + daysLeft + " days left)";
    }
}
