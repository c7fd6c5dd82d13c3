package io.itsmkit.budget.allocation;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.core.testkit.Sampler;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

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
}
