package io.itsmkit.budget.allocation;

/**
 * How an {@link Allocation} hands out the units that are left after every share got the floor of its
 * exact share (the exact share of weight {@code w} is {@code amount x w / sum of weights}).
 *
 * <p>The names follow brick/money's allocation modes and Fowler's PoEAA {@code Money.allocate}. In every
 * mode the parts (plus the remainder, for {@link #SEPARATE_REMAINDER}) sum exactly to the amount, a zero
 * weight gets zero, and a negative amount gives the negation of allocating the positive one.
 */
public enum AllocationMode {
    /**
     * Hamilton's method (the default): the leftover units go one each to the shares with the largest
     * fractional parts, ties to the lower index. Every part is less than one unit away from its exact
     * share: the fairest split of one amount.
     */
    LARGEST_REMAINDER,

    /**
     * Fowler's method: the leftover units go one each to the first shares whose weight is above zero.
     * Simple and deterministic, but the first shares win every time.
     */
    FIRST_SHARES,

    /**
     * Floors only: every part is the floor of its exact share and the leftover units are returned apart as
     * {@link Allocation#remainder()}, e.g. for a suspense or "unallocated" account.
     */
    SEPARATE_REMAINDER,

    /**
     * Cumulative rounding, for schedules over periods: the running total after each part is the exact
     * running total rounded half-even to a unit, and each part is the difference of two running totals.
     * So a to-date sum of the parts always equals the exact to-date share rounded once. A part can be a
     * unit further from its exact share than under {@link #LARGEST_REMAINDER}.
     */
    CUMULATIVE
}
