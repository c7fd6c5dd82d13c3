package io.itsmkit.budget.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.budget.conversion.inmemory.InMemoryExchangeRates;
import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final CurrencyUnit GBP = CurrencyUnit.GBP;
    private static final CurrencyUnit JPY = CurrencyUnit.JPY;
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE = MON.plusDays(1);

    private static ExchangeRate rate(CurrencyUnit from, CurrencyUnit to, String r, LocalDate d) {
        return new ExchangeRate(from, to, new BigDecimal(r), d);
    }

    /** ECB-style table: rates published against EUR. */
    private static final CurrencyConverter ECB = CurrencyConverter.of(
            InMemoryExchangeRates.of(List.of(
                    rate(EUR, USD, "1.0825", MON),
                    rate(EUR, USD, "1.0900", TUE),
                    rate(EUR, GBP, "0.8333", MON),
                    rate(EUR, JPY, "161.23", MON))),
            EUR);

    @Test
    void directRateOfTheDay() {
        // 1000.00 x 1.0825 = 1082.50; the next day 1000.00 x 1.0900 = 1090.00
        assertEquals(
                Money.parse("USD 1082.50"), ECB.convert(Money.parse("EUR 1000.00"), USD, MON, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("USD 1090.00"), ECB.convert(Money.parse("EUR 1000.00"), USD, TUE, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("USD 1090.00"),
                ECB.convert(Money.parse("EUR 1000.00"), USD, TUE.plusDays(10), RoundingMode.HALF_EVEN));
    }

    @Test
    void inverseRateDividesByTheExactRate() {
        // 1,000,000.00 / 1.0825 = 923,787.528868... -> 923,787.53, while 1,000,000.00 x 0.9238 (the inverse
        // rounded to four places first) = 923,800.00
        assertEquals(
                Money.parse("EUR 923787.53"),
                ECB.convert(Money.parse("USD 1000000.00"), EUR, MON, RoundingMode.HALF_EVEN));
    }

    @Test
    void crossRateThroughTheBaseRoundsOnce() {
        // USD -> EUR -> GBP: 1000.00 / 1.0825 x 0.8333 = 833300 / 1082.5 = 769.7920...
        // exactly 769.79214780600461893764434180139 -> 769.79
        assertEquals(
                Money.parse("GBP 769.79"), ECB.convert(Money.parse("USD 1000.00"), GBP, MON, RoundingMode.HALF_EVEN));
        // GBP -> EUR -> JPY: 1000.02 / 0.8333 x 161.23 = 193487.609024... -> JPY 193488 (scale 0)
        assertEquals(
                Money.parse("JPY 193488"), ECB.convert(Money.parse("GBP 1000.02"), JPY, MON, RoundingMode.HALF_EVEN));
        // rounding each leg would give: 1000.02 / 0.8333 = 1200.0720... -> EUR 1200.07, x 161.23 =
        // 193487.2861 -> JPY 193487: one yen off
        assertEquals(
                Money.parse("JPY 193487"),
                Money.parse("EUR 1200.07").convertedTo(rate(EUR, JPY, "161.23", MON), RoundingMode.HALF_EVEN));
    }

    @Test
    void sameCurrencyIsUnchanged() {
        Money m = Money.parse("EUR 12.34");
        assertSame(m, ECB.convert(m, EUR, MON, RoundingMode.UNNECESSARY));
    }

    @Test
    void aMissingRateIsANamedViolation() {
        CurrencyConverter noBase =
                CurrencyConverter.of(InMemoryExchangeRates.of(List.of(rate(EUR, USD, "1.08", MON))), GBP);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ECB.convert(Money.parse("EUR 1.00"), USD, MON.minusDays(1), RoundingMode.HALF_EVEN));
        assertEquals("no-rate", e.violations().get(0).rule());
        assertEquals("to", e.violations().get(0).path());
        assertThrows(
                ValidationException.class,
                () -> noBase.convert(Money.parse("USD 1.00"), JPY, MON, RoundingMode.HALF_EVEN));
        // USD -> GBP with base GBP: only EUR/USD known, no cross through GBP
        assertThrows(
                ValidationException.class,
                () -> noBase.convert(Money.parse("USD 1.00"), GBP, MON, RoundingMode.HALF_EVEN));
        assertThrows(
                ValidationException.class,
                () -> ECB.convert(Money.parse("USD 1.00"), EUR, MON, RoundingMode.UNNECESSARY));
    }

    @Test
    void aSourceBreakingItsContractIsCaught() {
        ExchangeRateSource wrongPair = (from, to, date) -> Optional.of(rate(EUR, GBP, "0.8", date));
        ExchangeRateSource future = (from, to, date) -> Optional.of(rate(from, to, "1.1", date.plusDays(1)));
        ExchangeRateSource nullAnswer = (from, to, date) -> null;
        for (ExchangeRateSource s : List.of(wrongPair, future)) {
            ValidationException e = assertThrows(
                    ValidationException.class,
                    () -> CurrencyConverter.of(s, EUR)
                            .convert(Money.parse("EUR 1.00"), USD, MON, RoundingMode.HALF_EVEN));
            assertEquals("exchange-rate-source", e.violations().get(0).rule());
        }
        assertEquals(
                "source.find",
                assertThrows(
                                ValidationException.class,
                                () -> CurrencyConverter.of(nullAnswer, EUR)
                                        .convert(Money.parse("EUR 1.00"), USD, MON, RoundingMode.HALF_EVEN))
                        .violations()
                        .get(0)
                        .path());
    }

    @Test
    void inMemoryRefusesTwoRatesForOnePairAndDay() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> InMemoryExchangeRates.of(List.of(rate(EUR, USD, "1.08", MON), rate(EUR, USD, "1.09", MON))));
        assertEquals("one-rate-per-pair-and-day", e.violations().get(0).rule());
        assertEquals("rates[1]", e.violations().get(0).path());
    }
}
