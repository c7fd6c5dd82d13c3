package io.itsmkit.core.organisation;

import java.util.Optional;

/**
 * The four role levels of IT service management, lowest first; hierarchical escalation goes from one
 * level to the next.
 */
public enum RoleLevel {
    /** IT service analyst: works and coordinates tickets day to day. */
    IT_SERVICE_ANALYST,
    /** IT service manager: owns services, service levels and suppliers. */
    IT_SERVICE_MANAGER,
    /** Senior IT service manager: owns a portfolio of services and its budget. */
    SENIOR_IT_SERVICE_MANAGER,
    /** Head of IT service management: the top of the escalation chain. */
    HEAD_OF_IT_SERVICE_MANAGEMENT;

    /**
     * Returns the next level up, the target of a hierarchical escalation.
     *
     * @return the next level, or empty at the top
     */
    public Optional<RoleLevel> next() {
        return switch (this) {
            case IT_SERVICE_ANALYST -> Optional.of(IT_SERVICE_MANAGER);
            case IT_SERVICE_MANAGER -> Optional.of(SENIOR_IT_SERVICE_MANAGER);
            case SENIOR_IT_SERVICE_MANAGER -> Optional.of(HEAD_OF_IT_SERVICE_MANAGEMENT);
            case HEAD_OF_IT_SERVICE_MANAGEMENT -> Optional.empty();
        };
    }
}
