package io.itsmkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo runs end to end and tells the story it promises. */
class DemoTest {
    @Test
    void demoTellsTheWholeStory() {
        PrintStream before = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Demo.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {
            "priority 3 - Moderate from matrix cell impact 2 - Medium x urgency 2 - Medium",
            "major incident NONE -> PROPOSED (rule: top priority)",
            "major incident PROPOSED -> ACCEPTED",
            "impacted: [Exchange (1 hop), Payroll (1 hop), E-mail (2 hops)], highest criticality MISSION_CRITICAL",
            "auto-close after 5 days due 6 days later? false",
            "due 2026-03-02T13:00 Rome time; resolved after PT2H of working time, in time",
            "cannot go from RESOLVED to ON_HOLD",
            "candidate [item=exchange category=email]: [INC-1001, INC-1002, INC-1003, INC-1004]",
            "PRB-77 RESOLVED with FIX_APPLIED",
            "audit trail of 2 entries intact? true; first entry: PriorityChanged on ticketId REQ-2001",
            "first tampered entry 0",
            "after someone cuts off the last entry: intact alone? true; against the checkpoint: the trail has 1 entries but the checkpoint saw 2",
            "INC-1001#1 by anna: opened",
            "supplier telco engaged",
            "state IN_PROGRESS -> ON_HOLD (awaiting-vendor telco)",
            "stored: IN_PROGRESS at version 2",
            "In attesa del fornitore"
        }) {
            assertTrue(out.contains(expected), () -> "missing: " + expected + "\n" + out);
        }
    }
}
