package io.itsmkit.core.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The architecture rules of DESIGN.md section 6, in one place. Every module's {@code ArchitectureTest}
 * runs them all with {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);}
 * over its own production classes.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    private static final Set<String> SIBLINGS = Set.of("core", "sla", "change", "budget", "examples");

    /** Packages of one module never form cycles. */
    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("io.itsmkit.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true);

    /** Modules depend only on core: sla, change and budget never on each other, nothing on examples. */
    @ArchTest
    public static final ArchRule MODULES_DEPEND_ONLY_ON_CORE = classes()
            .that()
            .resideInAPackage("io.itsmkit..")
            .and()
            .resideOutsideOfPackage("io.itsmkit.examples..")
            .should(dependOnlyOnOwnModuleOrCore())
            .allowEmptyShould(true);

    /** Core depends only on the JDK, Guava, SLF4J, JSpecify and Immutables' annotations. */
    @ArchTest
    public static final ArchRule CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES = classes()
            .that()
            .resideInAPackage("io.itsmkit.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "javax.annotation..",
                    "com.google.common..",
                    "com.google.errorprone.annotations..",
                    "org.slf4j..",
                    "org.jspecify..",
                    "org.immutables..",
                    "io.itsmkit.core..")
            .allowEmptyShould(true);

    /** Time is java.time: no java.util.Date, Calendar, TimeZone or java.sql time types. */
    @ArchTest
    public static final ArchRule NO_LEGACY_DATE_TIME = noClasses()
            .that()
            .resideInAPackage("io.itsmkit..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Calendar")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.TimeZone")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .allowEmptyShould(true);

    /** Nothing reads the system clock: services take a java.time.Clock or an explicit instant. */
    @ArchTest
    public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
            .that()
            .resideInAPackage("io.itsmkit..")
            .and()
            .resideOutsideOfPackage("io.itsmkit.examples..")
            .should()
            .callMethodWhere(readsSystemClock())
            .allowEmptyShould(true);

    /** Money is never double or float: no such fields anywhere in budget or money code. */
    @ArchTest
    public static final ArchRule NO_FLOATING_POINT_MONEY_FIELDS = noFields()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage("io.itsmkit.budget..", "..money..")
            .should()
            .haveRawType(double.class)
            .orShould()
            .haveRawType(float.class)
            .orShould()
            .haveRawType(Double.class)
            .orShould()
            .haveRawType(Float.class)
            .allowEmptyShould(true);

    /** Money is never double or float: no such results in budget or money code. */
    @ArchTest
    public static final ArchRule NO_FLOATING_POINT_MONEY_RESULTS = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage("io.itsmkit.budget..", "..money..")
            .should()
            .haveRawReturnType(double.class)
            .orShould()
            .haveRawReturnType(float.class)
            .allowEmptyShould(true);

    /** SPI packages hold interfaces, value types (records, enums) and exceptions only. */
    @ArchTest
    public static final ArchRule SPI_HOLDS_CONTRACTS_ONLY = classes()
            .that()
            .resideInAPackage("io.itsmkit..spi..")
            .should(beInterfaceValueOrException())
            .allowEmptyShould(true);

    /** Packages are named by domain concept, never by technical layer. */
    @ArchTest
    public static final ArchRule PACKAGES_BY_CONCEPT = noClasses()
            .should()
            .resideInAnyPackage(
                    "..model..",
                    "..service..",
                    "..services..",
                    "..util..",
                    "..utils..",
                    "..impl..",
                    "..helper..",
                    "..helpers..")
            .allowEmptyShould(true);

    private static ArchCondition<JavaClass> dependOnlyOnOwnModuleOrCore() {
        return new ArchCondition<>("depend on no sibling module other than core") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = moduleOf(d.getTargetClass().getPackageName());
                    if (target != null && !target.equals(own) && !target.equals("core")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("io.itsmkit.")) {
            return null;
        }
        String rest = packageName.substring("io.itsmkit.".length());
        String module = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return SIBLINGS.contains(module) ? module : null;
    }

    private static DescribedPredicate<JavaMethodCall> readsSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system")))
                    || (owner.equals("java.lang.System")
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
    }

    private static ArchCondition<JavaClass> beInterfaceValueOrException() {
        return new ArchCondition<>("be an interface, a record, an enum or an exception") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isInterface()
                        || c.isRecord()
                        || c.isEnum()
                        || c.isAssignableTo(Throwable.class)
                        || c.getSimpleName().equals("package-info");
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(
                            c, c.getName() + " is a class with behaviour in an SPI package"));
                }
            }
        };
    }
}
