package org.ledgerline.ivr.transcription;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.transcription.NewSegment;
import org.ledgerline.storage.transcription.Speaker;

/**
 * Turns one recognised utterance into a segment to store: its words as JSON, the annotator's normal
 * forms, and the spoken promise, which only the customer's side can make (a collector restating a
 * promise is not the customer's promise).
 */
final class SegmentWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private final SegmentAnnotator annotator;

    SegmentWriter(SegmentAnnotator annotator) {
        this.annotator = annotator;
    }

    NewSegment segment(RecognizedUtterance utterance, Speaker speaker, @Nullable Long callRecordingId,
            LocalDate spokenOn) {
        String text = utterance.text();
        SegmentAnnotation annotation = annotator.annotate(text, spokenOn);
        @Nullable
        SpokenPromise promise = speaker == Speaker.COLLECTOR ? null : annotation.promise();
        return new NewSegment(utterance.startMs(), utterance.endMs(), text,
                BigDecimal.valueOf(utterance.confidence()).setScale(3, RoundingMode.HALF_UP), speaker,
                callRecordingId, wordsJson(utterance), annotation.normalized(), promise != null,
                promise == null ? null : promise.amount(), promise == null ? null : promise.date());
    }

    /** {@code [{"w":"two","s":1230,"e":1410,"c":0.98}, ...]}, the shape the schema documents. */
    static String wordsJson(RecognizedUtterance utterance) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (RecognizedWord word : utterance.words()) {
                json.writeStartObject();
                json.writeStringField("w", word.text());
                json.writeNumberField("s", word.startMs());
                json.writeNumberField("e", word.endMs());
                json.writeNumberField("c", BigDecimal.valueOf(word.confidence()).setScale(3, RoundingMode.HALF_UP));
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException cannotHappenOnAStringWriter) {
            throw new UncheckedIOException(cannotHappenOnAStringWriter);
        }
        return out.toString();
    }
}
