package org.jclassad.transform.xform;

import org.jclassad.text.Excerpt;

/** A transform that cannot be loaded, with where it failed: {@code file:line} and the statement. */
public final class TransformLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String source;
    private final int line;
    private final String statement;

    public TransformLoadException(String reason, String source, int line, String statement) {
        super(source + (line > 0 ? ":" + line : "") + ": " + Excerpt.shorten(reason)
                + (statement == null ? "" : " (in: " + Excerpt.shorten(statement.strip()) + ")"));
        this.reason = reason;
        this.source = source;
        this.line = line;
        this.statement = statement;
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String statement() {
        return statement;
    }
}
