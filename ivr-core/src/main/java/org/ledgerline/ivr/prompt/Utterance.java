package org.ledgerline.ivr.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the caller hears next: prompt keys played in order (for example {@code balance-past-due},
 * then the spoken amount {@code num-1 num-hundred ... currency-usd}). Keys are resolved to audio
 * files per language by the {@link SoundLibrary}; flows never name files.
 */
public record Utterance(List<String> keys) {
    public Utterance {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an utterance needs at least one prompt key");
        }
    }

    public static Utterance of(String... keys) {
        return new Utterance(Arrays.asList(keys));
    }

    public Utterance then(String... more) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(Arrays.asList(more));
        return new Utterance(all);
    }

    public Utterance then(Utterance more) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(more.keys());
        return new Utterance(all);
    }
}
