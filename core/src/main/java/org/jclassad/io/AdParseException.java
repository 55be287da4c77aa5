package org.jclassad.io;

/**
 * A malformed ad in a stream: which ad (1-based, counting every ad the reader has begun,
 * malformed ones included), where ({@code line:column}, 1-based, of the problem) and why.
 */
public final class AdParseException extends RuntimeException {
    private final long ordinal;
    private final long line;
    private final int column;
    private final String reason;

    public AdParseException(long ordinal, long line, int column, String reason) {
        super("ad " + ordinal + " at " + line + ":" + column + ": " + reason);
        this.ordinal = ordinal;
        this.line = line;
        this.column = column;
        this.reason = reason;
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
