package org.jclassad.parse;

/**
 * Text that is not valid ClassAd syntax. Carries the 1-based line and column of the problem.
 *
 * <pre>{@code
 * try {
 *     ClassAds.parseExpr("Memory >= ");
 *     throw new AssertionError("parsed");
 * } catch (ParseException e) {
 *     if (e.line() != 1 || e.column() < 1 || e.reason().isEmpty()) throw new AssertionError(e.getMessage());
 * }
 * }</pre>
 */
public final class ParseException extends RuntimeException {
    private final int line;
    private final int column;
    private final String reason;

    public ParseException(String reason, int line, int column) {
        super(line > 0 ? line + ":" + column + ": " + reason : reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem without its position. */
    public String reason() {
        return reason;
    }
}
