package io.itsmkit.budget.plan;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * Identifies a {@link BudgetLine} within its budget.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class BudgetLineId extends Identifier {
    BudgetLineId() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static BudgetLineId of(String value) {
        return ImmutableBudgetLineId.of(value);
    }
}
