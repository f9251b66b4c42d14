package org.ledgerline.ivr.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance tables shipped in the jar: comma-separated, a header line, {@code #} comment lines.
 * Only the last field (the free-text notes) may contain commas; quotes are not supported, so the files
 * stay readable and diff-friendly.
 */
final class CsvResource {
    private CsvResource() {}

    /** The data rows, each split in exactly {@code columns} fields; a malformed line names its number. */
    static List<String[]> rows(String resource, int columns) {
        InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("compliance table " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", columns);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected " + columns
                            + " fields, found " + fields.length);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compliance table " + resource, e);
        }
        return rows;
    }
}
