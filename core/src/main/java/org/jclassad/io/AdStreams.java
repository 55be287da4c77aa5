package org.jclassad.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.jclassad.format.JsonReader;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;

/**
 * Opens ad streams: files (gzip-compressed or not), byte streams and character streams, in a
 * given format or with the format detected as HTCondor's ad file reader does (§7.2):
 *
 * <ul>
 * <li>the first line that is neither blank nor a {@code #} comment is looked at, trimmed;</li>
 * <li>{@code <?xml version="1.0"?>} means XML;</li>
 * <li>a line {@code [} followed by <code>{</code> means a JSON array; a line <code>{</code> followed by
 *     {@code [} means a new-syntax list;</li>
 * <li>a line <code>{...}</code> that parses as a JSON ad means JSON lines; a line {@code [...]} that parses
 *     as a new-syntax ad means one new ad per line;</li>
 * <li>anything else is long format.</li>
 * </ul>
 *
 * Bytes are read as ISO-8859-1, so strings hold the file's bytes (the library's convention; UTF-8
 * text stays UTF-8).
 *
 * <pre>{@code
 * Path file = Files.writeString(Files.createTempFile("jobs", ".ads"), "ClusterId = 1\n\nClusterId = 2\n");
 * try (AdStreamReader jobs = AdStreams.open(file)) {           // long format, detected
 *     long sum = jobs.stream().mapToLong(ad -> ad.getLong("ClusterId")).sum();
 *     if (jobs.format() != AdFormat.LONG || sum != 3) throw new AssertionError(sum);
 * }
 * }</pre>
 */
public final class AdStreams {
    private AdStreams() {
    }

    /** Opens a file, detecting compression and format. */
    public static AdStreamReader open(Path file) throws IOException {
        return open(file, null, AdStreamOptions.defaults());
    }

    /**
     * Opens a file, gzip-compressed or not; {@code format} {@code null} means detect it. Errors name
     * the file.
     */
    public static AdStreamReader open(Path file, AdFormat format, AdStreamOptions options) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(in, format, options).named(file.toString());
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a byte stream (gzip detected by its magic number); {@code format} {@code null} means
     * detect. Input unreadable before the format is known (a corrupt gzip header) is an
     * {@link IOException} here; later it is reported by the reader as a malformed ad.
     */
    public static AdStreamReader open(InputStream in, AdFormat format, AdStreamOptions options) throws IOException {
        TextCursor cursor = new TextCursor(decompressed(in));
        try {
            return open(cursor, format, options);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The stream, decompressed if it starts with gzip's magic number. */
    public static InputStream decompressed(InputStream raw) throws IOException {
        // peeked through a pushback stream, not a buffered one: a buffered stream asks the file
        // how much is available after every read (two system calls each time) and keeps reading
        // while bytes seem available, dropping what it has read when a later read fails (a gzip
        // member cut short); the readers read in large blocks themselves
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        int b0 = in.read();
        int b1 = b0 < 0 ? -1 : in.read();
        if (b1 >= 0) {
            in.unread(b1);
        }
        if (b0 >= 0) {
            in.unread(b0);
        }
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /**
     * Opens a character stream of byte-chars (each char one byte, as ISO-8859-1 decodes bytes);
     * {@code format} {@code null} means detect it. A char above {@code 0xFF} is read as the bytes
     * of its UTF-8 encoding, as {@code Value.of(String)} makes text a byte string.
     */
    public static AdStreamReader open(Reader in, AdFormat format, AdStreamOptions options) {
        return open(new TextCursor(in), format, options);
    }

    private static AdStreamReader open(TextCursor cursor, AdFormat format, AdStreamOptions options) {
        if (format == null) {
            format = detect(cursor, options);
        }
        return reader(cursor, format, options);
    }

    static AdStreamReader reader(TextCursor cursor, AdFormat format, AdStreamOptions options) {
        switch (format) {
            case LONG:
                return new LongFormStreamReader(cursor, options);
            case NEW:
                return new NewSyntaxStreamReader(cursor, options, false);
            case NEWL:
                return new NewSyntaxStreamReader(cursor, options, true);
            case JSON:
                return new JsonStreamReader(cursor, options, false);
            case JSONL:
                return new JsonStreamReader(cursor, options, true);
            case XML:
                return new XmlStreamReader(cursor, options);
            default:
                throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    /** Detects the format of a text (for tests and small inputs). */
    public static AdFormat detect(String text) {
        return detect(new TextCursor(new java.io.StringReader(text)), AdStreamOptions.defaults());
    }

    /**
     * Looks at the first meaningful line and gives everything read back to the cursor, so the
     * chosen reader starts at the top with the right line numbers.
     */
    static AdFormat detect(TextCursor cursor, AdStreamOptions options) {
        StringBuilder seen = new StringBuilder();
        AdFormat format = AdFormat.LONG;
        int max = options.maxAdChars();
        while (true) {
            String line = readLineKeepingEnd(cursor, max, seen);
            if (line == null) {
                if (cursor.lastLineTooLong()) {
                    throw new AdParseException(1, cursor.lastLineNumber(), 1,
                            "line longer than " + max + " characters while detecting the format");
                }
                break;
            }
            if (LongFormStreamReader.isSkipped(line)) {
                continue;
            }
            String t = line.strip();
            if (t.equals("<?xml version=\"1.0\"?>")) {
                format = AdFormat.XML;
            } else if (t.equals("[") || t.equals("{")) {
                String nextLine = readLineKeepingEnd(cursor, max, seen);
                if (nextLine != null) {
                    String n = nextLine.strip();
                    if (t.equals("[") && n.startsWith("{")) {
                        format = AdFormat.JSON;
                    } else if (t.equals("{") && n.startsWith("[")) {
                        format = AdFormat.NEW;
                    }
                }
            } else if (t.length() > 2 && t.startsWith("{") && t.endsWith("}")) {
                if (parses(() -> JsonReader.parseAd(t, options.parse()))) {
                    format = AdFormat.JSONL;
                }
            } else if (t.length() > 2 && t.startsWith("[") && t.endsWith("]")) {
                if (parses(() -> ExprParser.parseRecord(t, options.parse().withOldSyntax(false)))) {
                    format = AdFormat.NEWL;
                }
            }
            // HTCondor's rule would read a '[' line that is not JSON as long form, where it can only
            // fail (a long-form line is 'Name = value'): it is the start of a new-syntax ad
            if (format == AdFormat.LONG && t.startsWith("[")) {
                format = AdFormat.NEW;
            }
            break;
        }
        cursor.unread(seen.toString(), 1, 1);
        return format;
    }

    /**
     * Reads a line and appends it to {@code seen} with the line end it had in the input (none at
     * the end of an input without a final newline), so the text given back reads as the original.
     */
    private static String readLineKeepingEnd(TextCursor cursor, int max, StringBuilder seen) {
        long before = cursor.offset();
        String line = cursor.readLine(max);
        if (line != null) {
            long ending = cursor.offset() - before - line.length();
            seen.append(line).append(ending >= 2 ? "\r\n" : ending == 1 ? "\n" : "");
        }
        return line;
    }

    private static boolean parses(Runnable r) {
        try {
            r.run();
            return true;
        } catch (ParseException e) {
            return false;
        }
    }
}
