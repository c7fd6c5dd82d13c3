package io.itsmkit.core.testkit;

import com.google.common.reflect.ClassPath;
import io.itsmkit.core.error.ItsmException;
import io.itsmkit.core.error.ValidationException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * A bad-input sanity test for whole packages, with this library's contract: like guava-testlib's
 * {@code NullPointerTester} and {@code ClassSanityTester}, but every call must either return or throw an
 * {@link ItsmException}, and a {@code null} argument must give a {@link ValidationException} whose violation
 * names the parameter. A {@code NullPointerException}, {@code ArithmeticException},
 * {@code DateTimeException}, {@code IndexOutOfBoundsException}, {@code ClassCastException}, any other
 * exception, or a call that does not return within the time limit, is a leak.
 *
 * <p>It finds every public class of the given packages (production classes only, nested ones included), and
 * calls every public constructor, static factory, instance method and reachable builder method, with valid
 * arguments except one: {@code null}, or an extreme value of the parameter's type (instants and dates at the
 * edges of time, huge and negative durations, {@code Integer.MIN_VALUE} and friends, empty, blank and huge
 * text, empty and huge collections and collections holding {@code null}, host plug-ins that answer
 * {@code null}). Valid values come from registered {@link Sampler}s (the fixtures), or are derived: records
 * from their components, enums from their constants, interfaces from proxies, builders from their factory.
 *
 * <p>A module checks itself in one line:
 *
 * <pre>{@code
 * @Test
 * void badInputNeverLeaks() {
 *     BadInputSanity.withCoreSamples().with(Money.class, BudgetFixtures.money()).check("io.itsmkit.budget");
 * }
 * }</pre>
 *
 * <p>The number of calls is {@link #calls(int)} (default {@value #DEFAULT_CALLS}, or the system property
 * {@code itsmkit.sanity.calls}); each method gets its share, spread over its parameters and bad values, and
 * over fresh random valid arguments.
 */
public final class BadInputSanity {
    /** The default number of calls per {@link #check}. */
    public static final int DEFAULT_CALLS = 20_000;

    private static final int HUGE = 100_000;
    private static final int DERIVATION_DEPTH = 6;

    private final Map<Class<?>, Sampler<?>> samples;
    private final int calls;
    private final long seed;
    private final Duration timeLimit;
    private final boolean testSources;

    private BadInputSanity(
            Map<Class<?>, Sampler<?>> samples, int calls, long seed, Duration timeLimit, boolean testSources) {
        this.samples = samples;
        this.calls = calls;
        this.seed = seed;
        this.timeLimit = timeLimit;
        this.testSources = testSources;
    }

    /**
     * Returns a tester that knows no domain type yet (JDK types are built in).
     *
     * @return the tester
     */
    public static BadInputSanity withoutSamples() {
        return new BadInputSanity(
                new LinkedHashMap<>(),
                Integer.getInteger("itsmkit.sanity.calls", DEFAULT_CALLS),
                Long.getLong("itsmkit.sanity.seed", 20261130L),
                Duration.ofSeconds(10),
                false);
    }

    /**
     * Returns a tester that draws valid core values from the core fixtures.
     *
     * @return the tester
     */
    public static BadInputSanity withCoreSamples() {
        return CoreFixtures.sanitySamples(withoutSamples());
    }

    /**
     * Returns a tester that also draws valid values of a type from a sampler (a module's fixtures).
     *
     * @param type the type, as parameters and receivers name it
     * @param sampler valid values of it
     * @param <T> the type
     * @return a new tester
     */
    public <T> BadInputSanity with(Class<T> type, Sampler<? extends T> sampler) {
        Map<Class<?>, Sampler<?>> more = new LinkedHashMap<>(samples);
        more.put(type, sampler);
        return new BadInputSanity(more, calls, seed, timeLimit, testSources);
    }

    /**
     * Returns a tester that makes about this many calls per check.
     *
     * @param calls the number of calls, at least 1
     * @return a new tester
     */
    public BadInputSanity calls(int calls) {
        return new BadInputSanity(samples, Math.max(1, calls), seed, timeLimit, testSources);
    }

    /**
     * Returns a tester that waits at most this long for one call before it counts a hang.
     *
     * @param limit the time limit per call (default 10 s)
     * @return a new tester
     */
    public BadInputSanity timeLimit(Duration limit) {
        return new BadInputSanity(samples, calls, seed, limit, testSources);
    }

    /**
     * Returns a tester that also checks classes compiled from test sources (for the tester's own tests; by
     * default only production classes are checked).
     *
     * @return a new tester
     */
    public BadInputSanity includingTestSources() {
        return new BadInputSanity(samples, calls, seed, timeLimit, true);
    }

    /**
     * Checks the public API of the given packages (and their sub-packages) and fails with every leak found.
     *
     * @param packages package names, e.g. {@code "io.itsmkit.core"}
     * @return the report, when nothing leaked
     * @throws AssertionError listing the leaks by place, with an example call each
     */
    public Report check(String... packages) {
        Report report = run(packages);
        if (!report.leaks().isEmpty() || report.hangs() > 0) {
            throw new AssertionError(report.describe());
        }
        return report;
    }

    /**
     * Runs the calls and returns what happened, without failing.
     *
     * @param packages package names, e.g. {@code "io.itsmkit.core"}
     * @return the report
     */
    public Report run(String... packages) {
        List<Executable> targets = new ArrayList<>();
        for (Class<?> c : publicClasses(testSources, packages)) {
            targets.addAll(callables(c));
        }
        targets.sort(Comparator.comparing(BadInputSanity::signature));
        RandomGenerator random = new SplittableRandom(seed);
        Map<String, Leak> leaks = new TreeMap<>();
        long made = 0;
        long hangs = 0;
        Set<String> exercised = new TreeSet<>();
        Set<String> skipped = new TreeSet<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            int perTarget = Math.max(1, calls / Math.max(1, targets.size()));
            for (Executable e : targets) {
                int done = 0;
                for (int attempt = 0; done < perTarget && attempt < perTarget * 3; attempt++) {
                    Optional<Call> call = plan(e, random, attempt);
                    if (call.isEmpty()) {
                        continue;
                    }
                    done++;
                    made++;
                    Outcome outcome = call.get().run(worker, timeLimit);
                    if (outcome.hung()) {
                        hangs++;
                        leaks.putIfAbsent(
                                "HANG " + signature(e),
                                new Leak(
                                        "HANG " + signature(e),
                                        call.get().describe(),
                                        "no answer within " + timeLimit));
                        worker.shutdownNow();
                        worker = Executors.newSingleThreadExecutor(daemon());
                        break; // one hang is enough: the next calls would likely hang too
                    } else if (outcome.leak() != null) {
                        leaks.putIfAbsent(
                                outcome.place(),
                                new Leak(outcome.place(), call.get().describe(), outcome.leak()));
                    }
                }
                (done > 0 ? exercised : skipped).add(signature(e));
            }
        } finally {
            worker.shutdownNow();
        }
        return new Report(made, hangs, new ArrayList<>(leaks.values()), exercised, skipped);
    }

    /** One place that leaked, with an example call. */
    public record Leak(String place, String example, String what) {}

    /**
     * What a run found.
     *
     * @param calls the calls made
     * @param hangs the calls that did not return in time
     * @param leaks the distinct places that leaked
     * @param exercised the constructors and methods called at least once
     * @param skipped those that could not be called (no valid receiver or argument could be made)
     */
    public record Report(long calls, long hangs, List<Leak> leaks, Set<String> exercised, Set<String> skipped) {
        /**
         * Renders the figures and every leak.
         *
         * @return the description
         */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(calls)
                    .append(" calls, ")
                    .append(leaks.size())
                    .append(" leaking places, ")
                    .append(hangs)
                    .append(" hangs; ")
                    .append(exercised.size())
                    .append(" methods exercised, ")
                    .append(skipped.size())
                    .append(" skipped ")
                    .append(skipped)
                    .append('\n');
            for (Leak l : leaks) {
                sb.append("- ")
                        .append(l.place())
                        .append(": ")
                        .append(l.what())
                        .append("\n    e.g. ")
                        .append(l.example())
                        .append('\n');
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------------------------------- discovery

    private static List<Class<?>> publicClasses(boolean testSources, String... packages) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            List<Class<?>> out = new ArrayList<>();
            for (ClassPath.ClassInfo info : ClassPath.from(loader).getTopLevelClasses()) {
                String name = info.getName();
                if (name.endsWith("package-info")
                        || Arrays.stream(packages).noneMatch(p -> name.equals(p) || name.startsWith(p + "."))) {
                    continue;
                }
                Class<?> c = info.load();
                if (!testSources && !isProduction(c)) {
                    continue;
                }
                collect(c, out);
            }
            out.sort(Comparator.comparing(Class::getName));
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot scan the class path", e);
        }
    }

    private static void collect(Class<?> c, List<Class<?>> out) {
        if (!Modifier.isPublic(c.getModifiers()) || c.isAnnotation() || c.isSynthetic()) {
            return;
        }
        out.add(c);
        for (Class<?> nested : c.getDeclaredClasses()) {
            collect(nested, out);
        }
    }

    private static boolean isProduction(Class<?> c) {
        URL where = c.getProtectionDomain().getCodeSource() == null
                ? null
                : c.getProtectionDomain().getCodeSource().getLocation();
        String path = where == null ? "" : where.toString();
        return !path.contains("test-classes") && !path.endsWith("-tests.jar");
    }

    private static List<Executable> callables(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum() && !c.isInterface()) {
            out.addAll(Arrays.asList(c.getConstructors()));
        }
        for (Method m : c.getMethods()) {
            Class<?> owner = m.getDeclaringClass();
            boolean ours = owner.getName().startsWith("io.itsmkit.");
            boolean inheritedFromApi = owner != c && Modifier.isPublic(owner.getModifiers());
            boolean staticElsewhere = Modifier.isStatic(m.getModifiers()) && owner != c;
            boolean enumBoilerplate =
                    c.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values"));
            if (ours
                    && !inheritedFromApi
                    && !staticElsewhere
                    && !enumBoilerplate
                    && !m.isSynthetic()
                    && !m.isBridge()) {
                out.add(m);
            }
        }
        return out;
    }

    private static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e.getDeclaringClass().getName()).append('.');
        sb.append(e instanceof Constructor ? "<init>" : e.getName()).append('(');
        Class<?>[] types = e.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "bad-input-sanity");
            t.setDaemon(true);
            return t;
        };
    }

    // ------------------------------------------------------------------------------------------- calls

    /** Where the one bad argument goes, and what it is. */
    private record Bad(int index, Object value, String label) {}

    /** What one call did: returned (or threw an allowed exception), hung, or leaked. */
    private record Outcome(boolean hung, String leak, String place) {
        static final Outcome FINE = new Outcome(false, null, null);
        static final Outcome HUNG = new Outcome(true, null, null);
    }

    private final class Call {
        private final Executable target;
        private final Object receiver;
        private final Object[] args;
        private final Bad bad;

        Call(Executable target, Object receiver, Object[] args, Bad bad) {
            this.target = target;
            this.receiver = receiver;
            this.args = args;
            this.bad = bad;
        }

        String describe() {
            return signature(target)
                    + (bad == null
                            ? " with valid arguments"
                            : " with " + target.getParameters()[bad.index].getName() + " = " + bad.label);
        }

        Outcome run(ExecutorService worker, Duration limit) {
            Future<Throwable> f = worker.submit(() -> {
                try {
                    if (target instanceof Constructor<?> k) {
                        k.newInstance(args);
                    } else {
                        ((Method) target).invoke(receiver, args);
                    }
                    return null;
                } catch (InvocationTargetException e) {
                    return e.getCause();
                }
            });
            Throwable thrown;
            try {
                thrown = f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                return Outcome.HUNG;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (ExecutionException e) {
                thrown = e.getCause();
            }
            return judge(thrown);
        }

        private Outcome judge(Throwable thrown) {
            if (thrown == null) {
                return Outcome.FINE;
            }
            if (thrown instanceof ItsmException ie) {
                if (bad != null && bad.value == null && !namesParameter(ie)) {
                    return leaked(
                            "an ItsmException that does not name the parameter '"
                                    + target.getParameters()[bad.index].getName() + "': " + ie.getMessage(),
                            ie);
                }
                return Outcome.FINE;
            }
            if (thrown instanceof IllegalAccessException) {
                return Outcome.FINE;
            }
            return leaked(thrown.getClass().getName() + ": " + thrown.getMessage(), thrown);
        }

        /**
         * Tells whether the exception names the field: the parameter's name, or a path the caller passed as a
         * text argument (as in {@code Checks.notNull(value, "title")}).
         */
        private boolean namesParameter(ItsmException e) {
            List<String> names = new ArrayList<>();
            names.add(target.getParameters()[bad.index].getName().toLowerCase(Locale.ROOT));
            for (Object a : args) {
                if (a instanceof String text && !text.isBlank()) {
                    names.add(text.toLowerCase(Locale.ROOT));
                }
            }
            List<String> said = new ArrayList<>();
            if (e instanceof ValidationException ve) {
                ve.violations().forEach(v -> said.add(v.path().toLowerCase(Locale.ROOT)));
            }
            said.add(String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT));
            return said.stream().anyMatch(text -> names.stream().anyMatch(text::contains));
        }

        private Outcome leaked(String what, Throwable t) {
            String frame = Arrays.stream(t.getStackTrace())
                    .filter(s -> s.getClassName().startsWith("io.itsmkit.")
                            && !s.getClassName().contains(".testkit."))
                    .findFirst()
                    .map(s -> s.getClassName() + "." + s.getMethodName() + ":" + s.getLineNumber())
                    .orElse("?");
            return new Outcome(
                    false,
                    what.length() > 300 ? what.substring(0, 300) + "..." : what,
                    t.getClass().getSimpleName() + " at " + frame + " via " + signature(target));
        }
    }

    private Optional<Call> plan(Executable e, RandomGenerator random, int attempt) {
        try {
            Object receiver = null;
            if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
                Optional<Object> r = valid(e.getDeclaringClass(), e.getDeclaringClass(), random, 0);
                if (r.isEmpty()) {
                    return Optional.empty();
                }
                receiver = r.get();
                if (!e.getDeclaringClass().isInstance(receiver)) {
                    return Optional.empty();
                }
                m.setAccessible(true);
            }
            Parameter[] params = e.getParameters();
            Type[] generic = e.getGenericParameterTypes();
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                Type t = generic.length == params.length ? generic[i] : params[i].getType();
                Optional<Object> v = valid(params[i].getType(), t, random, 0);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                args[i] = v.get();
            }
            Bad bad = null;
            if (params.length > 0 && attempt % 8 != 7) {
                int i = random.nextInt(params.length);
                Type t = generic.length == params.length ? generic[i] : params[i].getType();
                List<Bad> choices = bads(i, params[i].getType(), t, random);
                if (params[i].getType().isPrimitive() && choices.isEmpty()) {
                    return Optional.empty();
                }
                bad = choices.get(random.nextInt(choices.size()));
                args[i] = bad.value;
            }
            if (e instanceof Constructor<?> k) {
                k.setAccessible(true);
            }
            return Optional.of(new Call(e, receiver, args, bad));
        } catch (RuntimeException derivationFailed) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------- valid values

    @SuppressWarnings("unchecked")
    private Optional<Object> valid(Class<?> raw, Type type, RandomGenerator r, int depth) {
        if (depth > DERIVATION_DEPTH) {
            return Optional.empty();
        }
        Sampler<?> s = samples.get(raw);
        if (s != null) {
            return Optional.of(s.sample(r));
        }
        Object jdk = jdkValid(raw, r);
        if (jdk != null) {
            return Optional.of(jdk);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return Optional.of(constants[r.nextInt(constants.length)]);
        }
        if (raw == Optional.class) {
            if (r.nextBoolean()) {
                return Optional.of(Optional.empty());
            }
            return valid(rawOf(argument(type, 0)), argument(type, 0), r, depth + 1)
                    .map(Optional::of);
        }
        if (raw == List.class
                || raw == Collection.class
                || raw == Iterable.class
                || raw == Set.class
                || raw == SortedSet.class
                || raw == NavigableSet.class) {
            List<Object> items = new ArrayList<>();
            for (int i = r.nextInt(0, 4); i > 0; i--) {
                Optional<Object> v = valid(rawOf(argument(type, 0)), argument(type, 0), r, depth + 1);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                items.add(v.get());
            }
            if (raw == Set.class) {
                return Optional.of(new LinkedHashSet<>(items));
            }
            if (raw == SortedSet.class || raw == NavigableSet.class) {
                try {
                    return Optional.of(new TreeSet<>(items));
                } catch (ClassCastException notComparable) {
                    return Optional.empty();
                }
            }
            return Optional.of(items);
        }
        if (raw == Map.class) {
            Map<Object, Object> m = new HashMap<>();
            for (int i = r.nextInt(0, 3); i > 0; i--) {
                Optional<Object> k = valid(rawOf(argument(type, 0)), argument(type, 0), r, depth + 1);
                Optional<Object> v = valid(rawOf(argument(type, 1)), argument(type, 1), r, depth + 1);
                if (k.isEmpty() || v.isEmpty()) {
                    return Optional.empty();
                }
                m.put(k.get(), v.get());
            }
            return Optional.of(m);
        }
        if (raw.isArray()) {
            Class<?> component = raw.getComponentType();
            Type componentType = type instanceof GenericArrayType g ? g.getGenericComponentType() : component;
            int n = r.nextInt(0, 3);
            Object array = Array.newInstance(component, n);
            for (int i = 0; i < n; i++) {
                Optional<Object> v = valid(component, componentType, r, depth + 1);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                Array.set(array, i, v.get());
            }
            return Optional.of(array);
        }
        if (raw.isInterface()) {
            return Optional.of(proxy(raw, r, depth, false));
        }
        if (raw.isRecord()) {
            return record(raw, type, r, depth);
        }
        return factoryMade(raw, r, depth);
    }

    private Optional<Object> record(Class<?> raw, Type type, RandomGenerator r, int depth) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Map<Type, Type> actual = new HashMap<>();
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length && i < p.getActualTypeArguments().length; i++) {
                actual.put(variables[i], p.getActualTypeArguments()[i]);
            }
        }
        for (int tries = 0; tries < 5; tries++) {
            Object[] values = new Object[components.length];
            boolean ok = true;
            for (int i = 0; i < components.length && ok; i++) {
                Type componentType =
                        actual.getOrDefault(components[i].getGenericType(), components[i].getGenericType());
                Optional<Object> v = valid(rawOf(componentType), componentType, r, depth + 1);
                ok = v.isPresent();
                values[i] = v.orElse(null);
            }
            if (!ok) {
                return Optional.empty();
            }
            try {
                Constructor<?> k = raw.getDeclaredConstructor(types);
                k.setAccessible(true);
                return Optional.of(k.newInstance(values));
            } catch (InvocationTargetException invalidCombination) {
                // the components broke a cross-field rule: draw again
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A value made by the type's public API: a public static factory of the type or its enclosing class (e.g.
     * {@code of(...)}, {@code builder()}), fewest parameters first, or a public constructor, with derived
     * arguments; a few draws, since random arguments may break a cross-field rule.
     */
    private Optional<Object> factoryMade(Class<?> raw, RandomGenerator r, int depth) {
        List<Executable> makers = new ArrayList<>();
        Class<?> home = raw.getEnclosingClass() != null ? raw.getEnclosingClass() : raw;
        for (Class<?> c : new LinkedHashSet<>(List.of(raw, home))) {
            for (Method m : c.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && raw.isAssignableFrom(m.getReturnType())) {
                    makers.add(m);
                }
            }
        }
        if (!Modifier.isAbstract(raw.getModifiers())) {
            makers.addAll(Arrays.asList(raw.getConstructors()));
        }
        makers.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(BadInputSanity::signature));
        for (Executable maker : makers) {
            for (int tries = 0; tries < 3; tries++) {
                Object[] args = new Object[maker.getParameterCount()];
                boolean ok = true;
                for (int i = 0; i < args.length && ok; i++) {
                    Optional<Object> v =
                            valid(maker.getParameterTypes()[i], maker.getGenericParameterTypes()[i], r, depth + 1);
                    ok = v.isPresent();
                    args[i] = v.orElse(null);
                }
                if (!ok) {
                    break;
                }
                try {
                    Object made = maker instanceof Method m
                            ? m.invoke(null, args)
                            : ((Constructor<?>) maker).newInstance(args);
                    if (raw.isInstance(made)) {
                        return Optional.of(made);
                    }
                } catch (InvocationTargetException invalid) {
                    // a rule refused the drawn arguments: draw again
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private Object proxy(Class<?> type, RandomGenerator r, int depth, boolean answerNull) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> p == args[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> type.getSimpleName() + " proxy";
                };
            }
            if (m.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(p, m, args);
            }
            if (answerNull || m.getReturnType() == void.class) {
                return m.getReturnType().isPrimitive() && m.getReturnType() != void.class
                        ? primitiveZero(m.getReturnType())
                        : null;
            }
            return valid(m.getReturnType(), m.getGenericReturnType(), r, depth + 1)
                    .orElse(null);
        });
    }

    private static Object primitiveZero(Class<?> t) {
        if (t == boolean.class) {
            return false;
        }
        if (t == char.class) {
            return '\0';
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0d;
        }
        if (t == float.class) {
            return 0f;
        }
        return t == int.class ? 0 : t == short.class ? (short) 0 : (byte) 0;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Class<?> rawOf(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof WildcardType w) {
            return rawOf(w.getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable<?> v) {
            return rawOf(v.getBounds()[0]);
        }
        if (t instanceof GenericArrayType g) {
            return Array.newInstance(rawOf(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Object jdkValid(Class<?> t, RandomGenerator r) {
        if (t == Object.class || t == String.class || t == CharSequence.class) {
            return "v" + r.nextInt(1000);
        }
        if (t == int.class || t == Integer.class) {
            return r.nextInt(0, 10);
        }
        if (t == long.class || t == Long.class) {
            return r.nextLong(0, 10);
        }
        if (t == boolean.class || t == Boolean.class) {
            return r.nextBoolean();
        }
        if (t == Instant.class) {
            return CoreFixtures.instants().sample(r);
        }
        if (t == Duration.class) {
            return CoreFixtures.durations().sample(r);
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2026, 1, 1).plusDays(r.nextInt(730));
        }
        if (t == LocalTime.class) {
            return LocalTime.ofSecondOfDay(r.nextInt(86_400));
        }
        if (t == LocalDateTime.class) {
            return LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(r.nextInt(1_000_000));
        }
        if (t == ZoneId.class) {
            return ZoneId.of(List.of("Europe/Rome", "UTC", "America/New_York", "Asia/Kolkata")
                    .get(r.nextInt(4)));
        }
        if (t == Year.class) {
            return Year.of(2000 + r.nextInt(60));
        }
        if (t == YearMonth.class) {
            return YearMonth.of(2000 + r.nextInt(60), 1 + r.nextInt(12));
        }
        if (t == MonthDay.class) {
            return MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28));
        }
        if (t == Period.class) {
            return Period.ofDays(r.nextInt(1, 400));
        }
        if (t == BigDecimal.class) {
            return BigDecimal.valueOf(r.nextLong(-1_000_000, 1_000_000), 2);
        }
        if (t == BigInteger.class) {
            return BigInteger.valueOf(r.nextLong(0, 1_000_000));
        }
        if (t == Currency.class) {
            return Currency.getInstance(
                    List.of("EUR", "USD", "JPY", "BHD", "CHF").get(r.nextInt(5)));
        }
        if (t == Locale.class) {
            return List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.ROOT).get(r.nextInt(3));
        }
        if (t == MathContext.class) {
            return MathContext.DECIMAL128;
        }
        if (t == Class.class) {
            return Object.class;
        }
        if (t == OptionalInt.class) {
            return OptionalInt.of(r.nextInt(10));
        }
        if (t == OptionalLong.class) {
            return OptionalLong.of(r.nextLong(10));
        }
        if (t == RandomGenerator.class) {
            return new SplittableRandom(r.nextLong());
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- bad values

    private List<Bad> bads(int index, Class<?> raw, Type type, RandomGenerator r) {
        List<Bad> out = new ArrayList<>();
        if (!raw.isPrimitive()) {
            out.add(new Bad(index, null, "null"));
        }
        extremes(raw, type, r).forEach((label, value) -> out.add(new Bad(index, value, label)));
        return out;
    }

    private Map<String, Object> extremes(Class<?> t, Type type, RandomGenerator r) {
        Map<String, Object> x = new LinkedHashMap<>();
        if (t == int.class || t == Integer.class) {
            for (int v : new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}) {
                x.put(String.valueOf(v), v);
            }
        } else if (t == long.class || t == Long.class) {
            for (long v : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
                x.put(String.valueOf(v), v);
            }
        } else if (t == String.class || t == CharSequence.class) {
            x.put("\"\"", "");
            x.put("\" \"", " ");
            x.put("\"\\u0000\\n\"", "\u0000\n");
            x.put("100,000 characters", "x".repeat(HUGE));
        } else if (t == Instant.class) {
            x.put("Instant.MIN", Instant.MIN);
            x.put("Instant.MAX", Instant.MAX);
            x.put("Instant.EPOCH", Instant.EPOCH);
        } else if (t == Duration.class) {
            x.put("Duration.ZERO", Duration.ZERO);
            x.put("-1 ns", Duration.ofNanos(-1));
            x.put("Long.MAX_VALUE s", Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
            x.put("Long.MIN_VALUE s", Duration.ofSeconds(Long.MIN_VALUE));
        } else if (t == LocalDate.class) {
            x.put("LocalDate.MIN", LocalDate.MIN);
            x.put("LocalDate.MAX", LocalDate.MAX);
        } else if (t == LocalDateTime.class) {
            x.put("LocalDateTime.MIN", LocalDateTime.MIN);
            x.put("LocalDateTime.MAX", LocalDateTime.MAX);
        } else if (t == Year.class) {
            x.put("Year.MIN", Year.of(Year.MIN_VALUE));
            x.put("Year.MAX", Year.of(Year.MAX_VALUE));
        } else if (t == YearMonth.class) {
            x.put("YearMonth min", YearMonth.of(Year.MIN_VALUE, 1));
            x.put("YearMonth max", YearMonth.of(Year.MAX_VALUE, 12));
        } else if (t == ZoneId.class) {
            x.put("UTC+18", ZoneOffset.MAX);
            x.put("UTC-18", ZoneOffset.MIN);
        } else if (t == BigDecimal.class) {
            x.put("1E+1000000", new BigDecimal("1E+1000000"));
            x.put("-1E+1000000", new BigDecimal("-1E+1000000"));
            x.put("1E-1000000", new BigDecimal("1E-1000000"));
            x.put("0", BigDecimal.ZERO);
        } else if (t == Period.class) {
            x.put("negative period", Period.ofDays(-1));
            x.put("huge period", Period.ofYears(Integer.MAX_VALUE));
        } else if (List.class.isAssignableFrom(t)
                || t == Collection.class
                || t == Iterable.class
                || Set.class.isAssignableFrom(t)) {
            x.put("empty collection", t.isAssignableFrom(List.class) ? List.of() : Set.of());
            Optional<Object> element = valid(rawOf(argument(type, 0)), argument(type, 0), r, 1);
            List<Object> withNull = new ArrayList<>();
            element.ifPresent(withNull::add);
            withNull.add(null);
            x.put("collection holding null", t.isAssignableFrom(List.class) ? withNull : new LinkedHashSet<>(withNull));
            element.ifPresent(e ->
                    x.put("100,000 copies", t.isAssignableFrom(List.class) ? Collections.nCopies(HUGE, e) : Set.of(e)));
        } else if (t == Map.class) {
            x.put("empty map", Map.of());
            Map<Object, Object> nullValue = new HashMap<>();
            valid(rawOf(argument(type, 0)), argument(type, 0), r, 1).ifPresent(k -> nullValue.put(k, null));
            x.put("map with a null value", nullValue);
        } else if (t == Optional.class) {
            x.put("Optional.empty()", Optional.empty());
        } else if (t.isArray()) {
            x.put("empty array", Array.newInstance(t.getComponentType(), 0));
            if (!t.getComponentType().isPrimitive()) {
                x.put("array holding null", Array.newInstance(t.getComponentType(), 1));
                Optional<Object> e = valid(t.getComponentType(), t.getComponentType(), r, 1);
                e.ifPresent(v -> {
                    Object huge = Array.newInstance(t.getComponentType(), HUGE);
                    for (int i = 0; i < HUGE; i++) {
                        Array.set(huge, i, v);
                    }
                    x.put("100,000 elements", huge);
                });
            }
        } else if (t.isInterface() && !samples.containsKey(t)) {
            x.put("a plug-in answering null", proxy(t, r, 0, true));
        } else if (t == Object.class) {
            x.put("an Integer", 42);
        }
        return x;
    }
}
