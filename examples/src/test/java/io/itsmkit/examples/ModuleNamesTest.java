package io.itsmkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every published jar names its module (Automatic-Module-Name), so a host on the module path gets stable names.
 * Checked on the jars the reactor packaged ({@code verify}); under {@code test} the classes come from directories
 * and the check is skipped, saying why.
 */
class ModuleNamesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "io.itsmkit.core.error.ItsmException, io.itsmkit.core",
        "io.itsmkit.core.testkit.CoreFixtures, io.itsmkit.core.testkit",
        "io.itsmkit.sla.package-info, io.itsmkit.sla",
        "io.itsmkit.change.package-info, io.itsmkit.change",
        "io.itsmkit.budget.package-info, io.itsmkit.budget"
    })
    void jarsNameTheirModule(String someClass, String module) throws Exception {
        URI where = Class.forName(someClass)
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        Path path = Path.of(where);
        assumeTrue(path.toString().endsWith(".jar"), "classes come from " + path + ", not a packaged jar");
        try (JarFile jar = new JarFile(path.toFile())) {
            assertEquals(module, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
