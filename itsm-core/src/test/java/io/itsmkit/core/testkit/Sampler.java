package io.itsmkit.core.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A generator of valid values, usable from any test framework.
 *
 * <p>Draw a sample from any {@link RandomGenerator} ({@code sample(new SplittableRandom(42))}: the same
 * seed gives the same value), or turn the sampler into a QuickTheories {@link Gen} with {@link #gen()},
 * whose shrinking then works on the random numbers drawn.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Sampler<T> {

    /**
     * Draws one value.
     *
     * @param random the source of randomness
     * @return a valid value
     */
    T sample(RandomGenerator random);

    /**
     * Returns a sampler of values derived from this one's.
     *
     * @param f the mapping
     * @param <R> the derived type
     * @return the derived sampler
     */
    default <R> Sampler<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(sample(r));
    }

    /**
     * Returns this sampler as a QuickTheories generator.
     *
     * @return the generator
     */
    default Gen<T> gen() {
        return in -> sample(new SourceRandom(in));
    }

    /**
     * Draws a list of values.
     *
     * @param random the source of randomness
     * @param minSize the smallest size
     * @param maxSize the largest size
     * @return the list
     */
    default List<T> sampleList(RandomGenerator random, int minSize, int maxSize) {
        int n = random.nextInt(minSize, maxSize + 1);
        return java.util.stream.Stream.generate(() -> sample(random)).limit(n).toList();
    }

    /**
     * Picks one of the given values.
     *
     * @param values the candidates, at least one
     * @param <T> the type
     * @return the sampler
     */
    static <T> Sampler<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /** Feeds a QuickTheories randomness source into the {@link RandomGenerator} API. */
    final class SourceRandom implements RandomGenerator {
        private final RandomnessSource source;

        SourceRandom(RandomnessSource source) {
            this.source = source;
        }

        @Override
        public long nextLong() {
            return source.next(Constraint.none());
        }
    }
}
