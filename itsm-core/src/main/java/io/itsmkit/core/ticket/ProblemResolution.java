package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import java.util.Optional;

/**
 * How a problem ended: fix applied, risk accepted, duplicate of another problem, or cancelled.
 *
 * <p>Fix applied and risk accepted lead to {@link ProblemState#RESOLVED}; duplicate and cancelled close
 * the problem directly ({@link ProblemState#CLOSED}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param code the resolution code
 * @param duplicateOf the problem this one duplicates, present exactly for {@link Code#DUPLICATE}
 */
public record ProblemResolution(Code code, Optional<ProblemId> duplicateOf) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null, or duplicateOf is set
     *     for another code than {@code DUPLICATE} or missing for it
     * @param code see {@link #code()}
     * @param duplicateOf see {@link #duplicateOf()}
     */
    public ProblemResolution {
        Checks.notNull(code, "resolution.code");
        Checks.notNull(duplicateOf, "resolution.duplicateOf");
        Checks.collector()
                .require(
                        duplicateOf.isPresent() == (code == Code.DUPLICATE),
                        "resolution.duplicateOf",
                        "duplicate-needs-original",
                        duplicateOf.map(ProblemId::value).orElse("none"),
                        "must name the original problem exactly when the code is DUPLICATE")
                .throwIfAny();
    }

    /**
     * A fix was applied.
     *
     * @return the resolution
     */
    public static ProblemResolution fixApplied() {
        return new ProblemResolution(Code.FIX_APPLIED, Optional.empty());
    }

    /**
     * The risk is accepted; no fix will be made.
     *
     * @return the resolution
     */
    public static ProblemResolution riskAccepted() {
        return new ProblemResolution(Code.RISK_ACCEPTED, Optional.empty());
    }

    /**
     * The problem duplicates another.
     *
     * @param original the problem kept open
     * @return the resolution
     */
    public static ProblemResolution duplicateOf(ProblemId original) {
        return new ProblemResolution(Code.DUPLICATE, Optional.of(Checks.notNull(original, "original")));
    }

    /**
     * The problem was cancelled.
     *
     * @return the resolution
     */
    public static ProblemResolution cancelled() {
        return new ProblemResolution(Code.CANCELLED, Optional.empty());
    }

    /**
     * Returns the state this resolution leads to.
     *
     * @return {@link ProblemState#RESOLVED} or {@link ProblemState#CLOSED}
     */
    public ProblemState target() {
        return code == Code.FIX_APPLIED || code == Code.RISK_ACCEPTED ? ProblemState.RESOLVED : ProblemState.CLOSED;
    }

    /** Problem resolution codes (ServiceNow). */
    public enum Code {
        /** A fix was applied. */
        FIX_APPLIED,
        /** The risk is accepted. */
        RISK_ACCEPTED,
        /** A duplicate of another problem. */
        DUPLICATE,
        /** Cancelled. */
        CANCELLED
    }
}
