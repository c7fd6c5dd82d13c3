package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A customer or stakeholder: a caller, requester or service consumer, possibly a VIP.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Stakeholder {
    Stakeholder() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract StakeholderId id();

    /**
     * Returns the display name.
     *
     * @return a non-blank name
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Tells whether the stakeholder is a VIP, whose tickets hosts commonly treat with more urgency.
     *
     * @return the VIP flag
     */
    @Value.Parameter
    public abstract boolean isVip();

    /**
     * Creates a stakeholder.
     *
     * @param id the identifier
     * @param name a non-blank display name
     * @param vip whether a VIP
     * @return the stakeholder
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or the name blank
     */
    public static Stakeholder of(StakeholderId id, String name, boolean vip) {
        return ImmutableStakeholder.of(id, name, vip);
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        Checks.notBlank(name(), "stakeholder.name");
    }
}
