package org.ledgerline.ivr.transcription.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ledgerline.ivr.transcription.SpokenPromise;

/**
 * The labelled sentences the promise rules were written against: every row states whether the words
 * are a promise to pay and, if so, the amount and date expected. The call took place on Wednesday
 * 2027-02-24. The held-out sentences measured in the README are in {@link SpokenPromiseBench}, not here.
 */
class SpokenPromiseRulesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 2, 24);
    private final RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # promises: amount and/or date
            i can pay two hundred on friday                                  | yes | 200     | 2027-02-26
            i can pay two hundred and fifty dollars on the fifth of march    | yes | 250.00  | 2027-03-05
            i will make a payment of one hundred on the first                | yes | 100     | 2027-03-01
            i promise to pay three hundred dollars by the fifteenth          | yes | 300.00  | 2027-03-15
            we can do three hundred by the fifteenth                         | yes | 300     | 2027-03-15
            let me pay it tomorrow                                           | yes | -       | 2027-02-25
            i'll send fifty dollars next week                                | yes | 50.00   | -
            i'll pay twelve hundred on march fifth                           | yes | 1200    | 2027-03-05
            i can pay one thousand two hundred at the end of the month       | yes | 1200    | 2027-02-28
            i'm going to pay a hundred dollars today                         | yes | 100.00  | 2027-02-24
            i am going to pay the rest next friday                           | yes | -       | 2027-03-05
            i can pay two fifty on monday                                    | yes | 250     | 2027-03-01
            i can pay two fifty dollars on monday                            | yes | 250.00  | 2027-03-01
            i'll pay two hundred dollars and fifty cents on the tenth        | yes | 200.50  | 2027-03-10
            i can pay to hundred on friday                                   | yes | 200     | 2027-02-26
            i can pay too hundred dollars this friday                        | yes | 200.00  | 2027-02-26
            i can pay for hundred on the twentieth                           | yes | 400     | 2027-03-20
            i'll pay won hundred tomorrow                                    | yes | 100     | 2027-02-25
            i can pay hundred dollars friday                                 | yes | 100.00  | 2027-02-26
            okay i can pay five hundred in two weeks                         | yes | 500     | 2027-03-10
            yeah we'll pay four hundred on march the fifth                   | yes | 400     | 2027-03-05
            i could pay seventy five dollars on the twenty fifth             | yes | 75.00   | 2027-02-25
            i want to pay six hundred on the first of next month             | yes | 600     | 2027-03-01
            i'd like to pay two hundred today                                | yes | 200     | 2027-02-24
            i should be able to pay eight hundred by friday                  | yes | 800     | 2027-02-26
            gonna pay you three hundred on thursday                          | yes | 300     | 2027-02-25
            i'm gonna pay you three hundred on thursday                      | yes | 300     | 2027-02-25
            i will send the payment on monday                                | yes | -       | 2027-03-01
            i can get you two hundred on friday                              | yes | 200     | 2027-02-26
            i can put down fifty dollars today                               | yes | 50.00   | 2027-02-24
            i'll have the money on the fifth                                 | yes | -       | 2027-03-05
            i can't pay two hundred but i can pay one hundred on friday      | yes | 100     | 2027-02-26
            so i can pay the full balance on tuesday                         | yes | -       | 2027-03-02
            i will pay nine hundred and ninety nine dollars tomorrow         | yes | 999.00  | 2027-02-25
            i get paid on friday so i can pay you then                       | yes | -       | 2027-02-26
            we will pay fifteen hundred dollars on april first               | yes | 1500.00 | 2027-04-01
            i can pay fifty dollars a week starting friday                   | yes | 50.00   | 2027-02-26
            i'll pay the balance on the fifth of next month                  | yes | -       | 2027-03-05
            i can do friday                                                  | yes | -       | 2027-02-26
            i can pay three hundred tomorrow and the rest on friday          | yes | 300     | 2027-02-25
            # not promises
            i can't pay                                                      | no  | -       | -
            i cannot pay two hundred                                         | no  | -       | -
            i won't be able to pay until friday                              | no  | -       | -
            can you pay two hundred on friday                                | no  | -       | -
            could you make a payment of fifty dollars today                  | no  | -       | -
            can i pay two hundred on friday                                  | no  | -       | -
            when can i pay the rest                                          | no  | -       | -
            i paid two hundred last friday                                   | no  | -       | -
            i already paid                                                   | no  | -       | -
            i never promised to pay                                          | no  | -       | -
            i never said i would pay two hundred                             | no  | -       | -
            my balance is two hundred                                        | no  | -       | -
            i owe two hundred dollars                                        | no  | -       | -
            i'll try to pay two hundred on friday                            | no  | -       | -
            maybe i can pay fifty dollars next friday                        | no  | -       | -
            i might pay something on friday                                  | no  | -       | -
            if i can pay two hundred friday would that work                  | no  | -       | -
            i was going to pay two hundred on friday                         | no  | -       | -
            i could have paid two hundred last month                         | no  | -       | -
            i don't think i can pay two hundred                              | no  | -       | -
            i promised to pay on the fifth                                   | no  | -       | -
            you'll pay two hundred on friday right                           | no  | -       | -
            so you are going to pay two hundred on the fifth                 | no  | -       | -
            i will send you a letter on friday                               | no  | -       | -
            i can pay                                                        | no  | -       | -
            i'll pay it                                                      | no  | -       | -
            i will make a note of that on friday                             | no  | -       | -
            the payment of two hundred was due on the fifth                  | no  | -       | -
            i have no money until the fifteenth                              | no  | -       | -
            i'm not paying two hundred for that                              | no  | -       | -
            we can't do three hundred by the fifteenth                       | no  | -       | -
            i lost my job i can't pay anything                               | no  | -       | -
            this is the second time you called                               | no  | -       | -
            hopefully i can pay two hundred on friday                        | no  | -       | -
            """)
    void readsPromisesFromTheWordsAlone(String sentence, String expected, @Nullable String amount,
            @Nullable String date) {
        SpokenPromise promise = annotator.annotate(sentence, WEDNESDAY).promise();

        if (expected.equals("no")) {
            assertThat(promise).as("not a promise: %s", sentence).isNull();
            return;
        }
        assertThat(promise).as("a promise: %s", sentence).isNotNull();
        assertThat(promise.amount()).as("amount of: %s", sentence)
                .isEqualTo(amount == null ? null : new BigDecimal(amount));
        assertThat(promise.date()).as("date of: %s", sentence).isEqualTo(date == null ? null : LocalDate.parse(date));
    }
}
