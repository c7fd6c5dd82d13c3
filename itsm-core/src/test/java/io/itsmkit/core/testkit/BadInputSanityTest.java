package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tester itself: it must find every kind of leak in deliberately leaky code, and nothing in good code. */
class BadInputSanityTest {
    private static final String LEAKY = "io.itsmkit.core.archbad.leaky";

    @Test
    void everyKindOfLeakIsFoundAndGoodCodePasses() {
        BadInputSanity.Report report = BadInputSanity.withoutSamples()
                .includingTestSources()
                .calls(400)
                .timeLimit(Duration.ofMillis(300))
                .run(LEAKY);
        List<String> places =
                report.leaks().stream().map(BadInputSanity.Leak::place).toList();
        assertTrue(
                places.stream().anyMatch(p -> p.startsWith("NullPointerException") && p.contains("Leaky.length")),
                places.toString());
        assertTrue(
                places.stream()
                        .anyMatch(p -> (p.startsWith("ArithmeticException") || p.startsWith("DateTimeException"))
                                && p.contains("Leaky.plus")),
                places.toString());
        assertTrue(
                places.stream().anyMatch(p -> p.startsWith("HANG") && p.contains("Leaky.countDown")),
                places.toString());
        assertTrue(
                report.leaks().stream()
                        .anyMatch(l -> l.place().contains("Leaky.rename")
                                && l.what().contains("does not name the parameter 'title'")),
                places.toString());
        assertTrue(places.stream().noneMatch(p -> p.contains("Leaky.echo")), places.toString());
        assertTrue(report.hangs() > 0);
        assertTrue(report.exercised().contains("io.itsmkit.core.archbad.leaky.Leaky.echo(String)"));
        assertEquals(5, report.exercised().size(), report.exercised().toString());
        AssertionError failed = assertThrows(
                AssertionError.class,
                () -> BadInputSanity.withoutSamples()
                        .includingTestSources()
                        .calls(400)
                        .timeLimit(Duration.ofMillis(300))
                        .check(LEAKY));
        assertTrue(failed.getMessage().contains("leaking places"), failed.getMessage());
    }

    @Test
    void productionCodeOnlyByDefault() {
        assertEquals(0, BadInputSanity.withoutSamples().calls(10).run(LEAKY).calls());
    }
}
