package io.itsmkit.budget.archbad;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Money carried as floating point inside an array, a generic type or a JDK primitive specialisation: the rule
 * that looked at raw types only saw {@code List}, {@code Map} or {@code Supplier} and let each of these through.
 * One nested class per way in, so each is proven on its own.
 */
public final class CarriedFloatingPoint {
    private CarriedFloatingPoint() {}

    /** Amounts in a {@code double[]} field. */
    public static class DoubleArrayField {
        /** The forbidden field. */
        public double[] amounts = {};
    }

    /** Amounts taken as a {@code float[]} parameter. */
    public static class FloatArrayParameter {
        /**
         * The forbidden parameter.
         *
         * @param amounts amounts
         * @return their count
         */
        public int count(float[] amounts) {
            return amounts.length;
        }
    }

    /** Amounts returned as a {@code List<Double>}. */
    public static class ListOfDoubleResult {
        /**
         * The forbidden result.
         *
         * @return amounts
         */
        public List<Double> amounts() {
            return List.of();
        }
    }

    /** Amounts by cost centre in a {@code Map<String, Double>} field. */
    public static class MapOfDoubleField {
        /** The forbidden field. */
        public Map<String, Double> byCostCentre = Map.of();
    }

    /** An amount returned as an {@code Optional<Float>}. */
    public static class OptionalFloatResult {
        /**
         * The forbidden result.
         *
         * @return an amount, maybe
         */
        public Optional<Float> amount() {
            return Optional.empty();
        }
    }

    /** An amount source taken by a constructor as a {@code Supplier<Double>}. */
    public static class SupplierOfDoubleConstructor {
        /**
         * The forbidden constructor parameter.
         *
         * @param amount where the amount comes from
         */
        public SupplierOfDoubleConstructor(Supplier<Double> amount) {}
    }

    /** An amount in a boxed {@code Float} field. */
    public static class BoxedFloatField {
        /** The forbidden field. */
        public Float amount = 0f;
    }

    /** An amount taken as a {@code DoubleSupplier}: a {@code Supplier<Double>} without the type argument. */
    public static class DoubleSupplierParameter {
        /**
         * The forbidden parameter.
         *
         * @param amount where the amount comes from
         * @return zero
         */
        public BigDecimal of(DoubleSupplier amount) {
            return BigDecimal.ZERO;
        }
    }

    /** An average returned as an {@code OptionalDouble}. */
    public static class OptionalDoubleResult {
        /**
         * The forbidden result.
         *
         * @return an average, maybe
         */
        public OptionalDouble average() {
            return OptionalDouble.empty();
        }
    }
}
