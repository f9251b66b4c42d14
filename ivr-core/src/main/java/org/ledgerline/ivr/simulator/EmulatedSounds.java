package org.ledgerline.ivr.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sound files the emulated Asterisk has: those in the sounds directory it was given, looked up
 * as Asterisk 20 looks them up (main/file.c {@code fileexists_core}: an absolute name as is, a
 * relative one under {@code <lang>/}, then bare, then under {@code en/}), or every file when no
 * directory was given.
 *
 * <p>Also the files Asterisk's own commands play, so they fail where a bare Asterisk (no core sound
 * pack) fails: the {@code beep} of {@code RECORD FILE … BEEP} and the {@code digits/…} of
 * {@code SAY DIGITS}/{@code SAY NUMBER} (main/say.c, English rules).
 */
final class EmulatedSounds {
    /** 8 kHz 16-bit mono: 2 bytes a sample after the 44-byte WAV header. */
    private static final int WAV_HEADER_BYTES = 44;
    private static final long SAMPLES_WHEN_UNCHECKED = 8000;

    private final @Nullable Path directory;
    private final String language;

    EmulatedSounds(@Nullable Path directory, String language) {
        this.directory = directory;
        this.language = language;
    }

    /** Samples in {@code file} (8 kHz 16-bit WAV), a default when files are not checked, -1 when missing. */
    long samples(String file) {
        if (directory == null) {
            return SAMPLES_WHEN_UNCHECKED;
        }
        for (Path candidate : candidates(directory, file)) {
            try {
                if (Files.isRegularFile(candidate)) {
                    return Math.max(1, (Files.size(candidate) - WAV_HEADER_BYTES) / 2);
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    boolean exists(String file) {
        return samples(file) >= 0;
    }

    /** Those of {@code files} that are missing, in order. */
    List<String> missing(List<String> files) {
        return files.stream().filter(file -> !exists(file)).toList();
    }

    /** The files of a {@code Playback} argument ({@code file1&file2,options}) that are missing. */
    List<String> missingOfPlayback(String arguments) {
        List<String> missing = new ArrayList<>();
        for (String file : arguments.split(",", 2)[0].split("&", -1)) {
            if (!file.isBlank() && !exists(file.trim())) {
                missing.add(file.trim());
            }
        }
        return missing;
    }

    private List<Path> candidates(Path directory, String file) {
        if (file.startsWith("/")) {
            return List.of(Path.of(file + ".wav"));
        }
        return List.of(directory.resolve(language).resolve(file + ".wav"), directory.resolve(file + ".wav"),
                directory.resolve("en").resolve(file + ".wav"));
    }

    /** The files {@code SAY DIGITS} plays for {@code digits} (say.c {@code ast_get_digit_str}). */
    static List<String> digitFiles(String digits) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            switch (c) {
                case '*' -> files.add("digits/star");
                case '#' -> files.add("digits/pound");
                case '-' -> files.add("digits/minus");
                default -> {
                    if (c >= '0' && c <= '9') {
                        files.add("digits/" + c);
                    }
                }
            }
        }
        return files;
    }

    /** The files {@code SAY NUMBER} plays for {@code number} in English (say.c {@code ast_say_number_full_en}). */
    static List<String> numberFiles(long number) {
        List<String> files = new ArrayList<>();
        if (number < 0) {
            files.add("digits/minus");
            number = -number;
        }
        if (number == 0) {
            files.add("digits/0");
            return files;
        }
        appendNumber(number, files);
        return files;
    }

    private static void appendNumber(long number, List<String> files) {
        if (number >= 1_000_000_000) {
            appendNumber(number / 1_000_000_000, files);
            files.add("digits/billion");
            number %= 1_000_000_000;
        }
        if (number >= 1_000_000) {
            appendNumber(number / 1_000_000, files);
            files.add("digits/million");
            number %= 1_000_000;
        }
        if (number >= 1000) {
            appendNumber(number / 1000, files);
            files.add("digits/thousand");
            number %= 1000;
        }
        if (number >= 100) {
            files.add("digits/" + number / 100);
            files.add("digits/hundred");
            number %= 100;
        }
        if (number >= 20) {
            files.add("digits/" + number / 10 * 10);
            number %= 10;
        }
        if (number > 0) {
            files.add("digits/" + number);
        }
    }
}
