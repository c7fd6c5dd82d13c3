package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.style.ItsmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A support team (assignment group) at a support tier, with the team it escalates to functionally.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Team {
    Team() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public abstract TeamId id();

    /**
     * Returns the display name.
     *
     * @return a non-blank name
     */
    public abstract String name();

    /**
     * Returns the support tier.
     *
     * @return the tier
     */
    public abstract SupportTier tier();

    /**
     * Returns the team that takes work this team cannot resolve (functional escalation), if any.
     * {@link Organisation} checks that it exists and is at a higher tier.
     *
     * @return the next team, or empty
     */
    public abstract Optional<TeamId> escalatesTo();

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static ImmutableTeam.Builder builder() {
        return ImmutableTeam.builder();
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        Checks.notBlank(name(), "team.name");
    }
}
