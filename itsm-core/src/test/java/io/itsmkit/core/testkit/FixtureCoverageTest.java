package io.itsmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.inmemory.InMemoryAppendOnlyStore;
import io.itsmkit.core.inmemory.InMemoryRepository;
import io.itsmkit.core.label.Labels;
import io.itsmkit.core.organisation.Agent;
import io.itsmkit.core.organisation.Organisation;
import io.itsmkit.core.priority.PriorityMatrices;
import io.itsmkit.core.priority.PriorityMatrix;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.spi.VersionedRepository;
import io.itsmkit.core.ticket.Lifecycles;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.inmemory.InMemoryProblemRepository;
import io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository;
import io.itsmkit.core.ticket.spi.ProblemRepository;
import io.itsmkit.core.ticket.spi.TicketRepository;
import io.itsmkit.core.timeline.Fold;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README promises a sampler for every public core type: this test holds the fixtures to it. It scans
 * itsm-core's main classes and names each public type that has no public static method returning a
 * {@code Sampler} of it in {@link CoreFixtures} or {@link CalendarFixtures}, except the kinds and types listed
 * below with their reason.
 */
class FixtureCoverageTest {

    private static final List<Class<?>> FIXTURES = List.of(CoreFixtures.class, CalendarFixtures.class);

    /**
     * Public types that are not values a test draws, each with the reason. Beyond these, three kinds need no
     * sampler of their own (see {@link #needsSampler}): exceptions (made by the code that throws them),
     * enums and annotations ({@code Sampler.oneOf(List.of(X.values()))} samples an enum), and the permitted
     * subtypes of a sealed type whose sampler draws every one of them (checked by
     * {@link #everySealedSamplerDrawsEveryPermittedKind()}).
     */
    private static final Map<Class<?>, String> EXCLUDED = Map.ofEntries(
            // stateless services and holders of presets
            Map.entry(Checks.class, "validation helpers, no state"),
            Map.entry(Checks.Collector.class, "a mutable collector of violations inside one validation"),
            Map.entry(Labels.class, "a stateless lookup of display labels"),
            Map.entry(PriorityMatrices.class, "holds preset matrices, which presetMatrices() samples"),
            Map.entry(Lifecycles.class, "holds preset lifecycles, which lifecycles() samples"),
            // builders: mutable, one use; the samplers of what they build use them
            Map.entry(Agent.Builder.class, "builder of Agent; agents() uses it"),
            Map.entry(Organisation.Builder.class, "builder of Organisation; organisations() uses it"),
            Map.entry(PriorityMatrix.Builder.class, "builder of PriorityMatrix; priorityMatrices() uses it"),
            Map.entry(
                    io.itsmkit.core.cmdb.ServiceGraph.Builder.class,
                    "builder of ServiceGraph; serviceGraphs() uses it"),
            Map.entry(io.itsmkit.core.lifecycle.Lifecycle.Builder.class, "builder of Lifecycle"),
            Map.entry(
                    io.itsmkit.core.calendar.BusinessCalendar.Builder.class,
                    "builder of BusinessCalendar; businessCalendars() builds from definitions"),
            // SPI interfaces a host implements, and the in-memory adapters: the TCKs test these, not samples
            Map.entry(VersionedRepository.class, "storage port, checked by VersionedRepositoryTck"),
            Map.entry(AppendOnlyStore.class, "storage port, checked by AppendOnlyStoreTck"),
            Map.entry(TicketRepository.class, "storage port, checked by TicketRepositoryTck"),
            Map.entry(ProblemRepository.class, "storage port, checked by ProblemRepositoryTck"),
            Map.entry(InMemoryRepository.class, "in-memory adapter, a mutable store"),
            Map.entry(InMemoryAppendOnlyStore.class, "in-memory adapter, a mutable store"),
            Map.entry(InMemoryTicketRepository.class, "in-memory adapter, a mutable store"),
            Map.entry(InMemoryProblemRepository.class, "in-memory adapter, a mutable store"),
            // extension points
            Map.entry(Identified.class, "capability interface of aggregates; tickets() and problems() sample them"),
            Map.entry(Fold.class, "abstract base an aggregate extends to be a fold; not a value"));

    /** Every public type of itsm-core's main classes. */
    private static List<Class<?>> publicCoreTypes() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.itsmkit.core")
                        .stream()
                        .map(JavaClass::reflect)
                        .filter(FixtureCoverageTest::isPublicApi)
                        .sorted(Comparator.comparing(Class::getName))
                        .collect(Collectors.toList());
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return !type.getSimpleName().equals("package-info");
    }

    @Test
    void everyPublicCoreTypeHasASampler() {
        List<Class<?>> types = publicCoreTypes();
        // the scan sees the whole of core, or the test would pass on nothing
        assertEquals(true, types.size() > 80, types.toString());
        assertEquals(List.of(), missingSamplers(types, FIXTURES, EXCLUDED));
    }

    @Test
    void everySealedSamplerDrawsEveryPermittedKind() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : publicCoreTypes()) {
            if (type.isSealed()) {
                missing.addAll(kindsNeverDrawn(type, samplersOf(type, FIXTURES)));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noExclusionIsStale() {
        // an excluded type that gains a sampler, or leaves the public API, should leave the list too
        List<Class<?>> types = publicCoreTypes();
        List<String> stale = EXCLUDED.keySet().stream()
                .filter(t -> !types.contains(t) || !samplersOf(t, FIXTURES).isEmpty())
                .map(Class::getName)
                .sorted()
                .toList();
        assertEquals(List.of(), stale);
    }

    /**
     * Names the types that need a sampler and have none among the fixtures.
     *
     * @param types the types to check
     * @param fixtures the classes whose public static methods may return samplers
     * @param excluded types that need no sampler, with the reason
     * @return the names of the uncovered types, sorted
     */
    static List<String> missingSamplers(List<Class<?>> types, List<Class<?>> fixtures, Map<Class<?>, String> excluded) {
        List<Class<?>> sealedWithSampler = types.stream()
                .filter(Class::isSealed)
                .filter(t -> !samplersOf(t, fixtures).isEmpty())
                .toList();
        return types.stream()
                .filter(t -> needsSampler(t, excluded, sealedWithSampler))
                .filter(t -> samplersOf(t, fixtures).isEmpty())
                .map(Class::getName)
                .sorted()
                .toList();
    }

    private static boolean needsSampler(Class<?> type, Map<Class<?>, String> excluded, List<Class<?>> sealedSampled) {
        if (excluded.containsKey(type)
                || Throwable.class.isAssignableFrom(type) // made by the code that throws them
                || type.isEnum() // Sampler.oneOf(List.of(X.values()))
                || type.isAnnotation()) {
            return false;
        }
        // a permitted subtype is drawn by its sealed parent's sampler (every kind: see kindsNeverDrawn)
        return sealedSampled.stream()
                .noneMatch(
                        parent -> Arrays.asList(parent.getPermittedSubclasses()).contains(type));
    }

    /**
     * The public static methods of the fixtures whose return type is {@code Sampler<T>} for {@code type} as
     * {@code T}'s class (its type arguments aside: {@code Sampler<Timeline<TicketEvent>>} samples Timeline).
     *
     * @param type the sampled type
     * @param fixtures the fixture classes
     * @return the methods
     */
    static List<Method> samplersOf(Class<?> type, List<Class<?>> fixtures) {
        List<Method> out = new ArrayList<>();
        for (Class<?> f : fixtures) {
            for (Method m : f.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isPublic(mod)
                        && Modifier.isStatic(mod)
                        && m.getGenericReturnType() instanceof ParameterizedType p
                        && p.getRawType() == Sampler.class
                        && rawClass(p.getActualTypeArguments()[0]) == type) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The class of a type argument, {@code Void} for a wildcard or type variable. */
    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType p ? rawClass(p.getRawType()) : Void.class;
    }

    /**
     * Names the permitted subtypes of a sealed type that none of its no-argument samplers draws in 2,000
     * samples each.
     *
     * @param sealed the sealed type
     * @param samplers its samplers
     * @return the names of the kinds never drawn, sorted
     */
    static List<String> kindsNeverDrawn(Class<?> sealed, List<Method> samplers) {
        Set<Optional<Class<?>>> drawn = new HashSet<>();
        SplittableRandom random = new SplittableRandom(11);
        for (Method m : samplers) {
            if (m.getParameterCount() == 0) {
                Sampler<?> s = invoke(m);
                for (int i = 0; i < 2_000; i++) {
                    // the permitted kind the value belongs to (itself for a record)
                    drawn.add(permittedKindOf(sealed, s.sample(random).getClass()));
                }
            }
        }
        return Arrays.stream(sealed.getPermittedSubclasses())
                .filter(k -> !drawn.contains(Optional.of(k)))
                .map(Class::getName)
                .sorted()
                .toList();
    }

    private static Optional<Class<?>> permittedKindOf(Class<?> sealed, Class<?> kind) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .filter(k -> k.isAssignableFrom(kind))
                .findFirst();
    }

    private static Sampler<?> invoke(Method m) {
        try {
            return (Sampler<?>) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(m + " failed", e);
        }
    }

    // ---- the finder itself catches what it must ----

    /** Fixtures with a ticket sampler and near misses for the timeline: none of those counts. */
    static final class SomeFixtures {
        private SomeFixtures() {}

        public static Sampler<Ticket> tickets() {
            return CoreFixtures.tickets();
        }

        /** Not static. */
        public Sampler<Timeline<TicketEvent>> timelinesOfAnInstance() {
            return CoreFixtures.ticketTimelines();
        }

        /** Not public. */
        static Sampler<Timeline<TicketEvent>> hiddenTimelines() {
            return CoreFixtures.ticketTimelines();
        }

        /** A sampler of something else. */
        public static Sampler<Stamp> timelineStamps() {
            return CoreFixtures.stamps();
        }

        /** Only opening events. */
        public static Sampler<TicketEvent> openings() {
            return CoreFixtures.tickets().map(t -> t.timeline().first().event());
        }
    }

    @Test
    void theFinderNamesATypeWithoutASampler() {
        assertEquals(
                List.of(Timeline.class.getName()),
                missingSamplers(List.of(Ticket.class, Timeline.class), List.of(SomeFixtures.class), Map.of()));
        assertEquals(
                List.of(),
                missingSamplers(
                        List.of(Ticket.class, Timeline.class),
                        List.of(SomeFixtures.class),
                        Map.of(Timeline.class, "a reason")));
        // an enum, an exception and an annotation need none; a plain class does
        assertEquals(
                List.of(Instant.class.getName()),
                missingSamplers(
                        List.of(
                                io.itsmkit.core.ticket.TicketState.class,
                                io.itsmkit.core.error.ValidationException.class,
                                io.itsmkit.core.style.ItsmStyle.class,
                                Instant.class),
                        List.of(SomeFixtures.class),
                        Map.of()));
    }

    @Test
    void theFinderNamesTheKindsASealedSamplerNeverDraws() {
        List<String> never =
                kindsNeverDrawn(TicketEvent.class, samplersOf(TicketEvent.class, List.of(SomeFixtures.class)));
        assertEquals(TicketEvent.class.getPermittedSubclasses().length - 1, never.size(), never.toString());
        assertEquals(false, never.contains(TicketEvent.Opened.class.getName()));
        // and the permitted kinds of a sealed type with no sampler at all are named by missingSamplers
        assertEquals(
                List.of(TicketEvent.class.getName(), TicketEvent.Opened.class.getName()),
                missingSamplers(List.of(TicketEvent.class, TicketEvent.Opened.class), List.of(Stamp.class), Map.of()));
    }
}
