package org.ledgerline.ivr.transcription.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.transcription.SpokenPromise;

/**
 * Measures the promise rules on held-out sentences: written after the rules, never used to tune them,
 * in the words a Vosk transcript gives (lower case, no punctuation), a quarter of them with typical
 * recognition errors (homophones, dropped words). Prints precision and recall of "is a promise" and,
 * of the promises found, how many have exactly the expected amount and date. The call took place on
 * Wednesday 2027-02-24. Run: {@code java -cp <ivr-core classes and test classes>
 * org.ledgerline.ivr.transcription.text.SpokenPromiseBench} (see the README).
 */
public final class SpokenPromiseBench {
    static final LocalDate SPOKEN_ON = LocalDate.of(2027, 2, 24);

    /** One labelled sentence: expected null amount and date for "not a promise". */
    record Labelled(String words, boolean promise, @Nullable String amount, @Nullable String date) {}

    static final List<Labelled> HELD_OUT = List.of(
            yes("okay i can pay one fifty on friday", "150", "2027-02-26"),
            yes("i will pay four hundred and twenty dollars on the third", "420.00", "2027-03-03"),
            yes("we can send two hundred dollars tomorrow", "200.00", "2027-02-25"),
            yes("i promise i will pay the full amount on march tenth", null, "2027-03-10"),
            yes("i can make a payment of three fifty on the twelfth", "350", "2027-03-12"),
            yes("yes i can do two hundred on thursday", "200", "2027-02-25"),
            yes("i am going to pay sixty dollars today", "60.00", "2027-02-24"),
            yes("let me pay one hundred right now", "100", null),
            yes("i'll pay you a thousand dollars on the first of april", "1000.00", "2027-04-01"),
            yes("i can pay eleven hundred by the end of the month", "1100", "2027-02-28"),
            yes("we will pay the invoice on monday", null, "2027-03-01"),
            yes("i'll mail a check for five hundred on friday", "500", "2027-02-26"),
            yes("i can pay seventy dollars and twenty five cents tomorrow", "70.25", "2027-02-25"),
            yes("i'm going to send three hundred next tuesday", "300", "2027-03-02"),
            yes("i can cover two hundred on the sixth", "200", "2027-03-06"),
            yes("alright i will pay ninety dollars on saturday", "90.00", "2027-02-27"),
            yes("i could do fifty a week starting monday", "50", "2027-03-01"),
            yes("i will pay it on the twenty eighth", null, "2027-02-28"),
            yes("i can pay six hundred in three days", "600", "2027-02-27"),
            yes("we're going to pay two thousand on march first", "2000", "2027-03-01"),
            // recognition noise
            yes("i can pay to hundred and fifty on friday", "250", "2027-02-26"),
            yes("i can pay for hundred dollars on the fifth", "400.00", "2027-03-05"),
            yes("i will pay won hundred on monday", "100", "2027-03-01"),
            yes("i can pay hundred fifty tomorrow", "150", "2027-02-25"),
            yes("i can pay too hundred on the tenth of march", "200", "2027-03-10"),
            yes("will pay three hundred on friday", "300", "2027-02-26"),
            yes("i can pay the three hundred dollars on thursday", "300.00", "2027-02-25"),
            yes("i can paid two hundred on friday", "200", "2027-02-26"),
            yes("i'll pay five hundred on the fit", "500", null),
            yes("i can pay you two hundred on the fifth uh of march", "200", "2027-03-05"),
            no("i can not make any payment this month"),
            no("i don't have two hundred dollars"),
            no("can you take two hundred on friday"),
            no("would you accept fifty dollars a month"),
            no("i paid three hundred on the fifth"),
            no("i sent the check last week"),
            no("i already made a payment of two hundred"),
            no("i never agreed to pay that"),
            no("you said i would pay two hundred"),
            no("the balance is four hundred and twenty dollars"),
            no("your payment of three hundred is due on the first"),
            no("i will try to send something on friday"),
            no("i might be able to pay two hundred next week"),
            no("i can't afford two hundred right now"),
            no("is it okay if i pay on friday"),
            no("how much do i need to pay"),
            no("i was going to send the money on monday"),
            no("i'm not able to pay until next month"),
            no("i will call you back on friday"),
            no("we will send you a statement on the first"),
            no("i lost my job in march"),
            no("i have two kids and no income"),
            no("i would have paid but the card was declined"),
            no("do i pay two hundred on the fifth"),
            no("i'm not going to pay for something i didn't order"),
            // recognition noise
            no("i can't pay to hundred"),
            no("i can pay for the call"),
            no("i went to the bank on friday"),
            no("you can pay two hundred on friday"),
            no("i can't pay nothing on friday"));

    /**
     * The held-out sentences as written, without the rows that imitate recognition noise (those come
     * from the recogniser itself when {@link SpokenPromiseSpeechBench} speaks these): 20 promises, 25 not.
     */
    static final List<Labelled> WITHOUT_SIMULATED_NOISE = java.util.stream.Stream
            .concat(HELD_OUT.subList(0, 20).stream(), HELD_OUT.subList(30, 55).stream()).toList();

    private SpokenPromiseBench() {}

    public static void main(String[] args) {
        RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int exactFacts = 0;
        for (Labelled row : HELD_OUT) {
            SpokenPromise found = annotator.annotate(row.words(), SPOKEN_ON).promise();
            if (found != null && row.promise()) {
                truePositives++;
                if (sameFacts(found, row)) {
                    exactFacts++;
                } else {
                    System.out.println("wrong facts:  " + row.words() + " -> " + found);
                }
            } else if (found != null) {
                falsePositives++;
                System.out.println("false promise: " + row.words() + " -> " + found);
            } else if (row.promise()) {
                falseNegatives++;
                System.out.println("missed:       " + row.words());
            }
        }
        long promises = HELD_OUT.stream().filter(Labelled::promise).count();
        System.out.printf(Locale.ROOT, "sentences %d (promises %d, not %d)%n", HELD_OUT.size(), promises,
                HELD_OUT.size() - promises);
        System.out.printf(Locale.ROOT, "precision %.3f (%d/%d)%n", ratio(truePositives, truePositives + falsePositives),
                truePositives, truePositives + falsePositives);
        System.out.printf(Locale.ROOT, "recall    %.3f (%d/%d)%n", ratio(truePositives, truePositives + falseNegatives),
                truePositives, truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "amount and date exact, of promises found %.3f (%d/%d)%n",
                ratio(exactFacts, truePositives), exactFacts, truePositives);
    }

    static boolean sameFacts(SpokenPromise found, Labelled row) {
        BigDecimal amount = row.amount() == null ? null : new BigDecimal(row.amount());
        LocalDate date = row.date() == null ? null : LocalDate.parse(row.date());
        boolean sameAmount = amount == null
                ? found.amount() == null
                : found.amount() != null && found.amount().compareTo(amount) == 0;
        return sameAmount && Objects.equals(found.date(), date);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Labelled yes(String words, @Nullable String amount, @Nullable String date) {
        return new Labelled(words, true, amount, date);
    }

    private static Labelled no(String words) {
        return new Labelled(words, false, null, null);
    }
}
