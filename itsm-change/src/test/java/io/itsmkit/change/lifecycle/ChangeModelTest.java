package io.itsmkit.change.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.lifecycle.Lifecycle;
import org.junit.jupiter.api.Test;

class ChangeModelTest {

    @Test
    void serviceNowModelPerType() {
        assertSame(ChangeModel.SERVICENOW_NORMAL, ChangeModel.serviceNow(ChangeType.NORMAL));
        assertSame(ChangeModel.SERVICENOW_STANDARD, ChangeModel.serviceNow(ChangeType.STANDARD));
        assertSame(ChangeModel.SERVICENOW_EMERGENCY, ChangeModel.serviceNow(ChangeType.EMERGENCY));
        for (ChangeType t : ChangeType.values()) {
            ChangeModel m = ChangeModel.serviceNow(t);
            assertEquals(t, m.type());
            assertEquals(ChangeState.NEW, m.initialState());
        }
        assertSame(ChangeLifecycles.SERVICENOW_NORMAL, ChangeModel.SERVICENOW_NORMAL.lifecycle());
        assertSame(ChangeLifecycles.SERVICENOW_STANDARD, ChangeModel.SERVICENOW_STANDARD.lifecycle());
        assertSame(ChangeLifecycles.SERVICENOW_EMERGENCY, ChangeModel.SERVICENOW_EMERGENCY.lifecycle());
        assertEquals("Normal", ChangeModel.SERVICENOW_NORMAL.name());
    }

    @Test
    void aModelCannotStartInAFinalState() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new ChangeModel(
                        "broken", ChangeType.NORMAL, ChangeLifecycles.SERVICENOW_NORMAL, ChangeState.CLOSED));
        Violation v = e.violations().get(0);
        assertEquals("changeModel.initialState", v.path());
        assertEquals("not-final", v.rule());
        assertEquals("CLOSED", v.offendingValue());
    }

    @Test
    void badInputNamesTheField() {
        Lifecycle<ChangeState> l = ChangeLifecycles.SERVICENOW_NORMAL;
        assertEquals("changeModel.name", path(() -> new ChangeModel(" ", ChangeType.NORMAL, l, ChangeState.NEW)));
        assertEquals("changeModel.type", path(() -> new ChangeModel("m", null, l, ChangeState.NEW)));
        assertEquals(
                "changeModel.lifecycle", path(() -> new ChangeModel("m", ChangeType.NORMAL, null, ChangeState.NEW)));
        assertEquals("changeModel.initialState", path(() -> new ChangeModel("m", ChangeType.NORMAL, l, null)));
        assertEquals("type", path(() -> ChangeModel.serviceNow(null)));
    }

    private static String path(Runnable r) {
        return assertThrows(ValidationException.class, r::run)
                .violations()
                .get(0)
                .path();
    }
}
