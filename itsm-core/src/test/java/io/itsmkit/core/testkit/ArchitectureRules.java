package io.itsmkit.core.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
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
     * Nothing reads the system clock, by a call or a method reference ({@code Instant::now}): no {@code now()} or
     * {@code now(ZoneId)} of any java.time type, no {@code Chronology.dateNow()}, no {@code Clock.systemUTC()},
     * {@code systemDefaultZone()}, {@code system(ZoneId)}, {@code tickSeconds/tickMillis/tickMinutes(ZoneId)}, no
     * {@code InstantSource.system()}, no {@code ZoneId.systemDefault()} (the host's zone is as hidden an input as
     * its clock), no {@code System.currentTimeMillis()} or {@code nanoTime()}. Services take a {@link
     * java.time.Clock} or an explicit instant, so the {@code now(Clock)} overloads are allowed: they read the clock
     * the host gave.
     */
    public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
            .that()
            .resideInAPackage("io.itsmkit..")
            .and()
            .resideOutsideOfPackage("io.itsmkit.examples..")
            .should()
            .accessTargetWhere(readsSystemClock());

    /**
     * Money is never double or float: no field, parameter (constructors' included) or result of budget or money
     * code is, or carries as an array component, type argument or bound, {@code double}, {@code float}, {@code
     * Double}, {@code Float} or a JDK primitive specialisation of them ({@code double[]}, {@code List<Double>},
     * {@code Supplier<Double>}, {@code DoubleSupplier}, {@code OptionalDouble}).
     */
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
     * The public API speaks in JDK types and the library's own: no public member of a public class, nor protected
     * member of a public class a user can extend, takes or returns a Guava or Immutables type or a generated
     * {@code ImmutableX} class, not even as a type argument or bound ({@code List<ImmutableX>}, {@code
     * Optional<ImmutableList<String>>}); and generated classes are not public.
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

    /** Clock factories that read the system clock; {@code tick(Clock, Duration)} and friends take a clock. */
    private static final Set<String> SYSTEM_CLOCK_FACTORIES =
            Set.of("systemUTC", "systemDefaultZone", "system", "tickSeconds", "tickMillis", "tickMinutes");

    private static DescribedPredicate<JavaAccess<?>> readsSystemClock() {
        return DescribedPredicate.describe("reads the system clock or zone", access -> {
            if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                return false;
            }
            String owner = target.getOwner().getName();
            String name = target.getName();
            if (owner.equals("java.lang.System")) {
                return name.equals("currentTimeMillis") || name.equals("nanoTime");
            }
            if (!owner.startsWith("java.time.")) {
                return false;
            }
            boolean takesAClock = target.getRawParameterTypes().stream()
                    .anyMatch(p ->
                            p.getName().equals("java.time.Clock") || p.getName().equals("java.time.InstantSource"));
            // now()/now(ZoneId) of every java.time type and Chronology.dateNow(...) read the system clock;
            // their now(Clock) overloads read the clock the host gave
            boolean readsNow = (name.equals("now") || name.equals("dateNow")) && !takesAClock;
            // Clock.systemUTC(), Clock.tickSeconds(ZoneId), InstantSource.system(); ZoneId.systemDefault()
            // reads the host's zone, as hidden as its clock
            boolean systemFactory = SYSTEM_CLOCK_FACTORIES.contains(name) && !takesAClock;
            return readsNow || systemFactory || name.equals("systemDefault");
        });
    }

    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    /**
     * Whether a type is floating point or carries one: {@code double[]}, {@code List<Double>}, {@code
     * Optional<Float>}, and the JDK's primitive specialisations ({@code DoubleSupplier}, {@code OptionalDouble},
     * {@code DoubleStream}, {@code ToDoubleFunction}, {@code DoubleAdder}, ...).
     */
    private static Optional<String> floatingPointIn(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .map(JavaClass::getName)
                .filter(name -> FLOATING.contains(name)
                        || (name.startsWith("java.util.") && (name.contains("Double") || name.contains("Float"))))
                .findFirst();
    }

    private static ArchCondition<JavaClass> useNoFloatingPointTypes() {
        return new ArchCondition<>(
                "use no double or float, nor a type carrying one, in fields, parameters or results") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaField f : c.getFields()) {
                    floatingPointIn(f.getType())
                            .ifPresent(t -> events.add(SimpleConditionEvent.violated(
                                    f, f.getFullName() + " is " + f.getType().getName() + ", carrying " + t)));
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    floatingPointIn(u.getReturnType())
                            .ifPresent(t -> events.add(SimpleConditionEvent.violated(
                                    u,
                                    u.getFullName() + " returns "
                                            + u.getReturnType().getName() + ", carrying " + t)));
                    for (JavaType p : u.getParameterTypes()) {
                        floatingPointIn(p)
                                .ifPresent(t -> events.add(SimpleConditionEvent.violated(
                                        u, u.getFullName() + " takes " + p.getName() + ", carrying " + t)));
                    }
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

    /**
     * Whether a member is API: public, or protected in a class a user can extend (public and not final), where a
     * subclass sees it.
     */
    private static boolean isApi(JavaClass owner, Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC)
                || (modifiers.contains(JavaModifier.PROTECTED)
                        && !owner.getModifiers().contains(JavaModifier.FINAL));
    }

    /** The foreign types a member's signature involves, type arguments and bounds included. */
    private static Stream<String> foreignTypesIn(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .filter(ArchitectureRules::foreignToTheApi)
                .map(JavaClass::getName);
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
                                        .filter(u -> isApi(c, u.getModifiers()))
                                        .flatMap(u -> Stream.concat(
                                                        Stream.of(u.getReturnType()), u.getParameterTypes().stream())
                                                .flatMap(ArchitectureRules::foreignTypesIn)
                                                .map(t -> u.getFullName() + " uses " + t)),
                                c.getFields().stream()
                                        .filter(f -> isApi(c, f.getModifiers()))
                                        .flatMap(f -> foreignTypesIn(f.getType())
                                                .map(t -> f.getFullName() + " is a "
                                                        + f.getType().getName() + ", using " + t)))
                        .forEach(message -> events.add(SimpleConditionEvent.violated(c, message)));
            }
        };
    }
}
