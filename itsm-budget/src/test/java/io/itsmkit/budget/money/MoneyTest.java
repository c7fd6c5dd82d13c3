package io.itsmkit.budget.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    /** ISO 4217 minor units (the ISO list; JDK Currency.getDefaultFractionDigits agrees). */
    @ParameterizedTest
    @CsvSource({"JPY,0", "KRW,0", "ISK,0", "EUR,2", "USD,2", "CHF,2", "BHD,3", "KWD,3", "JOD,3", "TND,3", "CLF,4"})
    void currencyScaleIsTheIsoMinorUnit(String code, int scale) {
        assertEquals(scale, CurrencyUnit.of(code).scale());
        assertEquals(scale, Money.zero(CurrencyUnit.of(code)).amount().scale());
    }

    @Test
    void uywComesFromTheOverrideTableWhenTheJdkLacksIt() {
        CurrencyUnit uyw = CurrencyUnit.of("UYW");
        assertEquals(4, uyw.scale());
        assertEquals(Money.parse("UYW 1.2345"), Money.of(new BigDecimal("1.2345"), uyw));
        boolean jdkHasIt = Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals("UYW"));
        assertEquals(jdkHasIt, uyw.toCurrency().isPresent());
        assertEquals(Currency.getInstance("EUR"), CurrencyUnit.EUR.toCurrency().orElseThrow());
        assertEquals(CurrencyUnit.EUR, CurrencyUnit.of(Currency.getInstance("EUR")));
    }

    @ParameterizedTest
    @CsvSource({"XAU,minor-unit", "XXX,minor-unit", "eur,iso-4217", "EURO,iso-4217", "QQQ,iso-4217", "'',iso-4217"})
    void unknownOrUnitlessCurrenciesAreRefused(String code, String rule) {
        ValidationException e = assertThrows(ValidationException.class, () -> CurrencyUnit.of(code));
        assertEquals(rule, e.violations().get(0).rule());
        assertEquals("currency", e.violations().get(0).path());
    }

    @Test
    void exactFactoryKeepsTrailingZerosAndRefusesExtraDecimals() {
        assertEquals(Money.parse("EUR 12.50"), Money.of(new BigDecimal("12.5"), CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 12.50"), Money.of(new BigDecimal("12.500"), CurrencyUnit.EUR));
        assertEquals(
                "12.50",
                Money.of(new BigDecimal("12.5"), CurrencyUnit.EUR).amount().toPlainString());
        ValidationException e =
                assertThrows(ValidationException.class, () -> Money.of(new BigDecimal("12.505"), CurrencyUnit.EUR));
        assertEquals("scale", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> Money.of(new BigDecimal("1250.5"), CurrencyUnit.JPY));
        assertThrows(
                ValidationException.class,
                () -> Money.of(new BigDecimal("12.505"), CurrencyUnit.EUR, RoundingMode.UNNECESSARY));
    }

    /** The JDK RoundingMode table (java.math.RoundingMode Javadoc): 5.5, 2.5, 1.6, 1.1, -2.5, -5.5. */
    @ParameterizedTest
    @CsvSource({
        "5.5,HALF_EVEN,6", "2.5,HALF_EVEN,2", "1.6,HALF_EVEN,2", "1.1,HALF_EVEN,1", "-2.5,HALF_EVEN,-2",
        "-5.5,HALF_EVEN,-6", "2.5,HALF_UP,3", "-2.5,HALF_UP,-3", "2.5,HALF_DOWN,2", "1.1,CEILING,2",
        "-1.1,FLOOR,-2", "-1.9,DOWN,-1", "1.1,UP,2"
    })
    void roundsOnceWithTheModeGiven(String amount, RoundingMode mode, String expected) {
        assertEquals(
                new BigDecimal(expected),
                Money.of(new BigDecimal(amount), CurrencyUnit.JPY, mode).amount());
    }

    /** Double rounding: 1.4449 is 1.44 rounded once, but 1.45 through 1.445. */
    @Test
    void roundingOnceDiffersFromRoundingTwice() {
        assertEquals(
                Money.parse("EUR 1.44"), Money.of(new BigDecimal("1.4449"), CurrencyUnit.EUR, RoundingMode.HALF_UP));
        assertEquals(
                Money.parse("EUR 1.44"),
                Money.parse("EUR 1.00").multipliedBy(new BigDecimal("1.4449"), RoundingMode.HALF_UP));
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("EUR 10.10");
        Money b = Money.parse("EUR 0.20");
        assertEquals(Money.parse("EUR 10.30"), a.plus(b));
        assertEquals(Money.parse("EUR 9.90"), a.minus(b));
        assertEquals(Money.parse("EUR -10.10"), a.negated());
        assertEquals(a, a.negated().abs());
        assertEquals(a, a.abs());
        assertEquals(Money.parse("EUR 3.37"), a.dividedBy(new BigDecimal("3"), RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("EUR 3.36"), a.dividedBy(new BigDecimal("3"), RoundingMode.DOWN));
        assertEquals(Money.parse("EUR 5.05"), a.dividedBy(new BigDecimal("2"), RoundingMode.UNNECESSARY));
        assertEquals(Money.parse("EUR 3.37"), a.prorated(BigDecimal.ONE, new BigDecimal("3"), RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("EUR 6.73"), a.prorated(new BigDecimal("2"), new BigDecimal("3"), RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("EUR 1.01"), a.multipliedBy(new BigDecimal("0.1"), RoundingMode.UNNECESSARY));
        assertEquals(Money.parse("JPY 1250"), Money.ofMinor(1250, CurrencyUnit.JPY));
        assertEquals(Money.parse("EUR 12.50"), Money.ofMinor(1250, CurrencyUnit.EUR));
        assertEquals(Money.parse("BHD 1.250"), Money.ofMinor(1250, CurrencyUnit.of("BHD")));
    }

    @Test
    void divisionsThatNeedRoundingAreRefusedWithoutAMode() {
        Money a = Money.parse("EUR 10.10");
        assertEquals(
                "scale",
                assertThrows(
                                ValidationException.class,
                                () -> a.dividedBy(new BigDecimal("3"), RoundingMode.UNNECESSARY))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "not-zero",
                assertThrows(ValidationException.class, () -> a.dividedBy(BigDecimal.ZERO, RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "not-zero",
                assertThrows(
                                ValidationException.class,
                                () -> a.prorated(BigDecimal.ONE, BigDecimal.ZERO, RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void mixingCurrenciesNamesBoth() {
        Money eur = Money.parse("EUR 1.00");
        Money usd = Money.parse("USD 1.00");
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> eur.plus(usd));
        assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("USD"), e.getMessage());
        assertEquals(CurrencyUnit.EUR, e.expected());
        assertEquals(CurrencyUnit.USD, e.actual());
        assertEquals("same-currency", e.violations().get(0).rule());
        assertThrows(CurrencyMismatchException.class, () -> eur.minus(usd));
        assertThrows(CurrencyMismatchException.class, () -> eur.compareTo(usd));
        assertThrows(CurrencyMismatchException.class, () -> eur.isGreaterThan(usd));
    }

    @Test
    void comparisonsAndPredicates() {
        Money one = Money.parse("EUR 1.00");
        Money two = Money.parse("EUR 2.00");
        assertTrue(two.isGreaterThan(one));
        assertFalse(one.isGreaterThan(one));
        assertTrue(one.isLessThan(two));
        assertFalse(one.isLessThan(one));
        assertTrue(Money.zero(CurrencyUnit.EUR).isZero());
        assertFalse(one.isZero());
        assertTrue(one.isPositive());
        assertFalse(one.negated().isPositive());
        assertTrue(one.negated().isNegative());
        assertFalse(Money.zero(CurrencyUnit.EUR).isNegative());
        assertFalse(Money.zero(CurrencyUnit.EUR).isPositive());
        assertEquals(0, one.compareTo(Money.of(new BigDecimal("1"), CurrencyUnit.EUR)));
    }

    @Test
    void equalityIsValueAndCurrency() {
        assertEquals(Money.parse("EUR 2.00"), Money.of(new BigDecimal("2.0"), CurrencyUnit.EUR));
        assertEquals(
                Money.parse("EUR 2.00").hashCode(),
                Money.of(new BigDecimal("2.0"), CurrencyUnit.EUR).hashCode());
        assertFalse(Money.parse("EUR 2.00").equals(Money.parse("USD 2.00")));
        assertFalse(Money.parse("EUR 2.00").equals(Money.parse("EUR 2.01")));
        assertFalse(Money.parse("EUR 2.00").equals("EUR 2.00"));
        assertEquals(Money.parse("EUR 2.00"), Money.parse("EUR 2.00"));
        assertEquals(CurrencyUnit.of("EUR"), CurrencyUnit.EUR);
        assertEquals(CurrencyUnit.of("EUR").hashCode(), CurrencyUnit.EUR.hashCode());
        assertFalse(CurrencyUnit.EUR.equals("EUR"));
        assertTrue(CurrencyUnit.EUR.compareTo(CurrencyUnit.USD) < 0);
        assertEquals("EUR", CurrencyUnit.EUR.toString());
        assertEquals("EUR", CurrencyUnit.EUR.code());
    }

    @ParameterizedTest
    @CsvSource({"EUR 12.50", "JPY -1250", "BHD 1.250", "EUR 0.00", "USD -0.01"})
    void parseReadsWhatToStringWrites(String text) {
        assertEquals(text, Money.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource({"EUR12.50", "12.50 EUR", "'EUR 12,50'", "EUR 1e5", "EUR  1", "eur 1.00"})
    void parseRefusesOtherForms(String text) {
        assertEquals(
                "format",
                assertThrows(ValidationException.class, () -> Money.parse(text))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void hugeAndExtremeInputsAreRefusedNotComputed() {
        assertEquals(
                "max-integer-digits",
                assertThrows(
                                ValidationException.class,
                                () -> Money.of(new BigDecimal("1E+1000000000"), CurrencyUnit.EUR))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "max-scale",
                assertThrows(
                                ValidationException.class,
                                () -> Money.of(
                                        new BigDecimal("1E-1000000000"), CurrencyUnit.EUR, RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
        Money big = Money.of(new BigDecimal("9".repeat(30)), CurrencyUnit.JPY);
        assertEquals(
                "max-integer-digits",
                assertThrows(ValidationException.class, () -> big.plus(big))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "format",
                assertThrows(ValidationException.class, () -> Money.parse("EUR " + "1".repeat(100)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(Money.zero(CurrencyUnit.EUR), Money.of(new BigDecimal("0E-1000000000"), CurrencyUnit.EUR));
        assertEquals(
                Money.parse("EUR 0.00"),
                Money.ofQuotient(BigDecimal.ONE, new BigDecimal("1E+40"), CurrencyUnit.EUR, RoundingMode.HALF_EVEN));
        assertEquals(
                "operand-scale",
                assertThrows(
                                ValidationException.class,
                                () -> Money.ofQuotient(
                                        new BigDecimal("1E-1000000000"),
                                        BigDecimal.ONE,
                                        CurrencyUnit.EUR,
                                        RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "max-integer-digits",
                assertThrows(
                                ValidationException.class,
                                () -> Money.ofQuotient(
                                        new BigDecimal("1E+40"),
                                        new BigDecimal("1E-9"),
                                        CurrencyUnit.EUR,
                                        RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
    }

    @Test
    void nullsAreNamedViolations() {
        Money m = Money.parse("EUR 1.00");
        assertEquals(
                "amount",
                assertThrows(ValidationException.class, () -> Money.of(null, CurrencyUnit.EUR))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "currency",
                assertThrows(ValidationException.class, () -> Money.zero(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "other",
                assertThrows(ValidationException.class, () -> m.plus(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "rounding",
                assertThrows(ValidationException.class, () -> m.multipliedBy(BigDecimal.ONE, null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "factor",
                assertThrows(ValidationException.class, () -> m.multipliedBy(null, RoundingMode.UP))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "text",
                assertThrows(ValidationException.class, () -> Money.parse(null))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "rate",
                assertThrows(ValidationException.class, () -> m.convertedTo(null, RoundingMode.UP))
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void decimalsBoundsAreCheckedWithTheirRules() {
        assertEquals(BigDecimal.ZERO, Decimals.bounded(new BigDecimal("0E+99999"), "x"));
        assertEquals(new BigDecimal("1" + "0".repeat(29)), Decimals.bounded(new BigDecimal("1" + "0".repeat(29)), "x"));
        assertThrows(ValidationException.class, () -> Decimals.bounded(new BigDecimal("1" + "0".repeat(30)), "x"));
        assertEquals(new BigDecimal("1E-100"), Decimals.bounded(new BigDecimal("1E-100"), "x"));
        assertThrows(ValidationException.class, () -> Decimals.bounded(new BigDecimal("1E-101"), "x"));
        assertEquals(
                "not-negative",
                assertThrows(ValidationException.class, () -> Decimals.notNegative(new BigDecimal("-0.1"), "x"))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(BigDecimal.ZERO, Decimals.notNegative(BigDecimal.ZERO, "x"));
        assertEquals(
                "positive",
                assertThrows(ValidationException.class, () -> Decimals.positive(BigDecimal.ZERO, "x"))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(BigDecimal.ONE, Decimals.positive(BigDecimal.ONE, "x"));
        assertEquals(34, Decimals.RATIO.getPrecision());
    }

    @Test
    void convertsWithOneRateRoundingOnce() {
        ExchangeRate eurUsd = new ExchangeRate(
                CurrencyUnit.EUR, CurrencyUnit.USD, new BigDecimal("1.0825"), java.time.LocalDate.of(2026, 3, 2));
        // 100.10 x 1.0825 = 108.35825 -> 108.36 (HALF_EVEN)
        assertEquals(Money.parse("USD 108.36"), Money.parse("EUR 100.10").convertedTo(eurUsd, RoundingMode.HALF_EVEN));
        // 100.10 x 1.0825 = 108.35825 -> 108.35 (DOWN)
        assertEquals(Money.parse("USD 108.35"), Money.parse("EUR 100.10").convertedTo(eurUsd, RoundingMode.DOWN));
        assertThrows(
                CurrencyMismatchException.class, () -> Money.parse("GBP 1.00").convertedTo(eurUsd, RoundingMode.UP));
        assertEquals("EUR/USD 1.0825 on 2026-03-02", eurUsd.toString());
    }

    @Test
    void exchangeRatesAreValidated() {
        java.time.LocalDate d = java.time.LocalDate.of(2026, 3, 2);
        assertEquals(
                "distinct-currencies",
                assertThrows(
                                ValidationException.class,
                                () -> new ExchangeRate(CurrencyUnit.EUR, CurrencyUnit.EUR, BigDecimal.ONE, d))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "positive",
                assertThrows(
                                ValidationException.class,
                                () -> new ExchangeRate(CurrencyUnit.EUR, CurrencyUnit.USD, BigDecimal.ZERO, d))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(
                ValidationException.class,
                () -> new ExchangeRate(CurrencyUnit.EUR, CurrencyUnit.USD, BigDecimal.ONE, null));
    }

    /** The edges of the bounds: each accepted value next to the first refused one. */
    @Test
    void boundsAreExactAtTheirEdges() {
        String longest = "CLF -123456789012345678901234567890.1234"; // 40 characters, 30 integer digits
        assertEquals(longest, Money.parse(longest).toString());
        ValidationException tooLong = assertThrows(ValidationException.class, () -> Money.parse(longest + "5"));
        assertEquals(longest + "...", tooLong.violations().get(0).offendingValue());
        // a quotient of 10^31 is refused before dividing, naming the dividend
        ValidationException huge = assertThrows(
                ValidationException.class,
                () -> Money.ofQuotient(
                        new BigDecimal("1E+32"), BigDecimal.ONE, CurrencyUnit.EUR, RoundingMode.HALF_EVEN));
        assertEquals("dividend", huge.violations().get(0).path());
        assertEquals(
                "amount",
                assertThrows(
                                ValidationException.class,
                                () -> Money.ofQuotient(
                                        new BigDecimal("1E+31"),
                                        BigDecimal.ONE,
                                        CurrencyUnit.EUR,
                                        RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .path());
        // the divisor's magnitude counts: 10^35 / 10^10 = 10^25 fits
        assertEquals(
                Money.of(new BigDecimal("1E+25"), CurrencyUnit.EUR),
                Money.ofQuotient(
                        new BigDecimal("1E+35"), new BigDecimal("1E+10"), CurrencyUnit.EUR, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.zero(CurrencyUnit.EUR),
                Money.ofQuotient(BigDecimal.ZERO, new BigDecimal("1E-100"), CurrencyUnit.EUR, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.zero(CurrencyUnit.EUR),
                Money.ofQuotient(
                        new BigDecimal(java.math.BigInteger.ONE, 10_000),
                        BigDecimal.ONE,
                        CurrencyUnit.EUR,
                        RoundingMode.HALF_EVEN));
        assertEquals(
                "operand-scale",
                assertThrows(
                                ValidationException.class,
                                () -> Money.ofQuotient(
                                        BigDecimal.ONE,
                                        new BigDecimal(java.math.BigInteger.ONE, -10_001),
                                        CurrencyUnit.EUR,
                                        RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .rule());
    }

    /** Hash codes follow the value, so unequal amounts and currencies spread over hash tables. */
    @Test
    void hashCodesDependOnTheValue() {
        assertNotEquals(
                Money.parse("EUR 1.00").hashCode(), Money.parse("EUR 2.00").hashCode());
        assertNotEquals(
                Money.parse("EUR 1.00").hashCode(), Money.parse("USD 1.00").hashCode());
        assertNotEquals(CurrencyUnit.EUR.hashCode(), CurrencyUnit.USD.hashCode());
    }
}
