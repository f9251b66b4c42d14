package org.ledgerline.ivr.search.view;

import org.ledgerline.storage.transcription.Speaker;

/** The words a page uses for a speaker, and the CSS class that colours their segments. */
public final class SpeakerLabels {
    private SpeakerLabels() {}

    public static String label(Speaker speaker) {
        return switch (speaker) {
            case COLLECTOR -> "Collector";
            case CUSTOMER -> "Customer";
            case CALLER -> "Caller";
        };
    }

    public static String cssClass(Speaker speaker) {
        return "speaker-" + speaker.name().toLowerCase(java.util.Locale.ROOT);
    }
}
