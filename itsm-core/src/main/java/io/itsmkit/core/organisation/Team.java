package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Optional;

/**
 * A support team (assignment group) at a support tier, with the team it escalates to functionally.
 *
 * <p>{@code Team.of(id, "Service desk", SupportTier.TIER_1).withEscalatesTo(networkTeam)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the display name, not blank
 * @param tier the support tier
 * @param escalatesTo the team that takes work this team cannot resolve (functional escalation), if any;
 *     {@link Organisation} checks that it exists and is at a higher tier
 */
public record Team(TeamId id, String name, SupportTier tier, Optional<TeamId> escalatesTo) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the name blank
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param tier see {@link #tier()}
     * @param escalatesTo see {@link #escalatesTo()}
     */
    public Team {
        Checks.notNull(id, "team.id");
        Checks.notBlank(name, "team.name");
        Checks.notNull(tier, "team.tier");
        Checks.notNull(escalatesTo, "team.escalatesTo");
    }

    /**
     * Returns a team that escalates to nobody.
     *
     * @param id the identifier
     * @param name the display name
     * @param tier the support tier
     * @return the team
     * @throws ValidationException if an argument is null or the name blank
     */
    public static Team of(TeamId id, String name, SupportTier tier) {
        return new Team(id, name, tier, Optional.empty());
    }

    /**
     * Returns a copy that escalates to another team.
     *
     * @param escalatesTo the team that takes work this team cannot resolve
     * @return the new team
     * @throws ValidationException if {@code escalatesTo} is null
     */
    public Team withEscalatesTo(TeamId escalatesTo) {
        return new Team(id, name, tier, Optional.of(Checks.notNull(escalatesTo, "escalatesTo")));
    }
}
