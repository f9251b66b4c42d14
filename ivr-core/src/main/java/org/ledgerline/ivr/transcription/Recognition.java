package org.ledgerline.ivr.transcription;

import java.util.List;

/**
 * What the engine heard in one audio file or stream.
 *
 * @param utterances in the order spoken
 * @param audioMs the length of the audio
 */
public record Recognition(List<RecognizedUtterance> utterances, int audioMs) {
    public Recognition {
        utterances = List.copyOf(utterances);
    }
}
