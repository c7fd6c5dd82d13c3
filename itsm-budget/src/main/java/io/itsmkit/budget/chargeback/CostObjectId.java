package io.itsmkit.budget.chargeback;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a cost object of a TBM cost model: a cost pool, a technology resource tower, a solution or
 * service, or a consumer (a business unit, a product).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class CostObjectId extends Identifier {
    CostObjectId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static CostObjectId of(String value) {
        return ImmutableCostObjectId.of(value);
    }
}
