package io.itsmkit.change;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.itsmkit.core.testkit.ArchitectureRules;

@AnalyzeClasses(packages = "io.itsmkit.change", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(ArchitectureRules.Library.class);

    @ArchTest
    static final ArchRule spi = ArchitectureRules.SPI_HOLDS_CONTRACTS_ONLY;
}
