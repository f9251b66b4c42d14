package org.ledgerline.ivr.transcription.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * The normal forms survive PostgreSQL's {@code english} text search the way auditors search: the
 * words and the normal form of a segment, as one {@code to_tsvector}, are matched by
 * {@code websearch_to_tsquery} of what an auditor types ({@code 200}, {@code 03/05},
 * {@code "March 5"}) and not by a near miss. Real PostgreSQL (embedded), not a guess about its parser.
 */
class NormalFormSearchIT {
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 2, 24);
    private static Ledger ledger;
    private final RuleBasedSegmentAnnotator annotator = new RuleBasedSegmentAnnotator();

    @BeforeAll
    static void openLedger() {
        ledger = TestLedgers.newLedger();
    }

    @AfterAll
    static void closeLedger() {
        ledger.close();
    }

    @ParameterizedTest(name = "[{index}] {0} ? {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            i can pay two hundred dollars on friday         | 200              | true
            i can pay two hundred dollars on friday         | $200             | true
            i can pay two hundred dollars on friday         | 200.00           | true
            i can pay two hundred dollars on friday         | 2/26             | true
            i can pay two hundred dollars on friday         | 300              | false
            i can pay two hundred and fifty on the fifth of march | 250        | true
            i can pay two hundred and fifty on the fifth of march | 03/05      | true
            i can pay two hundred and fifty on the fifth of march | 3/5        | true
            i can pay two hundred and fifty on the fifth of march | "March 5"  | true
            i can pay two hundred and fifty on the fifth of march | 2027-03-05 | true
            i can pay two hundred and fifty on the fifth of march | "March 6"  | false
            i can pay two hundred and fifty on the fifth of march | 03/06      | false
            i can pay two hundred and fifty on the fifth of march | 5/3        | false
            twelve hundred dollars by march fifth            | 1200             | true
            twelve hundred dollars by march fifth            | 1,200            | true
            twelve hundred dollars by march fifth            | "march 5" 1200   | true
            twelve hundred dollars by march fifth            | 1200 -march      | false
            two hundred dollars and fifty cents             | 200.50           | true
            two hundred dollars and fifty cents             | $200.50          | true
            two hundred dollars and fifty cents             | 200 OR 300       | false
            """)
    void auditorsFindTheNormalForms(String words, String query, boolean found) {
        String normalized = annotator.annotate(words, WEDNESDAY).normalized();

        boolean matches = ledger.jdbc().queryOne("test: text search", """
                select to_tsvector('english', ? || ' ' || ?) @@ websearch_to_tsquery('english', ?)
                """, row -> row.getBoolean(1), words, normalized, query);

        assertThat(matches).as("'%s' + '%s' searched by %s", words, normalized, query).isEqualTo(found);
    }
}
