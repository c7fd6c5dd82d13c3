package io.itsmkit.budget.contract;

import io.itsmkit.budget.allocation.Allocation;
import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contract with a supplier: its value over the term, how it is invoiced, the notice needed to end it,
 * how it renews, and the underpinning contracts (in itsm-sla) it pays for, linked by identifier.
 *
 * <p>The notice deadline is the last day notice can be given so the contract ends with its current term:
 * the term's end minus the notice period, minus one day (a term ending on 31 December with three months'
 * notice needs notice by 30 September). A tacitly renewing contract rolls its term forward by the renewal
 * period until notice is given.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SupplierContract {
    private final ContractId id;
    private final SupplierId supplier;
    private final Money value;
    private final DateRange term;
    private final BillingFrequency billing;
    private final Period notice;
    private final Renewal renewal;
    private final Period renewalPeriod;
    private final Set<UnderpinningContractRef> underpinningContracts;

    private SupplierContract(Builder b) {
        this.id = b.id;
        this.supplier = b.supplier;
        this.value = b.value;
        this.term = b.term;
        this.billing = b.billing;
        this.notice = b.notice;
        this.renewal = b.renewal;
        this.renewalPeriod = b.renewalPeriod;
        this.underpinningContracts = Collections.unmodifiableSet(new LinkedHashSet<>(b.underpinningContracts));
    }

    /**
     * Starts a contract. Unless set otherwise it is invoiced {@link BillingFrequency#ONCE}, needs no
     * notice and does not renew.
     *
     * @param id the contract's identifier
     * @param supplier the supplier
     * @param value the value over the (first) term, zero or more
     * @param term the days the contract runs
     * @return a builder
     * @throws ValidationException with rule {@code "not-negative"} for a negative value, or {@code "required"}
     */
    public static Builder builder(
            @Nullable ContractId id, @Nullable SupplierId supplier, @Nullable Money value, @Nullable DateRange term) {
        Money v = Checks.notNull(value, "contract.value");
        if (v.isNegative()) {
            throw new ValidationException("contract.value", "not-negative", v, "must be zero or more");
        }
        return new Builder(
                Checks.notNull(id, "contract.id"),
                Checks.notNull(supplier, "contract.supplier"),
                v,
                Checks.notNull(term, "contract.term"));
    }

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public ContractId id() {
        return id;
    }

    /**
     * Returns the supplier.
     *
     * @return the supplier's identifier
     */
    public SupplierId supplier() {
        return supplier;
    }

    /**
     * Returns the value of the first term.
     *
     * @return the value
     */
    public Money value() {
        return value;
    }

    /**
     * Returns the first term.
     *
     * @return the days the contract runs before any renewal
     */
    public DateRange term() {
        return term;
    }

    /**
     * Returns how the contract is invoiced.
     *
     * @return the billing frequency
     */
    public BillingFrequency billing() {
        return billing;
    }

    /**
     * Returns the notice period.
     *
     * @return the notice needed to end the contract with its term
     */
    public Period notice() {
        return notice;
    }

    /**
     * Returns how the contract renews.
     *
     * @return the renewal kind
     */
    public Renewal renewal() {
        return renewal;
    }

    /**
     * Returns the length of a renewed term.
     *
     * @return the renewal period; zero for {@link Renewal#NONE}
     */
    public Period renewalPeriod() {
        return renewalPeriod;
    }

    /**
     * Returns the underpinning contracts this contract pays for.
     *
     * @return their identifiers in itsm-sla, in the order added
     */
    public Set<UnderpinningContractRef> underpinningContracts() {
        return underpinningContracts;
    }

    /**
     * Returns the term in force on a day: the first term, or for {@link Renewal#TACIT} the renewed term
     * holding the day (renewals are counted from the first term's end, so month ends do not drift).
     *
     * @param asOf the day
     * @return the first term before and during it; the renewed term holding {@code asOf} after it for a
     *     tacit renewal, else the first term
     * @throws ValidationException with rule {@code "date-in-range"} if the renewed term would end after
     *     2999, or {@code "required"}
     */
    public DateRange termOn(@Nullable LocalDate asOf) {
        LocalDate d = Checks.notNull(asOf, "asOf");
        if (renewal != Renewal.TACIT || d.isBefore(term.end())) {
            return term;
        }
        LocalDate start = term.end();
        LocalDate end = term.end().plus(renewalPeriod);
        for (int n = 2; !d.isBefore(end); n++) {
            start = end;
            end = term.end().plus(renewalPeriod.multipliedBy(n));
            if (end.isAfter(DateRange.MAX)) {
                break;
            }
        }
        return DateRange.of(start, end);
    }

    /**
     * Returns the last day notice can be given to end the contract with the term in force on a day.
     *
     * @param asOf the day
     * @return {@code termOn(asOf).end() - notice - 1 day}
     * @throws ValidationException as {@link #termOn} does
     */
    public LocalDate noticeDeadline(@Nullable LocalDate asOf) {
        return termOn(asOf).end().minus(notice).minusDays(1);
    }

    /**
     * Returns an alert when the notice deadline of the term in force is near: from {@code leadTime} before
     * the deadline up to and including the deadline.
     *
     * @param asOf the day
     * @param leadTime how long before the deadline to start alerting
     * @return the alert, or empty outside that window
     * @throws ValidationException with rule {@code "period"} for a negative or over-long lead time, or as
     *     {@link #termOn} does
     */
    public Optional<RenewalAlert> renewalAlert(@Nullable LocalDate asOf, @Nullable Period leadTime) {
        LocalDate d = Checks.notNull(asOf, "asOf");
        Period lead = Periods.checked(leadTime, "leadTime");
        DateRange current = termOn(d);
        LocalDate deadline = noticeDeadline(d);
        if (d.isAfter(deadline) || d.isBefore(deadline.minus(lead))) {
            return Optional.empty();
        }
        return Optional.of(
                new RenewalAlert(id, renewal, current.lastDay(), deadline, ChronoUnit.DAYS.between(d, deadline)));
    }

    /**
     * Returns the invoices of the first term: one at the start of each billing period from the term's
     * start (the last one possibly shorter), the value split into equal installments to the minor unit
     * (largest remainder: the earlier installments take any extra cent).
     *
     * @return the installments, in order, summing exactly to the value
     */
    public List<Installment> billingSchedule() {
        List<DateRange> periods = new ArrayList<>();
        if (billing == BillingFrequency.ONCE) {
            periods.add(term);
        } else {
            LocalDate s = term.start();
            for (int k = 1; s.isBefore(term.end()); k++) {
                LocalDate e = term.start().plusMonths((long) billing.months() * k);
                e = e.isBefore(term.end()) ? e : term.end();
                periods.add(DateRange.of(s, e));
                s = e;
            }
        }
        List<Money> amounts = Allocation.of(
                        value, periods.stream().map(p -> BigDecimal.ONE).toList())
                .parts();
        List<Installment> out = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            out.add(new Installment(periods.get(i).start(), periods.get(i), amounts.get(i)));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "contract " + id + " with " + supplier + " " + value + " " + term + " billed " + billing + ", notice "
                + notice + ", renewal " + renewal + (renewal == Renewal.NONE ? "" : " by " + renewalPeriod);
    }

    /** Collects a contract's terms; {@link #build()} validates them together. */
    public static final class Builder {
        private final ContractId id;
        private final SupplierId supplier;
        private final Money value;
        private final DateRange term;
        private BillingFrequency billing = BillingFrequency.ONCE;
        private Period notice = Period.ZERO;
        private Renewal renewal = Renewal.NONE;
        private Period renewalPeriod = Period.ZERO;
        private final Set<UnderpinningContractRef> underpinningContracts = new LinkedHashSet<>();

        private Builder(ContractId id, SupplierId supplier, Money value, DateRange term) {
            this.id = id;
            this.supplier = supplier;
            this.value = value;
            this.term = term;
        }

        /**
         * Sets how the contract is invoiced.
         *
         * @param billing the billing frequency
         * @return this builder
         * @throws ValidationException with rule {@code "required"} if null
         */
        public Builder billing(@Nullable BillingFrequency billing) {
            this.billing = Checks.notNull(billing, "contract.billing");
            return this;
        }

        /**
         * Sets the notice period.
         *
         * @param notice the notice needed, e.g. {@code Period.ofMonths(3)}
         * @return this builder
         * @throws ValidationException with rule {@code "period"} for a negative or over-long period
         */
        public Builder notice(@Nullable Period notice) {
            this.notice = Periods.checked(notice, "contract.notice");
            return this;
        }

        /**
         * Sets how the contract renews.
         *
         * @param renewal the renewal kind
         * @param renewalPeriod the length of a renewed term; more than zero unless {@code renewal} is
         *     {@link Renewal#NONE}, which needs zero
         * @return this builder
         * @throws ValidationException with rule {@code "period"} or {@code "renewal-period"}
         */
        public Builder renewal(@Nullable Renewal renewal, @Nullable Period renewalPeriod) {
            Renewal k = Checks.notNull(renewal, "contract.renewal");
            Period p = Periods.checked(renewalPeriod, "contract.renewalPeriod");
            if ((k == Renewal.NONE) != p.isZero()) {
                throw new ValidationException(
                        "contract.renewalPeriod",
                        "renewal-period",
                        p,
                        k == Renewal.NONE
                                ? "must be zero for a contract that does not renew"
                                : "must be more than zero");
            }
            this.renewal = k;
            this.renewalPeriod = p;
            return this;
        }

        /**
         * Links an underpinning contract this contract pays for.
         *
         * @param underpinningContract the UC's identifier in itsm-sla
         * @return this builder
         * @throws ValidationException with rule {@code "required"} if null
         */
        public Builder underpins(@Nullable UnderpinningContractRef underpinningContract) {
            underpinningContracts.add(Checks.notNull(underpinningContract, "contract.underpinningContract"));
            return this;
        }

        /**
         * Builds the contract.
         *
         * @return the contract
         * @throws ValidationException with rule {@code "notice-within-term"} if the notice period is longer
         *     than the term
         */
        public SupplierContract build() {
            if (term.end().minus(notice).isBefore(term.start())) {
                throw new ValidationException(
                        "contract.notice", "notice-within-term", notice, "must not be longer than the term " + term);
            }
            return new SupplierContract(this);
        }
    }
}
