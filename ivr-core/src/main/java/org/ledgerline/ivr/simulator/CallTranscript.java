package org.ledgerline.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened on one emulated call, for assertions and for printing. Written by the call's own
 * thread; read once the call is over.
 */
public final class CallTranscript {
    private final List<TranscriptEntry> entries = new ArrayList<>();
    private int commandsReceived;

    synchronized void add(TranscriptEntry entry) {
        entries.add(entry);
    }

    synchronized void commandReceived() {
        commandsReceived++;
    }

    public synchronized List<TranscriptEntry> entries() {
        return List.copyOf(entries);
    }

    /** AGI commands the server sent; 0 means the call was never served (e.g. rejected by a pool). */
    public synchronized int commandsReceived() {
        return commandsReceived;
    }

    /** Sound files the server asked to play, in order (including missing ones). */
    public List<String> promptFiles() {
        return entriesOf(TranscriptEntry.PromptPlayed.class).stream().map(TranscriptEntry.PromptPlayed::file).toList();
    }

    /** The prompt keys played: the last path segment of each file. */
    public List<String> promptKeys() {
        return promptFiles().stream().map(CallTranscript::promptKey).toList();
    }

    static String promptKey(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** Where the dialplan continues ({@code context,extension,priority}) if the server set all three. */
    public Optional<String> transferDestination() {
        String context = null;
        String extension = null;
        String priority = null;
        for (TranscriptEntry.DialplanSet set : entriesOf(TranscriptEntry.DialplanSet.class)) {
            switch (set.field()) {
                case "context" -> context = set.value();
                case "extension" -> extension = set.value();
                default -> priority = set.value();
            }
        }
        if (context == null || extension == null || priority == null) {
            return Optional.empty();
        }
        return Optional.of(context + "," + extension + "," + priority);
    }

    /** The last value of Asterisk-Java's {@code AJ_AGISTATUS}, set after the script returns. */
    public Optional<String> agiStatus() {
        return entriesOf(TranscriptEntry.VariableSet.class).stream()
                .filter(v -> v.name().equals("AJ_AGISTATUS"))
                .map(TranscriptEntry.VariableSet::value)
                .reduce((first, second) -> second);
    }

    public boolean callerHungUp() {
        return !entriesOf(TranscriptEntry.CallerHungUp.class).isEmpty();
    }

    public boolean serverHungUp() {
        return !entriesOf(TranscriptEntry.ServerHungUp.class).isEmpty();
    }

    /**
     * Every sound file the call needed and Asterisk did not have (missing prompts, and files
     * Asterisk's own commands play), in order; empty for a call a bare Asterisk serves fully.
     */
    public List<String> missingSounds() {
        List<String> missing = new ArrayList<>();
        for (TranscriptEntry entry : entries()) {
            if (entry instanceof TranscriptEntry.PromptPlayed played && played.missing()) {
                missing.add(played.file());
            } else if (entry instanceof TranscriptEntry.SoundMissing sound) {
                missing.add(sound.file());
            }
        }
        return missing;
    }

    /** Commands refused with the given status (510, 511 or 520). */
    public List<String> refused(int status) {
        return entriesOf(TranscriptEntry.CommandRefused.class).stream()
                .filter(r -> r.status() == status)
                .map(TranscriptEntry.CommandRefused::command)
                .toList();
    }

    public synchronized <T extends TranscriptEntry> List<T> entriesOf(Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder();
        for (TranscriptEntry entry : entries) {
            text.append(entry.describe()).append('\n');
        }
        return text.toString();
    }
}
