package io.itsmkit.budget.contract;

import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * The identifier of an underpinning contract (UC) in itsm-sla, held as text: a supplier contract links
 * to the UCs it funds by identifier only, so itsm-budget does not depend on itsm-sla.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class UnderpinningContractRef extends Identifier {
    UnderpinningContractRef() {}

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws io.itsmkit.core.error.ValidationException if the text is null, blank, padded or too long
     */
    public static UnderpinningContractRef of(String value) {
        return ImmutableUnderpinningContractRef.of(value);
    }
}
