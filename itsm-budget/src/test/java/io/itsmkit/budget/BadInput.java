package io.itsmkit.budget;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import org.junit.jupiter.api.function.Executable;

/** Test helper: the rule of the first violation a call must report. */
public final class BadInput {
    private BadInput() {}

    /**
     * Runs a call that must fail validation.
     *
     * @param call the call
     * @return the rule of its first violation
     */
    public static String rule(Executable call) {
        return assertThrows(ValidationException.class, call).violations().get(0).rule();
    }
}
