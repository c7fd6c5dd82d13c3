package io.itsmkit.budget.ledger;

import io.itsmkit.budget.contract.ContractId;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One posting of a budget ledger: what was booked, on which line, for which day and period, in the
 * budget's currency, with the document's own amount and rate when it was in another currency, and what
 * it refers to.
 *
 * <p>Amounts are signed: a commitment is released by posting its negation (an order that becomes an
 * invoice posts {@code ORDERED -x} and {@code ACTUAL +x}); a mistake is corrected by a reversal in the
 * {@link Ledger}, never by an edit.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param kind what the entry records
 * @param line the budget line it is booked to
 * @param amount the amount in the budget's currency
 * @param date the day it is dated (status on a date counts entries dated up to it)
 * @param period the fiscal period it is booked to
 * @param foreign the document's amount and rate, when it was in another currency
 * @param supplier the supplier, if any
 * @param contract the supplier contract, if any
 * @param reference the document's reference (order, invoice, requisition number), possibly empty
 */
public record LedgerEntry(
        EntryKind kind,
        BudgetLineId line,
        Money amount,
        LocalDate date,
        FiscalPeriod period,
        Optional<ForeignAmount> foreign,
        Optional<SupplierId> supplier,
        Optional<ContractId> contract,
        String reference) {

    /**
     * Validates the entry.
     *
     * @throws ValidationException with rule {@code "converted-amount"} if the amount is not the original
     *     times the rate rounded to the budget currency (off by a minor unit or more), a
     *     {@link CurrencyMismatchException} for a rate to another currency than the amount's (a rate never
     *     converts a currency to itself, so the original is always in another currency), or
     *     {@code "required"}
     */
    public LedgerEntry {
        Checks.notNull(kind, "entry.kind");
        Checks.notNull(line, "entry.line");
        Checks.notNull(amount, "entry.amount");
        Checks.notNull(date, "entry.date");
        Checks.notNull(period, "entry.period");
        Checks.notNull(foreign, "entry.foreign");
        Checks.notNull(supplier, "entry.supplier");
        Checks.notNull(contract, "entry.contract");
        Checks.notNull(reference, "entry.reference");
        if (foreign.isPresent()) {
            ForeignAmount f = foreign.get();
            CurrencyMismatchException.requireSame(
                    "entry.foreign.rate.to", amount.currency(), f.rate().to());
            BigDecimal exact = f.original().amount().multiply(f.rate().rate());
            BigDecimal unit = BigDecimal.ONE.movePointLeft(amount.currency().scale());
            if (exact.subtract(amount.amount()).abs().compareTo(unit) >= 0) {
                throw new ValidationException(
                        "entry.amount",
                        "converted-amount",
                        amount,
                        "must be " + f.original() + " x " + f.rate().rate().toPlainString() + " = "
                                + exact.toPlainString() + " rounded to " + amount.currency());
            }
        }
    }

    /**
     * Returns an entry in the budget's currency, with no supplier, contract or reference.
     *
     * @param kind what the entry records
     * @param line the budget line
     * @param amount the amount, signed
     * @param date the day it is dated
     * @param period the fiscal period it is booked to
     * @return the entry
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public static LedgerEntry of(
            @Nullable EntryKind kind,
            @Nullable BudgetLineId line,
            @Nullable Money amount,
            @Nullable LocalDate date,
            @Nullable FiscalPeriod period) {
        return new LedgerEntry(
                Checks.notNull(kind, "kind"),
                Checks.notNull(line, "line"),
                Checks.notNull(amount, "amount"),
                Checks.notNull(date, "date"),
                Checks.notNull(period, "period"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    /**
     * Returns this entry with the document's own amount and the rate it was converted with.
     *
     * @param original the amount in the document's currency
     * @param rate the rate from that currency to the budget's
     * @return the entry
     * @throws ValidationException as the canonical constructor does
     */
    public LedgerEntry convertedFrom(@Nullable Money original, @Nullable ExchangeRate rate) {
        return new LedgerEntry(
                kind,
                line,
                amount,
                date,
                period,
                Optional.of(new ForeignAmount(Checks.notNull(original, "original"), Checks.notNull(rate, "rate"))),
                supplier,
                contract,
                reference);
    }

    /**
     * Returns this entry with a supplier.
     *
     * @param supplier the supplier
     * @return the entry
     * @throws ValidationException with rule {@code "required"} if null
     */
    public LedgerEntry fromSupplier(@Nullable SupplierId supplier) {
        return new LedgerEntry(
                kind,
                line,
                amount,
                date,
                period,
                foreign,
                Optional.of(Checks.notNull(supplier, "supplier")),
                contract,
                reference);
    }

    /**
     * Returns this entry with a supplier contract.
     *
     * @param contract the contract
     * @return the entry
     * @throws ValidationException with rule {@code "required"} if null
     */
    public LedgerEntry underContract(@Nullable ContractId contract) {
        return new LedgerEntry(
                kind,
                line,
                amount,
                date,
                period,
                foreign,
                supplier,
                Optional.of(Checks.notNull(contract, "contract")),
                reference);
    }

    /**
     * Returns this entry with a document reference.
     *
     * @param reference the order, invoice or requisition number
     * @return the entry
     * @throws ValidationException with rule {@code "required"} if null
     */
    public LedgerEntry withReference(@Nullable String reference) {
        return new LedgerEntry(
                kind, line, amount, date, period, foreign, supplier, contract, Checks.notNull(reference, "reference"));
    }

    /**
     * Returns this entry with the opposite amount: what a reversal books.
     *
     * @return the negated entry
     */
    public LedgerEntry negated() {
        return new LedgerEntry(
                kind,
                line,
                amount.negated(),
                date,
                period,
                foreign.map(f -> new ForeignAmount(f.original().negated(), f.rate())),
                supplier,
                contract,
                reference);
    }
}
