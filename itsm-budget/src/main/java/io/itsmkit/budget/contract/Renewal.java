package io.itsmkit.budget.contract;

/** What happens at the end of a contract's term (GLPI's contract renewal kinds). */
public enum Renewal {
    /** The contract ends with its term. */
    NONE,
    /** Tacit renewal: the contract renews by its renewal period unless notice is given in time. */
    TACIT,
    /** Express renewal: the contract ends unless a renewal is agreed in time. */
    EXPRESS
}
