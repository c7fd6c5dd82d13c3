package io.itsmkit.change.approval;

import io.itsmkit.core.error.ValidationException;

/**
 * The share of a step's approvers that must accept (GLPI 11's {@code minimal_required_validation_percent}),
 * as a percentage or an exact fraction such as two thirds.
 *
 * <p>Semantics: a step is <b>accepted</b> once the accepted share reaches the quorum, <b>refused</b> once that
 * can no longer happen (the accepted and undecided approvers together fall short), and <b>waiting</b>
 * otherwise. A quorum of 0 means any single acceptance: accepted at the first acceptance, refused only when
 * every approver has refused. Shares are compared exactly ({@code accepted x denominator >= numerator x
 * approvers}), never rounded. Two differences from GLPI follow, both on purpose: GLPI rounds shares to whole
 * percents (so 2 of 3 approvers, 66.67%, pass a 67% step there; use {@link #fraction(int, int) fraction(2, 3)}
 * here), and GLPI refuses a 0% step at the first refusal while an acceptance could still come. With these
 * semantics a step's status only ever moves from waiting to accepted or refused.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param numerator the required share's numerator, from 0 to the denominator
 * @param denominator the required share's denominator, from 1 to {@value #MAX_DENOMINATOR}
 */
public record Quorum(int numerator, int denominator) {
    /** The largest denominator accepted. */
    public static final int MAX_DENOMINATOR = 1_000_000;

    /** Every approver must accept: GLPI's default step, "Validation", at 100%. */
    public static final Quorum ALL = new Quorum(1, 1);

    /** Any single acceptance suffices: 0%. */
    public static final Quorum ANY = new Quorum(0, 1);

    /**
     * Validates the fraction.
     *
     * @throws ValidationException if the denominator is not from 1 to {@value #MAX_DENOMINATOR} or the
     *     numerator not from 0 to the denominator
     * @param numerator see {@link #numerator()}
     * @param denominator see {@link #denominator()}
     */
    public Quorum {
        if (denominator < 1 || denominator > MAX_DENOMINATOR) {
            throw new ValidationException(
                    "quorum.denominator", "within-range", denominator, "must be from 1 to " + MAX_DENOMINATOR);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new ValidationException(
                    "quorum.numerator", "within-range", numerator, "must be from 0 to the denominator " + denominator);
        }
    }

    /**
     * A quorum as a percentage.
     *
     * @param percent from 0 to 100
     * @return the quorum
     * @throws ValidationException if the percentage is out of range
     */
    public static Quorum percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new ValidationException("quorum.percent", "within-range", percent, "must be from 0 to 100");
        }
        return new Quorum(percent, 100);
    }

    /**
     * A quorum as an exact fraction, e.g. {@code fraction(2, 3)}.
     *
     * @param numerator from 0 to the denominator
     * @param denominator from 1 to {@value #MAX_DENOMINATOR}
     * @return the quorum
     * @throws ValidationException if the fraction is out of range
     */
    public static Quorum fraction(int numerator, int denominator) {
        return new Quorum(numerator, denominator);
    }

    /**
     * Decides a step's status from its approvers' decisions so far.
     *
     * @param accepted approvers who accepted
     * @param refused approvers who refused
     * @param waiting approvers who have not decided
     * @return {@link ApprovalStatus#ACCEPTED}, {@link ApprovalStatus#REFUSED} or {@link ApprovalStatus#WAITING}
     * @throws ValidationException if a count is negative or there is no approver at all
     */
    public ApprovalStatus statusOf(int accepted, int refused, int waiting) {
        if (accepted < 0 || refused < 0 || waiting < 0 || (long) accepted + refused + waiting == 0) {
            throw new ValidationException(
                    "approvers",
                    "counts",
                    accepted + "/" + refused + "/" + waiting,
                    "counts must not be negative and a step needs at least one approver");
        }
        long total = (long) accepted + refused + waiting;
        if (numerator == 0) {
            return accepted > 0
                    ? ApprovalStatus.ACCEPTED
                    : waiting > 0 ? ApprovalStatus.WAITING : ApprovalStatus.REFUSED;
        }
        long required = (long) numerator * total;
        if ((long) accepted * denominator >= required) {
            return ApprovalStatus.ACCEPTED;
        }
        return ((long) accepted + waiting) * denominator >= required ? ApprovalStatus.WAITING : ApprovalStatus.REFUSED;
    }

    /**
     * Renders the quorum.
     *
     * @return e.g. {@code "67%"} or {@code "2/3"}
     */
    @Override
    public String toString() {
        return denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
    }
}
