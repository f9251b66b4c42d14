package org.ledgerline.ivr.menu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * A keypad menu: options registered by key, each with the prompt that announces it ("For your
 * balance, press one.") and the {@link MenuAction} it runs. The menu reads its intro, the options
 * in registration order and its navigation line; {@value #REPEAT} repeats and {@value #BACK} goes
 * back on every menu, so those keys cannot be taken by options. Too many silences or invalid keys
 * send the caller to a person.
 *
 * <p>New features add an option with one more {@link Builder#option} call; nothing else changes.
 *
 * @param <C> what the options work on, e.g. the identified caller
 */
public final class Menu<C> {
    public static final char REPEAT = '9';
    public static final char BACK = '*';

    private final Utterance prompt;
    private final Map<Character, MenuAction<C>> actions;
    private final Set<Character> validKeys;
    private final ChoiceReader reader;
    private final PersonHandOff handOff;

    private Menu(Utterance prompt, Map<Character, MenuAction<C>> actions, ChoiceReader reader, PersonHandOff handOff) {
        this.prompt = prompt;
        this.actions = Map.copyOf(actions);
        Set<Character> keys = new LinkedHashSet<>(actions.keySet());
        keys.add(REPEAT);
        keys.add(BACK);
        this.validKeys = Set.copyOf(keys);
        this.reader = reader;
        this.handOff = handOff;
    }

    /**
     * Starts a menu read as the intro, then each option in key order, then the navigation prompt.
     *
     * @param introKey read before the options, e.g. "Main menu."
     * @param navigationKey read after them, e.g. "To hear these options again, press nine..."
     */
    public static <C> Builder<C> builder(String introKey, String navigationKey) {
        return new Builder<>(introKey, navigationKey);
    }

    /** The valid keys are the action keys plus the navigation keys handled above, so an action exists. */
    private MenuAction<C> action(char key) {
        return Objects.requireNonNull(actions.get(key), () -> "no action for menu key " + key);
    }

    /** What the caller hears when the menu is read. */
    public Utterance prompt() {
        return prompt;
    }

    /** Runs the menu until an option leaves it or ends the call; returns {@link Next#BACK} or {@link Next#CALL_ENDED}. */
    public Next run(CallChannel channel, C context) {
        while (true) {
            Optional<Character> choice = reader.read(channel, prompt, prompt, validKeys);
            if (choice.isEmpty()) {
                handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
                return Next.CALL_ENDED;
            }
            char key = choice.get();
            if (key == BACK) {
                return Next.BACK;
            }
            if (key != REPEAT) {
                Next next = action(key).run(channel, context);
                if (next != Next.MENU) {
                    return next;
                }
            }
        }
    }

    /**
     * Collects options. They are read to the caller in keypad order, 1 to 8, then 0 ("a person")
     * and #, whatever order features registered them in, so a menu that grows stays predictable.
     */
    public static final class Builder<C> {
        private final String introKey;
        private final String navigationKey;
        private final Map<Character, String> promptKeys = new LinkedHashMap<>();
        private final Map<Character, MenuAction<C>> actions = new LinkedHashMap<>();

        private Builder(String introKey, String navigationKey) {
            this.introKey = introKey;
            this.navigationKey = navigationKey;
        }

        /** Adds an option on {@code key} (0-8 or #), announced by {@code promptKey}. */
        public Builder<C> option(char key, String promptKey, MenuAction<C> action) {
            if (key == REPEAT || key == BACK) {
                throw new IllegalArgumentException("key " + key + " is reserved for repeat/back on every menu");
            }
            if ((key < '0' || key > '9') && key != '#') {
                throw new IllegalArgumentException("'" + key + "' is not a keypad key");
            }
            if (actions.containsKey(key)) {
                throw new IllegalArgumentException(
                        "key " + key + " already has an option (" + promptKeys.get(key) + ")");
            }
            promptKeys.put(key, promptKey);
            actions.put(key, action);
            return this;
        }

        private static int readingOrder(char key) {
            return switch (key) {
                case '0' -> 10;
                case '#' -> 11;
                default -> key - '0';
            };
        }

        public Menu<C> build(ChoiceReader reader, PersonHandOff handOff) {
            Utterance prompt = Utterance.of(introKey);
            List<Map.Entry<Character, String>> options = new ArrayList<>(promptKeys.entrySet());
            options.sort(Map.Entry.comparingByKey(Comparator.comparingInt(Builder::readingOrder)));
            for (Map.Entry<Character, String> option : options) {
                prompt = prompt.then(option.getValue());
            }
            return new Menu<>(prompt.then(navigationKey), actions, reader, handOff);
        }
    }
}
