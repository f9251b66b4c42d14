package org.ledgerline.ivr.config;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link LedgerLineConfig} once, from four layers, each overriding the one before:
 *
 * <ol>
 *   <li>{@code ledgerline-defaults.json} inside the jar (every key lives there, with its default);
 *   <li>a JSON file named by {@code --config}, {@code -Dledgerline.config} or {@code LEDGERLINE_CONFIG};
 *   <li>environment variables {@code LEDGERLINE_<KEY>}: the dotted key upper-cased with dots as
 *       underscores, e.g. {@code LEDGERLINE_HTTP_PORT}, {@code LEDGERLINE_DATABASE_POOLSIZE};
 *   <li>system properties {@code -Dledgerline.<key>}, e.g. {@code -Dledgerline.agi.port=4573}.
 * </ol>
 *
 * An unknown key or a value of the wrong type stops start-up with a {@link ConfigException} that
 * names the key and where it came from.
 */
public final class ConfigLoader {
    static final String DEFAULTS_RESOURCE = "/ledgerline-defaults.json";
    private static final String ENV_PREFIX = "LEDGERLINE_";
    private static final String PROPERTY_PREFIX = "ledgerline.";
    private static final String CONFIG_FILE_KEY = "config";

    private final Map<String, Object> values = new LinkedHashMap<>();

    private ConfigLoader() {
        flatten("", readDefaults(), values);
    }

    /** Loads from the jar defaults, the optional file, the process environment and system properties. */
    public static LedgerLineConfig load(Optional<Path> configFile) {
        return load(configFile, System.getenv(), System.getProperties());
    }

    /** Same as {@link #load(Optional)} with explicit environment and properties (used by tests). */
    public static LedgerLineConfig load(Optional<Path> configFile, Map<String, String> env, Map<?, ?> properties) {
        ConfigLoader loader = new ConfigLoader();
        Optional<Path> file = configFile
                .or(() -> Optional.ofNullable((String) properties.get(PROPERTY_PREFIX + CONFIG_FILE_KEY)).map(Path::of))
                .or(() -> Optional.ofNullable(env.get(ENV_PREFIX + "CONFIG")).map(Path::of));
        file.ifPresent(loader::applyFile);
        loader.applyEnvironment(env);
        loader.applyProperties(properties);
        return new ConfigBinder(loader.values).bind();
    }

    private static JsonObject readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    private void applyFile(Path file) {
        JsonObject json;
        try {
            json = new JsonObject(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        } catch (DecodeException e) {
            throw new ConfigException("configuration file " + file + " is not valid JSON: " + e.getMessage());
        }
        Map<String, Object> fromFile = new LinkedHashMap<>();
        flatten("", json, fromFile);
        fromFile.forEach((key, value) -> set(key, value, "file " + file));
    }

    private void applyEnvironment(Map<String, String> env) {
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(ENV_PREFIX + "CONFIG")) {
                String wanted = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT);
                String key = values.keySet().stream()
                        .filter(k -> k.replace('.', '_').toLowerCase(Locale.ROOT).equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new ConfigException(
                                "unknown configuration key in environment variable " + name));
                set(key, value, "environment variable " + name);
            }
        });
    }

    private void applyProperties(Map<?, ?> properties) {
        properties.forEach((name, value) -> {
            String property = String.valueOf(name);
            if (property.startsWith(PROPERTY_PREFIX) && !property.equals(PROPERTY_PREFIX + CONFIG_FILE_KEY)) {
                set(property.substring(PROPERTY_PREFIX.length()), String.valueOf(value), "system property " + property);
            }
        });
    }

    private void set(String key, Object value, String source) {
        Object current = values.get(key);
        if (current == null) {
            throw new ConfigException("unknown configuration key '" + key + "' (from " + source + ")");
        }
        values.put(key, coerce(key, current, value, source));
    }

    private static Object coerce(String key, Object template, Object value, String source) {
        String text = String.valueOf(value).trim();
        try {
            if (template instanceof Integer) {
                return value instanceof Number n ? n.intValue() : Integer.parseInt(text);
            }
            if (template instanceof Boolean) {
                if (value instanceof Boolean b) {
                    return b;
                }
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.parseBoolean(text);
            }
            if (value instanceof JsonArray list) {
                // A list in a JSON file (e.g. agi.allowedPeers) reads like the comma-separated text form.
                return String.join(", ", list.stream().map(String::valueOf).toList());
            }
            return String.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' (from " + source + ") must be "
                    + (template instanceof Boolean ? "true or false" : "a whole number") + ", got '" + text + "'");
        }
    }

    private static void flatten(String prefix, JsonObject json, Map<String, Object> into) {
        for (String field : json.fieldNames()) {
            Object value = json.getValue(field);
            String key = prefix.isEmpty() ? field : prefix + "." + field;
            if (value instanceof JsonObject nested) {
                flatten(key, nested, into);
            } else {
                into.put(key, value);
            }
        }
    }
}
