package io.itsmkit.budget.fiscal;

/**
 * Which calendar year gives a fiscal year its name. A year starting on 1 January is named the same either
 * way.
 */
public enum YearNaming {
    /**
     * Named by the calendar year it starts in: the UK tax year 6 April 2026 to 5 April 2027 is 2026
     * ("2026-27").
     */
    START_YEAR,

    /**
     * Named by the calendar year it ends in: the US federal fiscal year 1 October 2025 to 30 September 2026
     * is FY2026.
     */
    END_YEAR
}
