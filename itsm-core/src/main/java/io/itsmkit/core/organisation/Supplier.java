package io.itsmkit.core.organisation;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.style.ItsmStyle;
import org.immutables.value.Value;

/**
 * A supplier (vendor) that provides part of a service under an underpinning contract; tickets can be
 * assigned or escalated to it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
@ItsmStyle
public abstract class Supplier {
    Supplier() {}

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract SupplierId id();

    /**
     * Returns the display name.
     *
     * @return a non-blank name
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Creates a supplier.
     *
     * @param id the identifier
     * @param name a non-blank display name
     * @return the supplier
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or the name blank
     */
    public static Supplier of(SupplierId id, String name) {
        return ImmutableSupplier.of(id, name);
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        Checks.notBlank(name(), "supplier.name");
    }
}
