package io.itsmkit.core.priority;

import static io.itsmkit.core.priority.SeverityDirection.HIGHEST_IS_MOST_SEVERE;
import static io.itsmkit.core.priority.SeverityDirection.ONE_IS_MOST_SEVERE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void oneIsMostSevereNumbersFromTheTop() {
        Scale<Impact> s = Scale.impacts("sn", ONE_IS_MOST_SEVERE, "High", "Medium", "Low");
        assertEquals("1 - High", s.level(1).toString());
        assertEquals("3 - Low", s.level(3).toString());
        assertEquals(s.mostSevere(), s.level(1));
        assertEquals(s.leastSevere(), s.level(3));
        assertEquals(0, s.level(1).severityIndex());
        assertEquals(3, s.size());
        assertEquals("impact", s.kind());
        assertEquals("sn", s.name());
    }

    @Test
    void highestIsMostSevereNumbersFromTheBottom() {
        Scale<Urgency> s = Scale.urgencies("glpi", HIGHEST_IS_MOST_SEVERE, "Very high", "High", "Medium");
        assertEquals("3 - Very high", s.mostSevere().toString());
        assertEquals("1 - Medium", s.level(1).toString());
        assertEquals(s.atSeverityIndex(0), s.level(3));
    }

    @Test
    void severityComparisonsIgnoreNumbering() {
        Scale<Priority> up = Scale.priorities("a", HIGHEST_IS_MOST_SEVERE, "Top", "Mid", "Bottom");
        assertTrue(up.level(3).isMoreSevereThan(up.level(2)));
        assertFalse(up.level(2).isMoreSevereThan(up.level(2)));
        assertTrue(up.level(2).isAtLeastAsSevereAs(up.level(2)));
        assertFalse(up.level(1).isAtLeastAsSevereAs(up.level(2)));
        Scale<Priority> other = Scale.priorities("b", HIGHEST_IS_MOST_SEVERE, "Top", "Mid", "Bottom");
        ValidationException e =
                assertThrows(ValidationException.class, () -> up.level(1).isMoreSevereThan(other.level(1)));
        assertEquals("on-scale", e.violations().get(0).rule());
    }

    @Test
    void lookupsByNumberAndLabel() {
        Scale<Impact> s = Scale.impacts("sn", ONE_IS_MOST_SEVERE, "High", "Low");
        assertEquals(Optional.of(s.level(2)), s.labelled("Low"));
        assertEquals(Optional.empty(), s.labelled("low"));
        ValidationException zero = assertThrows(ValidationException.class, () -> s.level(0));
        assertEquals("in-range", zero.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> s.level(3));
        assertThrows(ValidationException.class, () -> s.atSeverityIndex(-1));
        assertThrows(ValidationException.class, () -> s.atSeverityIndex(2));
    }

    @Test
    void badLabelsAreAllReported() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> Scale.priorities("p", ONE_IS_MOST_SEVERE, "A", " ", "A"));
        assertEquals(
                List.of("priorityScale.labels[1] not-blank", "priorityScale.labels[2] unique"),
                e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
        assertThrows(ValidationException.class, () -> Scale.priorities("p", ONE_IS_MOST_SEVERE));
        assertThrows(ValidationException.class, () -> Scale.priorities(" ", ONE_IS_MOST_SEVERE, "A"));
        assertThrows(ValidationException.class, () -> Scale.priorities("p", null, "A"));
        String[] many = new String[Scale.MAX_SIZE + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "L" + i;
        }
        Violation size = assertThrows(ValidationException.class, () -> Scale.impacts("p", ONE_IS_MOST_SEVERE, many))
                .violations()
                .get(0);
        assertEquals("size", size.rule());
    }

    @Test
    void equalityIsByContentAndKind() {
        Scale<Impact> a = Scale.impacts("x", ONE_IS_MOST_SEVERE, "H", "L");
        Scale<Impact> b = Scale.impacts("x", ONE_IS_MOST_SEVERE, "H", "L");
        Scale<Urgency> u = Scale.urgencies("x", ONE_IS_MOST_SEVERE, "H", "L");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.level(1), b.level(1));
        assertEquals(a.level(1).hashCode(), b.level(1).hashCode());
        assertNotEquals(a, u);
        assertNotEquals(a.level(1), u.level(1));
        assertNotEquals(a, Scale.impacts("x", HIGHEST_IS_MOST_SEVERE, "H", "L"));
        assertNotEquals(a, Scale.impacts("y", ONE_IS_MOST_SEVERE, "H", "L"));
        assertNotEquals(a, Scale.impacts("x", ONE_IS_MOST_SEVERE, "H", "M"));
        assertTrue(a.contains(b.level(2)));
        assertFalse(a.contains(u.level(2)));
        assertEquals("impact scale 'x' [1 - H, 2 - L]", a.toString());
    }

    @Test
    void levelsOfOneKindCompareMostSevereFirst() {
        Scale<Impact> s = Scale.impacts("sn", ONE_IS_MOST_SEVERE, "High", "Medium", "Low");
        List<Impact> sorted = new java.util.ArrayList<>(List.of(s.level(3), s.level(1), s.level(2)));
        java.util.Collections.sort(sorted);
        assertEquals(List.of(s.level(1), s.level(2), s.level(3)), sorted);
        assertTrue(s.level(1).compareTo(s.level(2)) < 0);
        assertEquals(0, s.level(2).compareTo(s.level(2)));
        Scale<Impact> other = Scale.impacts("other", ONE_IS_MOST_SEVERE, "High", "Low");
        ValidationException e =
                assertThrows(ValidationException.class, () -> s.level(1).compareTo(other.level(1)));
        assertEquals("on-scale", e.violations().get(0).rule());
        assertEquals(
                "other",
                assertThrows(ValidationException.class, () -> s.level(1).compareTo(null))
                        .violations()
                        .get(0)
                        .path());
    }

    /** The compiler, not a run-time check, refuses to compare an impact with an urgency. */
    @Test
    void anImpactAndAnUrgencyCannotBeComparedAtAll() {
        String code = "import io.itsmkit.core.priority.*;\n"
                + "class Mixed { boolean worse(Impact i, Urgency u) { return i.isMoreSevereThan(u); } }\n";
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> diagnostics =
                new javax.tools.DiagnosticCollector<>();
        javax.tools.JavaFileObject source =
                new javax.tools.SimpleJavaFileObject(
                        java.net.URI.create("string:///Mixed.java"), javax.tools.JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return code;
                    }
                };
        boolean compiled = javac.getTask(
                        null,
                        null,
                        diagnostics,
                        List.of(
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-proc:none",
                                "-d",
                                System.getProperty("java.io.tmpdir")),
                        null,
                        List.of(source))
                .call();
        assertFalse(compiled);
        assertTrue(
                diagnostics.getDiagnostics().stream()
                        .anyMatch(d -> d.getMessage(java.util.Locale.ROOT)
                                .contains("Urgency cannot be converted to io.itsmkit.core.priority.Impact")),
                diagnostics.getDiagnostics().toString());
    }
}
