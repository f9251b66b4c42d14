package org.ledgerline.ivr.simulator.ami;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asterisk's manager permission / event classes ({@code EVENT_FLAG_*} in manager.h), in the order
 * Asterisk prints them. A user's {@code read} classes decide which events it may receive, its
 * {@code write} classes which actions it may run; a session's event mask narrows the events further.
 */
public enum AmiClass {
    SYSTEM(0), CALL(1), LOG(2), VERBOSE(3), COMMAND(4), AGENT(5), USER(6), CONFIG(7), DTMF(8), REPORTING(9), CDR(
            10), DIALPLAN(11), ORIGINATE(12), AGI(13), CC(15), AOC(16), TEST(17), SECURITY(18), MESSAGE(30);

    private final int bit;

    AmiClass(int bit) {
        this.bit = bit;
    }

    /** The label used in manager.conf, in {@code Events:} masks and in an event's {@code Privilege:}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an event mask as Asterisk's {@code strings_to_mask} does: a number is a bit mask,
     * "on"/"yes"/"true" is every class, "off"/"no"/"false" none, otherwise a comma list of labels
     * where "all" means every class and unknown labels are ignored.
     */
    public static Set<AmiClass> parseMask(String mask) {
        String m = mask.trim().toLowerCase(Locale.ROOT);
        if (m.chars().allMatch(Character::isDigit)) {
            long bits = Long.parseLong(m);
            return Arrays.stream(values()).filter(c -> (bits & (1L << c.bit)) != 0)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AmiClass.class)));
        }
        if (Set.of("on", "yes", "true", "y", "t").contains(m)) {
            return EnumSet.allOf(AmiClass.class);
        }
        if (Set.of("off", "no", "false", "n", "f").contains(m)) {
            return EnumSet.noneOf(AmiClass.class);
        }
        EnumSet<AmiClass> classes = EnumSet.noneOf(AmiClass.class);
        for (String label : m.split(",", -1)) { // empty labels (",,") match no class
            if (label.equals("all")) {
                return EnumSet.allOf(AmiClass.class);
            }
            Arrays.stream(values()).filter(c -> c.label().equals(label)).forEach(classes::add);
        }
        return classes;
    }

    /** The {@code Privilege:} value Asterisk writes on an event of this class, e.g. {@code dtmf,all}. */
    String privilege() {
        return label() + ",all";
    }

    static String labels(Set<AmiClass> classes) {
        return classes.stream().map(AmiClass::label).collect(Collectors.joining(","));
    }
}
