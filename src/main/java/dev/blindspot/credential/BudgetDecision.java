package dev.blindspot.credential;

/** The answer of {@link AttemptBudget#tryAcquire}: go ahead with one attempt, or not (and why). */
public sealed interface BudgetDecision {

    /** One attempt may be made; report its result with {@link AttemptBudget#record}. */
    record Granted() implements BudgetDecision {}

    /**
     * No attempt may be made.
     *
     * @param hostWide true when no account of the device may be tried any more (stopped, success, device cap)
     */
    record Denied(String reason, boolean hostWide) implements BudgetDecision {}
}
