package io.itsmkit.budget;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.itsmkit.core.testkit.ArchitectureRules;

@AnalyzeClasses(packages = "io.itsmkit.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(ArchitectureRules.Library.class);

    /** No double or float in any field, parameter or result of budget code. */
    @ArchTest
    static final ArchRule money = ArchitectureRules.NO_FLOATING_POINT_MONEY;

    /** io.itsmkit.budget.conversion.spi holds the exchange-rate port only. */
    @ArchTest
    static final ArchRule spi = ArchitectureRules.SPI_HOLDS_CONTRACTS_ONLY;
}
