package io.itsmkit.budget.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.Sampler;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WideProperties {

    /** a, b, d with b <= d, from tiny to the full range of a long, often near powers of two. */
    private static final Sampler<long[]> TRIPLES = r -> {
        long d = pick(r.nextInt(4), r);
        if (d == 0) {
            d = 1;
        }
        long b = r.nextInt(5) == 0 ? d : Math.floorMod(pick(r.nextInt(4), r), d);
        return new long[] {pick(r.nextInt(4), r), Math.min(b, d), d};
    };

    private static long pick(int kind, java.util.random.RandomGenerator r) {
        return switch (kind) {
            case 0 -> r.nextLong(0, 1000);
            case 1 -> r.nextLong(0, Long.MAX_VALUE);
            case 2 -> (1L << r.nextInt(0, 63)) - r.nextInt(0, 3);
            default -> Long.MAX_VALUE - r.nextInt(0, 1000);
        };
    }

    @Test
    void mulDivAgreesWithBigInteger() {
        qt().forAll(TRIPLES.gen()).check(t -> {
            long a = Math.max(0, t[0]);
            long b = Math.max(0, t[1]);
            long d = t[2];
            long[] rem = new long[1];
            long q = Wide.mulDiv(a, b, d, rem);
            BigInteger[] expected =
                    BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(d));
            return expected[0].equals(BigInteger.valueOf(q)) && expected[1].equals(BigInteger.valueOf(rem[0]));
        });
    }

    /**
     * Products whose quotient digits need one or two corrections, with and without the early stop (found
     * by searching random products); the oracle is BigInteger.
     */
    @ParameterizedTest
    @CsvSource({
        "9223372036854775711,7093537819,11858243396",
        "3468712949987931616,5769611980,8691444323",
        "9223372036854774876,4738707186862676643,9223372036854299885",
        "9223372036854775152,2382627839535,17592186051393",
        "7263787744572466837,8981090188,12328209637",
        "9223372036854775785,7731617189184884460,9223372036854635774",
        "9223372036854774875,1036892246,4990837207",
        "8093934569583202002,218869123754866996,1089188256878665758",
        "5678553085727316395,1045730903764471119,1124248368733809461",
        "9223372036854774881,2062774496224348052,4424570859798506905",
        "8337791108135502769,2948335761853993407,4987550316540209924",
        "9223372036854775024,5867159556717661993,6083153000258438014",
        "9223372036854775807,9223372036854775807,9223372036854775807",
        "9223372036854775807,1,1",
        "0,5,7"
    })
    void correctionsOfTheQuotientDigits(long a, long b, long d) {
        long[] rem = new long[1];
        long q = Wide.mulDiv(a, b, d, rem);
        BigInteger[] expected =
                BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(d));
        assertEquals(expected[0], BigInteger.valueOf(q));
        assertEquals(expected[1], BigInteger.valueOf(rem[0]));
    }
}
