package io.itsmkit.core.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture rules of DESIGN.md, in one place. No rule passes on an empty set of classes (ArchUnit's
 * default, never switched off here), so each module runs exactly the rules that apply to it:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.itsmkit.budget", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchTests library = ArchTests.in(ArchitectureRules.Library.class);
 *     @ArchTest static final ArchRule money = ArchitectureRules.NO_FLOATING_POINT_MONEY;
 * }
 * }</pre>
 *
 * <p>Every rule is proven in itsm-core's tests by a deliberately bad class that it must flag.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    private static final Set<String> MODULES = Set.of("core", "sla", "change", "budget", "examples");

    /** Packages never form cycles, between any two packages (sub-packages included). */
    public static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("io.itsmkit.(**)").should().beFreeOfCycles();

    /** Modules depend only on core: sla, change and budget never on each other, nothing on examples. */
    public static final ArchRule MODULES_DEPEND_ONLY_ON_CORE = classes()
            .that()
            .resideInAPackage("io.itsmkit..")
            .and()
            .resideOutsideOfPackage("io.itsmkit.examples..")
            .should(dependOnlyOnOwnModuleOrCore());

    /** Core depends only on the JDK, Guava, SLF4J, JSpecify and Immutables' annotations. */
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
                    "io.itsmkit.core..");

    /** Time is java.time: no java.util.Date, Calendar, TimeZone or java.sql time types. */
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
            .resideInAPackage("java.sql..");

    /**
     * Nothing reads the system clock, by a call or a method reference: no {@code now()} of java.time, no
     * {@code Clock.systemUTC()}/{@code systemDefaultZone()}, no {@code System.currentTimeMillis()} or
     * {@code nanoTime()}. Services take a {@link java.time.Clock} or an explicit instant.
     */
    public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
            .that()
            .resideInAPackage("io.itsmkit..")
            .and()
            .resideOutsideOfPackage("io.itsmkit.examples..")
            .should()
            .accessTargetWhere(readsSystemClock());

    /** Money is never double or float: no such field, parameter or result in budget or money code. */
    public static final ArchRule NO_FLOATING_POINT_MONEY = classes()
            .that()
            .resideInAnyPackage("io.itsmkit.budget..", "..money..")
            .should(useNoFloatingPointTypes());

    /** SPI packages hold interfaces, value types (records, enums) and exceptions only. */
    public static final ArchRule SPI_HOLDS_CONTRACTS_ONLY =
            classes().that().resideInAPackage("io.itsmkit..spi..").should(beInterfaceValueOrException());

    /** Packages are named by domain concept, never by technical layer. */
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
                    "..helpers..");

    /**
     * The public API speaks in JDK types and the library's own: no public member of a public class takes or
     * returns a Guava or Immutables type, nor a generated {@code ImmutableX} class, and generated classes are
     * not public.
     */
    public static final ArchRule PUBLIC_API_USES_JDK_AND_OWN_TYPES =
            classes().that().resideInAPackage("io.itsmkit..").and().arePublic().should(exposeOnlyJdkAndOwnTypes());

    /** The rules every library module (core, sla, change, budget) runs over its production classes. */
    public static final class Library {
        private Library() {}

        /** See {@link ArchitectureRules#NO_PACKAGE_CYCLES}. */
        @ArchTest
        public static final ArchRule NO_PACKAGE_CYCLES = ArchitectureRules.NO_PACKAGE_CYCLES;

        /** See {@link ArchitectureRules#MODULES_DEPEND_ONLY_ON_CORE}. */
        @ArchTest
        public static final ArchRule MODULES_DEPEND_ONLY_ON_CORE = ArchitectureRules.MODULES_DEPEND_ONLY_ON_CORE;

        /** See {@link ArchitectureRules#NO_LEGACY_DATE_TIME}. */
        @ArchTest
        public static final ArchRule NO_LEGACY_DATE_TIME = ArchitectureRules.NO_LEGACY_DATE_TIME;

        /** See {@link ArchitectureRules#NO_SYSTEM_CLOCK}. */
        @ArchTest
        public static final ArchRule NO_SYSTEM_CLOCK = ArchitectureRules.NO_SYSTEM_CLOCK;

        /** See {@link ArchitectureRules#PACKAGES_BY_CONCEPT}. */
        @ArchTest
        public static final ArchRule PACKAGES_BY_CONCEPT = ArchitectureRules.PACKAGES_BY_CONCEPT;

        /** See {@link ArchitectureRules#PUBLIC_API_USES_JDK_AND_OWN_TYPES}. */
        @ArchTest
        public static final ArchRule PUBLIC_API_USES_JDK_AND_OWN_TYPES =
                ArchitectureRules.PUBLIC_API_USES_JDK_AND_OWN_TYPES;
    }

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
        return MODULES.contains(module) ? module : null;
    }

    private static DescribedPredicate<JavaAccess<?>> readsSystemClock() {
        return DescribedPredicate.describe("reads the system clock", access -> {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return (owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system")))
                    || (owner.equals("java.lang.System")
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
    }

    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private static ArchCondition<JavaClass> useNoFloatingPointTypes() {
        return new ArchCondition<>("use no double or float in fields, parameters or results") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaField f : c.getFields()) {
                    if (FLOATING.contains(f.getRawType().getName())) {
                        events.add(SimpleConditionEvent.violated(
                                f, f.getFullName() + " is " + f.getRawType().getName()));
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (FLOATING.contains(u.getRawReturnType().getName())) {
                        events.add(SimpleConditionEvent.violated(
                                u,
                                u.getFullName() + " returns "
                                        + u.getRawReturnType().getName()));
                    }
                    u.getRawParameterTypes().stream()
                            .filter(p -> FLOATING.contains(p.getName()))
                            .forEach(p -> events.add(
                                    SimpleConditionEvent.violated(u, u.getFullName() + " takes " + p.getName())));
                }
            }
        };
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

    private static boolean foreignToTheApi(JavaClass type) {
        String name = type.getName();
        return name.startsWith("com.google.common.")
                || name.startsWith("org.immutables.")
                || (name.startsWith("io.itsmkit.") && type.getSimpleName().startsWith("Immutable"));
    }

    private static ArchCondition<JavaClass> exposeOnlyJdkAndOwnTypes() {
        return new ArchCondition<>("expose only JDK and itsmkit types, and no generated class") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (c.getSimpleName().startsWith("Immutable")
                        && c.getPackageName().startsWith("io.itsmkit.")) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is a public generated class"));
                }
                Stream.concat(
                                c.getCodeUnits().stream()
                                        .filter(u -> u.getModifiers().contains(JavaModifier.PUBLIC))
                                        .flatMap(u -> Stream.concat(
                                                        Stream.of(u.getRawReturnType()),
                                                        u.getRawParameterTypes().stream())
                                                .filter(ArchitectureRules::foreignToTheApi)
                                                .map(t -> u.getFullName() + " uses " + t.getName())),
                                c.getFields().stream()
                                        .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                                        .filter(f -> foreignToTheApi(f.getRawType()))
                                        .map(f -> f.getFullName() + " is a "
                                                + f.getRawType().getName()))
                        .forEach(message -> events.add(SimpleConditionEvent.violated(c, message)));
            }
        };
    }
}
