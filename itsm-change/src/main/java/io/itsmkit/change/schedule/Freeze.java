package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Optional;
import java.util.Set;

/**
 * How strictly a blackout window holds: a hard freeze blocks every change, a soft freeze blocks changes
 * unless the person scheduling holds the named override role (Hornbill's "Full Change Management Access",
 * say).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param isHard whether the freeze is hard
 * @param overrideRole the role that lifts a soft freeze; empty for a hard one
 */
public record Freeze(boolean isHard, Optional<String> overrideRole) {
    private static final Freeze HARD = new Freeze(true, Optional.empty());

    /**
     * Validates the components.
     *
     * @throws ValidationException if the role is null, blank, present for a hard freeze or missing for a soft
     *     one
     * @param isHard see {@link #isHard()}
     * @param overrideRole see {@link #overrideRole()}
     */
    public Freeze {
        Checks.notNull(overrideRole, "freeze.overrideRole");
        overrideRole.ifPresent(r -> Checks.notBlank(r, "freeze.overrideRole"));
        if (isHard == overrideRole.isPresent()) {
            throw new ValidationException(
                    "freeze.overrideRole",
                    isHard ? "none-for-hard" : "required-for-soft",
                    overrideRole.orElse("none"),
                    isHard ? "a hard freeze has no override role" : "a soft freeze names the role that lifts it");
        }
    }

    /**
     * A freeze nobody lifts.
     *
     * @return the hard freeze
     */
    public static Freeze hard() {
        return HARD;
    }

    /**
     * A freeze the holders of a role may schedule through.
     *
     * @param overrideRole the role, not blank
     * @return the soft freeze
     * @throws ValidationException if the role is null or blank
     */
    public static Freeze soft(String overrideRole) {
        return new Freeze(false, Optional.of(Checks.notBlank(overrideRole, "freeze.overrideRole")));
    }

    /**
     * Tells whether holders of some roles may schedule through this freeze.
     *
     * @param roles the roles held
     * @return {@code true} for a soft freeze whose override role is among {@code roles}
     * @throws ValidationException if the set is null
     */
    public boolean isLiftedBy(Set<String> roles) {
        Checks.notNull(roles, "roles");
        return overrideRole.map(roles::contains).orElse(false);
    }
}
