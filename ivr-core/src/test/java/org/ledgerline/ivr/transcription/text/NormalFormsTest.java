package org.ledgerline.ivr.transcription.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The searchable forms of numbers, amounts and dates in a segment, one row per way of saying them.
 * The call took place on Wednesday 2027-02-24.
 */
class NormalFormsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 2, 24);
    private final RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            two hundred fifty                                   | 250
            two hundred and fifty                               | 250
            twelve hundred                                      | 1200 1,200
            one thousand two hundred                            | 1200 1,200
            a hundred                                           | 100
            a thousand dollars                                  | 1000 1,000 1000.00
            five hundred thousand                               | 500000 500,000
            twenty five                                         | 25
            it costs two fifty                                  | 2 50
            i can pay two fifty                                 | 250 250.00
            two fifty dollars                                   | 250 250.00
            twelve fifty dollars                                | 1250 1,250 1250.00
            two hundred dollars                                 | 200 200.00
            two hundred dollars and fifty cents                 | 200.50
            fifty cents                                         | 0.50
            i can pay to hundred                                | 200 200.00
            i walked to the store                               | ''
            i paid for it                                       | ''
            we won the game                                     | ''
            the fifth of march                                  | 2027-03-05 03/05 3/5 march 5
            march fifth                                         | 2027-03-05 03/05 3/5 march 5
            march the fifth                                     | 2027-03-05 03/05 3/5 march 5
            march five                                          | 2027-03-05 03/05 3/5 march 5
            on the fifth                                        | 2027-03-05 03/05 3/5 march 5
            by the twenty fifth                                 | 2027-02-25 02/25 2/25 february 25
            the first of next month                             | 2027-03-01 03/01 3/1 march 1
            january tenth                                       | 2028-01-10 01/10 1/10 january 10
            december twenty fifth                               | 2027-12-25 12/25 december 25
            friday                                              | 2027-02-26 02/26 2/26 february 26
            this friday                                         | 2027-02-26 02/26 2/26 february 26
            next friday                                         | 2027-03-05 03/05 3/5 march 5
            friday the fifth                                    | 2027-03-05 03/05 3/5 march 5
            tomorrow                                            | 2027-02-25 02/25 2/25 february 25
            today                                               | 2027-02-24 02/24 2/24 february 24
            the day after tomorrow                              | 2027-02-26 02/26 2/26 february 26
            in two weeks                                        | 2027-03-10 03/10 3/10 march 10
            end of the month                                    | 2027-02-28 02/28 2/28 february 28
            end of next month                                   | 2027-03-31 03/31 3/31 march 31
            february thirtieth                                  | ''
            this is the second time                             | ''
            first of all                                        | ''
            may i pay                                           | ''
            next week                                           | ''
            my number is five five five one two three four      | ''
            two payments of one hundred                         | 2 100 100.00
            i can pay two hundred on the fifth of march         | 200 200.00 2027-03-05 03/05 3/5 march 5
            """)
    void writesTheFormsAuditorsType(String words, String expected) {
        assertThat(annotator.annotate(words, WEDNESDAY).normalized()).isEqualTo(expected);
    }
}
