package io.itsmkit.change.lifecycle;

/**
 * The states of a change request, with ServiceNow's names and numeric state values (table
 * {@code change_request}, field {@code state}).
 */
public enum ChangeState {
    /** Being drafted, not yet submitted for review and authorization (ServiceNow -5). */
    NEW(-5),
    /** Peer review and technical approval (ServiceNow -4). */
    ASSESS(-4),
    /** Authorization by the change authority, e.g. change management and the CAB (ServiceNow -3). */
    AUTHORIZE(-3),
    /** Authorized and scheduled, waiting for the planned start (ServiceNow -2). */
    SCHEDULED(-2),
    /** Being implemented (ServiceNow -1). */
    IMPLEMENT(-1),
    /** Implemented; the outcome is reviewed, e.g. in a post-implementation review (ServiceNow 0). */
    REVIEW(0),
    /** Reviewed and closed (ServiceNow 3). */
    CLOSED(3),
    /** No longer required (ServiceNow 4, "Canceled"). */
    CANCELLED(4);

    private final int serviceNowValue;

    ChangeState(int serviceNowValue) {
        this.serviceNowValue = serviceNowValue;
    }

    /**
     * Returns the value ServiceNow stores for this state.
     *
     * @return from -5 ({@link #NEW}) to 4 ({@link #CANCELLED})
     */
    public int serviceNowValue() {
        return serviceNowValue;
    }
}
