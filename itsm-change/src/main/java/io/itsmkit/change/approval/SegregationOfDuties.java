package io.itsmkit.change.approval;

/**
 * Segregation-of-duties rules for approving a change: the requester never approves their own change
 * (maker-checker), and, unless switched off, neither does its implementer ("those that approve should not
 * implement", SOC 2 CC8).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param implementerMayNotApprove whether the implementer is barred from approving
 */
public record SegregationOfDuties(boolean implementerMayNotApprove) {
    /** Requester and implementer both barred. */
    public static final SegregationOfDuties STRICT = new SegregationOfDuties(true);

    /** Only the requester barred; the implementer may approve. */
    public static final SegregationOfDuties REQUESTER_ONLY = new SegregationOfDuties(false);
}
