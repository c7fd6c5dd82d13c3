package io.itsmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README cannot rot: each tagged sample region must appear in README.md verbatim (indentation removed),
 * and running the sample prints exactly the lines its comments promise.
 */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SAMPLES = Path.of("src", "main", "java", "io", "itsmkit", "examples", "readme");

    @ParameterizedTest
    @ValueSource(strings = {"core", "calendar", "definition", "holidays", "sla", "change", "budget"})
    void readmeShowsTheCompiledSample(String tag) throws IOException {
        String source = Files.readString(
                SAMPLES.resolve(Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Sample.java"));
        Matcher m = Pattern.compile("// tag::" + tag + "\\[]\\n(.*?)\\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL)
                .matcher(source);
        assertTrue(m.find(), "no tag " + tag);
        List<String> lines = m.group(1).lines().toList();
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        String snippet =
                lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
        String readme = Files.readString(README);
        assertTrue(
                readme.contains("```java\n" + snippet + "\n```"),
                "README.md must show the " + tag + " sample:\n" + snippet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "calendar", "definition", "holidays", "sla", "change", "budget"})
    void theSamplePrintsWhatItsCommentsSay(String tag) throws Exception {
        String name = Character.toUpperCase(tag.charAt(0)) + tag.substring(1) + "Sample";
        String source = Files.readString(SAMPLES.resolve(name + ".java"));
        List<String> promised = source.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("// ") && !l.startsWith("// tag::") && !l.startsWith("// end::"))
                .map(l -> l.substring(3))
                .toList();
        PrintStream before = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Class.forName("io.itsmkit.examples.readme." + name)
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(before);
        }
        assertEquals(promised, buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** What a host's test class path holds with exactly the README's test dependencies (and their own). */
    private static final List<String> HOST_CLASS_PATH = List.of(
            "itsm-core",
            "/com/google/guava/",
            "/com/google/errorprone/",
            "/com/google/j2objc/",
            "/org/jspecify/",
            "/org/slf4j/slf4j-api/",
            "/org/immutables/value-annotations/",
            "/org/quicktheories/",
            "/org/junit/",
            "/org/opentest4j/",
            "/org/apiguardian/");

    @Test
    void theFixtureSampleCompilesWithExactlyTheListedDependencies() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("```java\n(import static org.quicktheories.*?)\n```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "the README's fixture sample");
        String hostCode = "final class MyExporter {\n"
                + "    static io.itsmkit.core.ticket.Ticket roundTrip(io.itsmkit.core.ticket.Ticket t) { return t; }\n"
                + "}\n";
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("testkit") || e.contains("itsm-core"))
                .filter(e -> !e.contains("archunit") && !e.contains("jmh"))
                .filter(e -> HOST_CLASS_PATH.stream().anyMatch(e.replace('\\', '/')::contains))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(!classPath.contains("archunit") && classPath.contains("quicktheories"), classPath);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-host");
        List<JavaFileObject> sources = List.of(source("MyExporterTest", m.group(1)), source("MyExporter", hostCode));
        boolean ok = javac.getTask(
                        null,
                        null,
                        diagnostics,
                        List.of("-classpath", classPath, "-d", out.toString(), "--release", "17", "-proc:none"),
                        null,
                        sources)
                .call();
        assertTrue(
                ok,
                () -> "the README's fixture sample must compile with the listed dependencies only: "
                        + diagnostics.getDiagnostics());
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
