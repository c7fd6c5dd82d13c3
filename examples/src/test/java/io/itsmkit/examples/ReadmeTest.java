package io.itsmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    @ValueSource(strings = {"core", "calendar", "change"})
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
    @ValueSource(strings = {"core", "calendar", "change"})
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
}
