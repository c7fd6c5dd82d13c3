package io.itsmkit.core.ticket;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a problem.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class ProblemId extends Identifier {
    ProblemId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static ProblemId of(String value) {
        return ImmutableProblemId.of(value);
    }
}
