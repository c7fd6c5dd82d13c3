package io.itsmkit.core.cmdb;

/** What a node of a {@link ServiceGraph} is: a service, or a component that services run on. */
public enum ItemKind {
    /** A service the business consumes (ITIL 4 "service"). */
    BUSINESS_SERVICE,
    /** A service that supports other services, not consumed by the business directly. */
    TECHNICAL_SERVICE,
    /** An application or software component. */
    APPLICATION,
    /** Infrastructure: servers, databases, network, storage, facilities. */
    INFRASTRUCTURE;

    /**
     * Tells whether this kind is a service.
     *
     * @return {@code true} for business and technical services
     */
    public boolean isService() {
        return this == BUSINESS_SERVICE || this == TECHNICAL_SERVICE;
    }
}
