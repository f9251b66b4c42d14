package org.ledgerline.ivr.payment.card;

/**
 * Keyed card data was refused. Checked, because bad keys are an expected turn of the conversation:
 * the flow re-prompts for {@link CardDataProblem#field()}. The message names the problem only; it
 * never quotes the value and never has a cause that could.
 */
public final class InvalidCardDataException extends Exception {
    private final CardDataProblem problem;

    public InvalidCardDataException(CardDataProblem problem) {
        super("card data refused: " + problem.name(), null, false, true);
        this.problem = problem;
    }

    public CardDataProblem problem() {
        return problem;
    }
}
