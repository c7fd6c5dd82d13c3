/**
 * The itsm-budget testkit, published as the module's test-jar: {@link io.itsmkit.core.testkit.Sampler}s of
 * every public budget value type ({@link io.itsmkit.budget.testkit.BudgetFixtures}) and the TCK of the
 * exchange-rate port ({@link io.itsmkit.budget.testkit.ExchangeRateSourceTck}) and of the ledger store
 * ({@link io.itsmkit.budget.testkit.LedgerStoreTck}).
 */
package io.itsmkit.budget.testkit;
