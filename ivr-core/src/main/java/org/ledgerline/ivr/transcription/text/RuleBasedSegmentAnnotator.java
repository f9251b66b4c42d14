package org.ledgerline.ivr.transcription.text;

import java.time.LocalDate;
import java.util.List;
import org.ledgerline.ivr.transcription.SegmentAnnotation;
import org.ledgerline.ivr.transcription.SegmentAnnotator;

/**
 * The {@link SegmentAnnotator} of LedgerLine: hand-written rules over the recognised words, no model.
 * Numbers, amounts and dates are found by {@link MentionScanner} ({@link NumberWords},
 * {@link SpokenDates}), written in searchable forms by {@link NormalForms}, and
 * {@link PromiseRules} decides whether the segment states a promise to pay. Stateless: one instance
 * serves every worker. The README section "Numbers, dates and spoken promises" lists what it
 * understands and its measured precision and recall.
 */
public final class RuleBasedSegmentAnnotator implements SegmentAnnotator {

    @Override
    public SegmentAnnotation annotate(String text, LocalDate spokenOn) {
        List<String> words = Tokens.of(text);
        List<Mention> mentions = MentionScanner.scan(words, spokenOn);
        return new SegmentAnnotation(NormalForms.of(mentions), PromiseRules.find(words, mentions));
    }
}
