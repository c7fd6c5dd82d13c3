package io.itsmkit.core.ticket;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.CustomerId;
import io.itsmkit.core.organisation.StakeholderId;
import java.util.Optional;

/**
 * What a ticket or problem is about and whom it concerns: the attributes agreements are selected on (SLA
 * applicability, routing, recurrence). Set when the ticket is opened and changed later by reclassifying it.
 *
 * <p>Start from {@link #NONE} and derive with the {@code with...} methods:
 * {@code Classification.NONE.withService(mail).withCaller(anna).withCustomer(finance).withVip(true)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param service the affected business or technical service, if known
 * @param configurationItem the affected configuration item, if known
 * @param category the category, if known
 * @param caller who reported it or asked for it, if known
 * @param customer the caller's organisation (the customer), if known
 * @param vip whether the caller is a VIP
 */
public record Classification(
        Optional<ConfigurationItemId> service,
        Optional<ConfigurationItemId> configurationItem,
        Optional<Category> category,
        Optional<StakeholderId> caller,
        Optional<CustomerId> customer,
        boolean vip) {

    /** Nothing known yet, not a VIP. */
    public static final Classification NONE = new Classification(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param service see {@link #service()}
     * @param configurationItem see {@link #configurationItem()}
     * @param category see {@link #category()}
     * @param caller see {@link #caller()}
     * @param customer see {@link #customer()}
     * @param vip see {@link #vip()}
     */
    public Classification {
        Checks.notNull(service, "classification.service");
        Checks.notNull(configurationItem, "classification.configurationItem");
        Checks.notNull(category, "classification.category");
        Checks.notNull(caller, "classification.caller");
        Checks.notNull(customer, "classification.customer");
    }

    /**
     * Returns a copy with the affected service.
     *
     * @param service the service
     * @return the new classification
     * @throws ValidationException if {@code service} is null
     */
    public Classification withService(ConfigurationItemId service) {
        return new Classification(
                Optional.of(Checks.notNull(service, "service")), configurationItem, category, caller, customer, vip);
    }

    /**
     * Returns a copy with the affected configuration item.
     *
     * @param item the configuration item
     * @return the new classification
     * @throws ValidationException if {@code item} is null
     */
    public Classification withConfigurationItem(ConfigurationItemId item) {
        return new Classification(service, Optional.of(Checks.notNull(item, "item")), category, caller, customer, vip);
    }

    /**
     * Returns a copy with the category.
     *
     * @param category the category
     * @return the new classification
     * @throws ValidationException if {@code category} is null
     */
    public Classification withCategory(Category category) {
        return new Classification(
                service, configurationItem, Optional.of(Checks.notNull(category, "category")), caller, customer, vip);
    }

    /**
     * Returns a copy with the caller.
     *
     * @param caller the caller
     * @return the new classification
     * @throws ValidationException if {@code caller} is null
     */
    public Classification withCaller(StakeholderId caller) {
        return new Classification(
                service, configurationItem, category, Optional.of(Checks.notNull(caller, "caller")), customer, vip);
    }

    /**
     * Returns a copy with the caller's organisation.
     *
     * @param customer the customer
     * @return the new classification
     * @throws ValidationException if {@code customer} is null
     */
    public Classification withCustomer(CustomerId customer) {
        return new Classification(
                service, configurationItem, category, caller, Optional.of(Checks.notNull(customer, "customer")), vip);
    }

    /**
     * Returns a copy with the VIP flag.
     *
     * @param vip whether the caller is a VIP
     * @return the new classification
     */
    public Classification withVip(boolean vip) {
        return new Classification(service, configurationItem, category, caller, customer, vip);
    }
}
