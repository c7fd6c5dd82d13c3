package io.itsmkit.change.risk;

/**
 * Something about a change that adds points to its risk score, with the reason. {@link RiskFactors} has the
 * built-in ones; a host may write its own.
 *
 * <p>Implementations must be pure and thread-safe. For the guarantee of {@link RiskModel} that the level never
 * decreases when a factor gets worse, a factor must be monotone: a worse change never scores fewer points.
 */
public interface RiskFactor {

    /**
     * Returns the factor's name, as shown in explanations.
     *
     * @return a non-blank name, e.g. {@code "outage"}
     */
    String name();

    /**
     * Scores a change.
     *
     * @param context the change and its facts
     * @return a {@link RiskContribution.Source#FACTOR} contribution named {@link #name()}, possibly of 0 points
     * @throws io.itsmkit.core.error.ValidationException if the context lacks a fact the factor needs, naming it
     */
    RiskContribution assess(RiskContext context);
}
