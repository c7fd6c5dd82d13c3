package io.itsmkit.budget.plan;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a cost center: the organisational unit a budget line is planned and spent for.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class CostCenterId extends Identifier {
    CostCenterId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static CostCenterId of(String value) {
        return ImmutableCostCenterId.of(value);
    }
}
