package org.ledgerline.ivr.payment;

/** A keyed amount was refused; the flow says why and asks again. The message names only the problem. */
public final class InvalidAmountEntryException extends Exception {
    private final AmountEntryProblem problem;

    public InvalidAmountEntryException(AmountEntryProblem problem) {
        super("keyed amount refused: " + problem.name(), null, false, true);
        this.problem = problem;
    }

    public AmountEntryProblem problem() {
        return problem;
    }
}
