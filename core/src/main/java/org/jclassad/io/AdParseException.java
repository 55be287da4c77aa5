package org.jclassad.io;

/**
 * A malformed ad in a stream: in which input ({@link #source()}, e.g. the file name, when known),
 * which ad (1-based, counting every ad the reader has begun, malformed ones included), where
 * ({@code line:column}, 1-based, of the problem) and why.
 *
 * <pre>{@code
 * List<AdParseException> bad = new ArrayList<>();
 * AdStreamOptions skip = AdStreamOptions.defaults().skippingMalformed(bad::add);
 * String text = "A = 1\n\nB = (\n\nC = 3\n";              // the second ad is malformed
 * try (AdStreamReader ads = AdStreams.open(new StringReader(text), AdFormat.LONG, skip)) {
 *     long read = ads.stream().count();                      // 2: the first and the third
 *     AdParseException e = bad.get(0);                       // ad 2, line 3
 *     if (read != 2 || e.ordinal() != 2 || e.line() != 3) throw new AssertionError(e.getMessage());
 * }
 * }</pre>
 */
public final class AdParseException extends RuntimeException {
    private final String source;
    private final long ordinal;
    private final long line;
    private final int column;
    private final String reason;

    public AdParseException(long ordinal, long line, int column, String reason) {
        this(null, ordinal, line, column, reason);
    }

    /** @param source the input's name (a file name), or {@code null} */
    public AdParseException(String source, long ordinal, long line, int column, String reason) {
        super((source == null ? "" : source + ": ") + "ad " + ordinal + " at " + line + ":" + column + ": " + reason);
        this.source = source;
        this.ordinal = ordinal;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The same problem, naming the input it was found in. */
    AdParseException in(String sourceName) {
        if (sourceName == null || source != null) {
            return this;
        }
        return new AdParseException(sourceName, ordinal, line, column, reason);
    }

    /** The input's name (a file name), or {@code null} when the reader was not told it. */
    public String source() {
        return source;
    }

    /** The ad's number in the stream, from 1. */
    public long ordinal() {
        return ordinal;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem without its place. */
    public String reason() {
        return reason;
    }
}
