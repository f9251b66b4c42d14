package org.ledgerline.ivr.simulator.ami;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AMI message: ordered {@code Key: Value} headers. On the wire each header is a line ending in
 * CRLF and the message ends with an empty line. Header names are matched case-insensitively, as
 * Asterisk's {@code astman_get_header} does; the first occurrence wins.
 */
public final class AmiMessage {
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();

    /** Appends a header; returns this message for chaining. */
    public AmiMessage add(String name, Object value) {
        headers.add(Map.entry(name, String.valueOf(value)));
        return this;
    }

    /** Appends every header of {@code other}. */
    public AmiMessage addAll(AmiMessage other) {
        headers.addAll(other.headers);
        return this;
    }

    /** The first value of the header, ignoring case of the name. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The header's value, or "" when absent (Asterisk treats absent and empty alike). */
    public String headerOrEmpty(String name) {
        return header(name).orElse("");
    }

    /** All headers in wire order. */
    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** Parses one header line the way Asterisk does: name up to the first colon, value without leading blanks. */
    static Optional<Map.Entry<String, String>> parseLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).stripLeading()));
    }

    void addParsed(Map.Entry<String, String> header) {
        headers.add(header);
    }

    boolean isEmpty() {
        return headers.isEmpty();
    }

    /** The message as Asterisk writes it: CRLF after each header and one empty line at the end. */
    String toWire() {
        StringBuilder wire = new StringBuilder();
        for (Map.Entry<String, String> h : headers) {
            wire.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        return wire.append("\r\n").toString();
    }
}
