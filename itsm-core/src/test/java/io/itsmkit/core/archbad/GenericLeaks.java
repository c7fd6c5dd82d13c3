package io.itsmkit.core.archbad;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multimap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Guava and generated types hidden in type arguments and bounds, or in protected members a subclass sees: the rule
 * that looked at raw types of public members only saw {@code List}, {@code Optional} and {@code Map} and let each
 * of these through. One nested class per way in.
 */
public final class GenericLeaks {
    private GenericLeaks() {}

    /** A {@code List<ImmutableLeak>} result. */
    public static class ListOfGenerated {
        /**
         * The forbidden result.
         *
         * @return generated values
         */
        public List<ImmutableLeak> values() {
            return List.of();
        }
    }

    /** An {@code Optional<ImmutableList<String>>} result. */
    public static class OptionalOfGuava {
        /**
         * The forbidden result.
         *
         * @return names, maybe
         */
        public Optional<ImmutableList<String>> names() {
            return Optional.empty();
        }
    }

    /** A {@code Map<String, ImmutableLeak>} public field. */
    public static class MapOfGeneratedField {
        /** The forbidden field. */
        public Map<String, ImmutableLeak> byKey = Map.of();
    }

    /** A {@code Consumer<ImmutableList<String>>} parameter. */
    public static class ConsumerOfGuavaParameter {
        /**
         * The forbidden parameter.
         *
         * @param sink where names go
         */
        public void each(Consumer<ImmutableList<String>> sink) {}
    }

    /** A type variable bounded by a Guava type. */
    public static class BoundedByGuava {
        /**
         * The forbidden bound.
         *
         * @param <M> a Guava multimap
         * @param maps the maps
         * @return how many
         */
        public <M extends Multimap<String, String>> int count(List<M> maps) {
            return maps.size();
        }
    }

    /** A protected method of a class a user can extend, returning a Guava type. */
    public static class ProtectedGuavaResult {
        /**
         * The forbidden result, seen by every subclass.
         *
         * @return names
         */
        protected ImmutableList<String> names() {
            return ImmutableList.of();
        }
    }

    /** A protected field of a class a user can extend, of a generated type. */
    public static class ProtectedGeneratedField {
        /** The forbidden field, seen by every subclass. */
        protected ImmutableLeak leak = new ImmutableLeak();
    }

    /** A protected constructor of a class a user can extend, taking a generated type in a type argument. */
    public static class ProtectedGenericConstructor {
        /**
         * The forbidden parameter, seen by every subclass.
         *
         * @param leaks generated values
         */
        protected ProtectedGenericConstructor(List<ImmutableLeak> leaks) {}
    }
}
