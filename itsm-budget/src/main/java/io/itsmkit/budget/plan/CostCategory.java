package io.itsmkit.budget.plan;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A cost category of a budget line: a TBM cost pool (e.g. {@code "Software"}, {@code "Internal Labor"}) or
 * resource tower (e.g. {@code "Compute"}), as the host's cost model names it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class CostCategory extends Identifier {
    CostCategory() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static CostCategory of(String value) {
        return ImmutableCostCategory.of(value);
    }
}
