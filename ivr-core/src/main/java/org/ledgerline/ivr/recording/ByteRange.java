package org.ledgerline.ivr.recording;

import org.jspecify.annotations.Nullable;

/**
 * The part of a file an HTTP {@code Range} header asks for (RFC 9110 §14), as an audio player sends
 * it to seek: {@code bytes=0-}, {@code bytes=1000-1999}, {@code bytes=-500} (the last 500 bytes).
 *
 * <p>One range is served; a header that lists several, uses another unit or does not parse is
 * ignored and the whole file is sent, as the RFC allows. A range that starts at or past the end of
 * the file cannot be satisfied (416).
 */
public sealed interface ByteRange {
    /** The length of the whole file. */
    long fileLength();

    /** No usable Range header: the whole file, 200. */
    record Whole(long fileLength) implements ByteRange {}

    /** Bytes {@code first} to {@code last} inclusive, 206. */
    record Part(long first, long last, long fileLength) implements ByteRange {
        public Part {
            if (first < 0 || last < first || last >= fileLength) {
                throw new IllegalArgumentException("a part must lie inside the file");
            }
        }

        /** How many bytes the part holds. */
        public long size() {
            return last - first + 1;
        }

        /** The {@code Content-Range} value, e.g. {@code bytes 0-999/48044}. */
        public String contentRange() {
            return "bytes " + first + "-" + last + "/" + fileLength;
        }
    }

    /** A range entirely past the end of the file, 416. */
    record Unsatisfiable(long fileLength) implements ByteRange {
        /** The {@code Content-Range} value a 416 carries: {@code bytes *}{@code /48044}. */
        public String contentRange() {
            return "bytes */" + fileLength;
        }
    }

    /** What {@code header} (null when absent) asks for in a file of {@code fileLength} bytes. */
    static ByteRange of(@Nullable String header, long fileLength) {
        if (header == null) {
            return new Whole(fileLength);
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole(fileLength);
        }
        String spec = value.substring(6).strip();
        if (spec.indexOf(',') >= 0 || !spec.matches("[0-9]{0,18}-[0-9]{0,18}") || spec.equals("-")) {
            return new Whole(fileLength);
        }
        int dash = spec.indexOf('-');
        String start = spec.substring(0, dash);
        String end = spec.substring(dash + 1);
        if (start.isEmpty()) {
            long suffix = Long.parseLong(end);
            if (suffix == 0 || fileLength == 0) {
                return new Unsatisfiable(fileLength);
            }
            return new Part(Math.max(0, fileLength - suffix), fileLength - 1, fileLength);
        }
        long first = Long.parseLong(start);
        if (!end.isEmpty() && Long.parseLong(end) < first) {
            return new Whole(fileLength);
        }
        if (first >= fileLength) {
            return new Unsatisfiable(fileLength);
        }
        long last = end.isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(end), fileLength - 1);
        return new Part(first, last, fileLength);
    }
}
