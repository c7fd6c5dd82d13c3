package io.itsmkit.sla.agreement;

/** The kinds of agreement of ITIL 4 service level management. */
public enum AgreementKind {
    /** Service level agreement, with a customer. */
    SLA,
    /** Operational level agreement, with an internal team. */
    OLA,
    /** Underpinning contract, with a supplier. */
    UC,
    /** Experience level agreement: targets on what users say (CSAT, NPS, effort). */
    XLA
}
