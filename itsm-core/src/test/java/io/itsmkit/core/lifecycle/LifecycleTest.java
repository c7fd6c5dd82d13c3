package io.itsmkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.IllegalTransitionException;
import io.itsmkit.core.error.ValidationException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    enum Light {
        RED,
        GREEN,
        AMBER,
        BROKEN
    }

    private final Lifecycle<Light> light = Lifecycle.builder("light", Light.class)
            .allow(Light.RED, Light.GREEN, Light.BROKEN)
            .allow(Light.GREEN, Light.AMBER)
            .allow(Light.AMBER, Light.RED)
            .refuse(Light.GREEN, Light.RED, "go through AMBER")
            .build();

    @Test
    void tableAndRefusals() {
        assertTrue(light.isAllowed(Light.RED, Light.GREEN));
        assertFalse(light.isAllowed(Light.GREEN, Light.RED));
        assertEquals(Set.of(Light.GREEN, Light.BROKEN), light.targetsOf(Light.RED));
        assertTrue(light.isFinal(Light.BROKEN));
        assertFalse(light.isFinal(Light.AMBER));
        assertEquals(Optional.empty(), light.refusal(Light.AMBER, Light.RED));
        assertEquals(Optional.of("go through AMBER"), light.refusal(Light.GREEN, Light.RED));
        assertEquals(Optional.of("it is already AMBER"), light.refusal(Light.AMBER, Light.AMBER));
        assertEquals(Optional.of("BROKEN is final in the light lifecycle"), light.refusal(Light.BROKEN, Light.RED));
        assertEquals(
                Optional.of("the light lifecycle allows from AMBER only [RED]"),
                light.refusal(Light.AMBER, Light.GREEN));
        assertEquals("light", light.name());
        assertTrue(light.toString().startsWith("light lifecycle {"));
    }

    @Test
    void checkThrowsNamingFromToAndWhy() {
        light.check("lamp 1", Light.RED, Light.GREEN);
        IllegalTransitionException e =
                assertThrows(IllegalTransitionException.class, () -> light.check("lamp 1", Light.GREEN, Light.RED));
        assertEquals("lamp 1: cannot go from GREEN to RED: go through AMBER", e.getMessage());
        assertEquals("GREEN", e.from());
        assertEquals("RED", e.to());
        assertEquals("go through AMBER", e.reason());
    }

    @Test
    void nullsAreValidationErrors() {
        assertThrows(ValidationException.class, () -> light.isAllowed(null, Light.RED));
        assertThrows(ValidationException.class, () -> light.isAllowed(Light.RED, null));
        assertThrows(ValidationException.class, () -> Lifecycle.builder(" ", Light.class));
        assertThrows(ValidationException.class, () -> Lifecycle.builder("x", null));
        assertThrows(
                ValidationException.class,
                () -> Lifecycle.builder("x", Light.class).refuse(Light.RED, Light.RED, " "));
    }
}
