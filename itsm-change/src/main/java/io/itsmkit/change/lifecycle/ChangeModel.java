package io.itsmkit.change.lifecycle;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.lifecycle.Lifecycle;

/**
 * A change model (ITIL 4): a named way of handling one type of change, with its lifecycle and the state a
 * change of this model starts in. Metrics are grouped by model name.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the model's name, e.g. {@code "Normal"}, not blank
 * @param type the change type the model handles
 * @param lifecycle the allowed state transitions
 * @param initialState the state a new change starts in; not final in the lifecycle
 */
public record ChangeModel(String name, ChangeType type, Lifecycle<ChangeState> lifecycle, ChangeState initialState) {

    /** ServiceNow's normal change model, starting in {@link ChangeState#NEW}. */
    public static final ChangeModel SERVICENOW_NORMAL =
            new ChangeModel("Normal", ChangeType.NORMAL, ChangeLifecycles.SERVICENOW_NORMAL, ChangeState.NEW);

    /** ServiceNow's standard change model, starting in {@link ChangeState#NEW}. */
    public static final ChangeModel SERVICENOW_STANDARD =
            new ChangeModel("Standard", ChangeType.STANDARD, ChangeLifecycles.SERVICENOW_STANDARD, ChangeState.NEW);

    /** ServiceNow's emergency change model, starting in {@link ChangeState#NEW}. */
    public static final ChangeModel SERVICENOW_EMERGENCY =
            new ChangeModel("Emergency", ChangeType.EMERGENCY, ChangeLifecycles.SERVICENOW_EMERGENCY, ChangeState.NEW);

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null, the name blank, or the initial state final
     * @param name see {@link #name()}
     * @param type see {@link #type()}
     * @param lifecycle see {@link #lifecycle()}
     * @param initialState see {@link #initialState()}
     */
    public ChangeModel {
        Checks.notBlank(name, "changeModel.name");
        Checks.notNull(type, "changeModel.type");
        Checks.notNull(lifecycle, "changeModel.lifecycle");
        Checks.notNull(initialState, "changeModel.initialState");
        if (lifecycle.isFinal(initialState)) {
            throw new ValidationException(
                    "changeModel.initialState",
                    "not-final",
                    initialState,
                    "must have a way out in the " + lifecycle.name() + " lifecycle");
        }
    }

    /**
     * Returns ServiceNow's model for a change type.
     *
     * @param type a change type
     * @return {@link #SERVICENOW_NORMAL}, {@link #SERVICENOW_STANDARD} or {@link #SERVICENOW_EMERGENCY}
     * @throws ValidationException if the type is null
     */
    public static ChangeModel serviceNow(ChangeType type) {
        return switch (Checks.notNull(type, "type")) {
            case NORMAL -> SERVICENOW_NORMAL;
            case STANDARD -> SERVICENOW_STANDARD;
            case EMERGENCY -> SERVICENOW_EMERGENCY;
        };
    }
}
