package org.ledgerline.ivr.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.search.TranscriptSearch;

/**
 * The rules every playback route shares (issue 10 items 7-8): the listener's scope decides who may
 * hear a call; the part of the file asked for comes from the {@code Range} header; and a request
 * <em>starts</em> a playback, and is audited, only when it asks for the whole file or a range from
 * its first byte (an audio element's first request is {@code bytes=0-}; its later requests while
 * playing or seeking fetch further chunks and are not audited again). The audit line names the
 * offset the listener started from ({@code at=12.34}, or {@code at=start}).
 */
final class PlaybackStarts {
    private PlaybackStarts() {}

    /** Refuses a call outside {@code scope}; {@code what} names it for the refusal ("recording 7"). */
    static void requireVisible(TranscriptSearch calls, SearchScope scope, CallFacts call, String what) {
        if (!calls.sees(scope, call)) {
            throw new PlaybackNotPermittedException(what);
        }
    }

    /** The part of {@code file} (registered as recording {@code recordingId}) that {@code rangeHeader} asks for. */
    static ByteRange range(long recordingId, Path file, @Nullable String rangeHeader) {
        try {
            return ByteRange.of(rangeHeader, Files.size(file));
        } catch (IOException e) {
            throw new RecordingUnavailableException(recordingId, RecordingUnavailableException.Reason.NOT_READABLE);
        }
    }

    /** A request for the whole file, or a range from its first byte: a player starting. */
    static boolean startsPlayback(ByteRange range) {
        return switch (range) {
            case ByteRange.Whole whole -> true;
            case ByteRange.Part part -> part.first() == 0;
            case ByteRange.Unsatisfiable none -> false;
        };
    }

    /** The audit detail's offset: {@code at=12.34}, or {@code at=start} when the player starts at 0. */
    static String at(@Nullable Double seconds) {
        return "at=" + (seconds == null ? "start" : String.format(Locale.ROOT, "%.2f", seconds));
    }
}
