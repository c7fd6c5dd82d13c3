package io.itsmkit.core.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.ProblemResolution;
import io.itsmkit.core.ticket.TicketState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

    /** Every constant of every public enum in itsm-core, found by scanning, so none can be forgotten. */
    static Stream<Enum<?>> everyPublicEnumConstant() {
        return new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("io.itsmkit.core").stream()
                        .filter(JavaClass::isEnum)
                        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                        .flatMap(c -> Stream.of(c.reflect().getEnumConstants()))
                        .map(o -> (Enum<?>) o);
    }

    /**
     * Read from the files themselves, not through the bundle: a bundle falls back from Italian to English, so a
     * deleted Italian label would still be found through it.
     */
    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPublicEnumConstant")
    void everyConstantHasItsOwnEnglishAndItalianLabel(Enum<?> constant) throws IOException {
        String key = Labels.keyOf(constant);
        String en = file("labels.properties").getProperty(key);
        String it = file("labels_it.properties").getProperty(key);
        assertNotNull(en, key + " has no English label");
        assertNotNull(it, key + " has no Italian label of its own");
        assertFalse(en.isBlank());
        assertFalse(it.isBlank());
        assertEquals(en, Labels.of(Locale.ENGLISH).label(constant));
        assertEquals(it, Labels.of(Locale.ITALIAN).label(constant));
    }

    @Test
    void bothFilesHaveTheSameKeysAndNothingElse() throws IOException {
        assertEquals(
                file("labels.properties").keySet(), file("labels_it.properties").keySet());
    }

    @Test
    void builtInHoldReasonsHaveLabelsAndHostReasonsShowTheirCode() {
        assertEquals("In attesa del fornitore", Labels.of(Locale.ITALIAN).label(OnHoldReason.AWAITING_VENDOR));
        assertEquals("Awaiting caller", Labels.of(Locale.ENGLISH).label(OnHoldReason.AWAITING_CALLER));
        assertEquals("awaiting-parts", Labels.of(Locale.ITALIAN).label(OnHoldReason.of("awaiting-parts")));
        assertThrows(ValidationException.class, () -> Labels.of(Locale.ITALIAN).label((OnHoldReason) null));
    }

    @Test
    void examples() {
        assertEquals("On hold", Labels.of(Locale.ENGLISH).label(TicketState.ON_HOLD));
        assertEquals("In attesa", Labels.of(Locale.ITALIAN).label(TicketState.ON_HOLD));
        assertEquals("Rischio accettato", Labels.of(Locale.ITALY).label(ProblemResolution.Code.RISK_ACCEPTED));
        assertEquals("ProblemResolution.Code.RISK_ACCEPTED", Labels.keyOf(ProblemResolution.Code.RISK_ACCEPTED));
        assertNotEquals(
                Labels.of(Locale.ENGLISH).label(TicketState.NEW),
                Labels.of(Locale.ITALIAN).label(TicketState.NEW));
    }

    @Test
    void otherLocalesGetEnglishWhateverTheDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertEquals("Closed", Labels.of(Locale.FRENCH).label(TicketState.CLOSED));
            assertEquals(Locale.ROOT, Labels.of(Locale.GERMAN).locale());
            assertEquals(Locale.ITALIAN, Labels.of(Locale.ITALY).locale());
        } finally {
            Locale.setDefault(before);
        }
        assertThrows(ValidationException.class, () -> Labels.of(null));
        assertThrows(ValidationException.class, () -> Labels.of(Locale.ENGLISH).label((Enum<?>) null));
        ValidationException missing = assertThrows(
                ValidationException.class, () -> Labels.of(Locale.ENGLISH).label(java.time.DayOfWeek.MONDAY));
        assertEquals("labelled", missing.violations().get(0).rule());
        assertEquals(
                List.of("DayOfWeek.MONDAY"),
                missing.violations().stream().map(v -> v.offendingValue()).toList());
    }
}
