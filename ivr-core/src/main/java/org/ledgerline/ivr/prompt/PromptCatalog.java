package org.ledgerline.ivr.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prompt catalog: for each language, prompt key → the words the prompt speaks. Loaded once
 * from {@code prompts/catalog/<language>.properties} (UTF-8), validated, then read-only and safe to
 * share between calls.
 *
 * <p>The default language must hold every key; another language may leave keys out (they fall
 * back to the default language) but may not invent keys the default language lacks, since such a
 * key is almost always a typo that would otherwise go unnoticed until a caller hits it.
 */
public final class PromptCatalog {

    /** Where the catalog files sit on the classpath (the build copies {@code prompts/catalog} there). */
    public static final String CLASSPATH_DIRECTORY = "prompts/catalog/";

    public static final String DEFAULT_LANGUAGE = "en";

    /** Keys double as audio file names, so they are kept to lower-case words joined by dashes. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final String defaultLanguage;
    private final Map<String, Map<String, String>> textsByLanguage;

    private PromptCatalog(String defaultLanguage, Map<String, Map<String, String>> textsByLanguage) {
        this.defaultLanguage = defaultLanguage;
        // Sorted, so languages and keys are listed (and generated) in a stable order.
        SortedMap<String, Map<String, String>> copy = new TreeMap<>();
        textsByLanguage.forEach(
                (language, texts) -> copy.put(language, Collections.unmodifiableSortedMap(new TreeMap<>(texts))));
        this.textsByLanguage = Collections.unmodifiableSortedMap(copy);
        validate();
    }

    /** A catalog from ready-made maps (language → key → text), validated like a loaded one. */
    public static PromptCatalog of(String defaultLanguage, Map<String, Map<String, String>> textsByLanguage) {
        return new PromptCatalog(defaultLanguage, textsByLanguage);
    }

    /** Loads the catalog packed into the jar with {@link #DEFAULT_LANGUAGE} as the default. */
    public static PromptCatalog fromClasspath() {
        return fromClasspath(DEFAULT_LANGUAGE);
    }

    /**
     * Loads every {@code <language>.properties} on the classpath. A jar cannot be listed, so the
     * languages are discovered by probing each ISO 639 code, which needs no index file to maintain.
     */
    public static PromptCatalog fromClasspath(String defaultLanguage) {
        ClassLoader loader = PromptCatalog.class.getClassLoader();
        Map<String, Map<String, String>> texts = new TreeMap<>();
        for (String language : Locale.getISOLanguages()) {
            URL url = loader.getResource(CLASSPATH_DIRECTORY + language + ".properties");
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    texts.put(language, read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read prompt catalog " + url, e);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new PromptCatalogException("no prompt catalog on the classpath under " + CLASSPATH_DIRECTORY);
        }
        return new PromptCatalog(defaultLanguage, texts);
    }

    /** Loads every {@code <language>.properties} in {@code directory}, e.g. a checkout's {@code prompts/catalog}. */
    public static PromptCatalog fromDirectory(Path directory, String defaultLanguage) {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString();
                try (InputStream in = Files.newInputStream(file)) {
                    texts.put(name.substring(0, name.length() - ".properties".length()), read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt catalog directory " + directory, e);
        }
        return new PromptCatalog(defaultLanguage, texts);
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, text) -> texts.put((String) key, ((String) text).strip()));
        return texts;
    }

    private void validate() {
        if (!textsByLanguage.containsKey(defaultLanguage)) {
            throw new PromptCatalogException(
                    "the default prompt language '" + defaultLanguage + "' has no catalog (have "
                            + textsByLanguage.keySet() + ")");
        }
        Set<String> defaultKeys = textsByLanguage.get(defaultLanguage).keySet();
        textsByLanguage.forEach((language, texts) -> {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new PromptCatalogException("prompt language '" + language + "' is not an ISO 639 code");
            }
            texts.forEach((key, text) -> {
                if (!KEY.matcher(key).matches()) {
                    throw new PromptCatalogException(
                            "prompt key '" + key + "' in " + language + " must be lower-case words joined by '-'");
                }
                if (text.isBlank()) {
                    throw new PromptCatalogException("prompt '" + key + "' in " + language + " has no text");
                }
                if (!defaultKeys.contains(key)) {
                    throw new PromptCatalogException(
                            "prompt '" + key + "' in " + language + " is not in the default language "
                                    + defaultLanguage);
                }
            });
        });
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The languages that have a catalog file. */
    public Set<String> languages() {
        return textsByLanguage.keySet();
    }

    /** Whether the key exists at all (the default language holds every key). */
    public boolean contains(String key) {
        return keys(defaultLanguage).contains(key);
    }

    /** Keys written in {@code language} itself (without fallbacks); empty for an unknown language. */
    public Set<String> keys(String language) {
        return textsByLanguage.getOrDefault(language, Map.of()).keySet();
    }

    /** The language whose text (and audio) is used for {@code key} when playing in {@code language}. */
    public String languageFor(String language, String key) {
        requireKey(key);
        return keys(language).contains(key) ? language : defaultLanguage;
    }

    /** The words of {@code key} in {@code language}, falling back to the default language. */
    public String text(String language, String key) {
        String text = textsByLanguage.getOrDefault(languageFor(language, key), Map.of()).get(key);
        if (text == null) {
            throw new UnknownPromptException(key);
        }
        return text;
    }

    private void requireKey(String key) {
        if (!contains(key)) {
            throw new UnknownPromptException(key);
        }
    }
}
