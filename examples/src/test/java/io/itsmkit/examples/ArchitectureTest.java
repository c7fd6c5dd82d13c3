package io.itsmkit.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.itsmkit.core.testkit.ArchitectureRules;

/** The examples are a host: they may use any module and a clock, but keep java.time and package hygiene. */
@AnalyzeClasses(packages = "io.itsmkit.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule cycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule time = ArchitectureRules.NO_LEGACY_DATE_TIME;

    @ArchTest
    static final ArchRule packages = ArchitectureRules.PACKAGES_BY_CONCEPT;
}
