package org.jclassad.transform.config;

import java.io.IOException;

import org.jclassad.text.Excerpt;

/**
 * A configuration HTCondor refuses to read: a line that is neither a definition nor a
 * directive, an {@code @=} body never closed, an illegal name, an unclosed {@code if}, a failing
 * {@code include} or an {@code error :} line. HTCondor's tools and daemons stop right there
 * (exit 1, nothing on stdout) after printing {@code Configuration Error Line N while reading
 * config source F}; {@link #getMessage()} is that line followed by what was wrong.
 */
public final class ConfigurationException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String detail;

    /** @param line the 1-based line, or 0 when the problem is the source as a whole (its size) */
    public ConfigurationException(String source, int line, String detail) {
        super("Configuration Error" + (line > 0 ? " Line " + line : "") + " while reading config source " + source
                + (detail == null || detail.isBlank() ? ""
                        : "\n" + source + (line > 0 ? ":" + line : "") + ": " + detail.strip()));
        this.source = source;
        this.line = line;
        this.detail = detail == null ? "" : detail.strip();
    }

    /** The exception for a failed parse ({@code fallbackSource} when the outcome names no source). */
    public static ConfigurationException of(MacroParser.Outcome o, String fallbackSource) {
        String d = o.detail() == null || o.detail().isBlank() ? o.message() : o.detail();
        if (o.statement() != null && !o.statement().isBlank()) {
            d = (d == null || d.isBlank() ? "cannot parse" : d.strip()) + " (in: " + Excerpt.shorten(o.statement()) + ")";
        }
        return new ConfigurationException(o.source() != null ? o.source() : fallbackSource, o.line(), d);
    }

    /** The file (or other source) holding the refused line. */
    public String source() {
        return source;
    }

    /**
     * The 1-based number of the refused line (for an unterminated body or {@code if}: the last
     * line; 0 when the source as a whole is refused).
     */
    public int line() {
        return line;
    }

    /** What was wrong, for people ({@code ""} when HTCondor gives no reason). */
    public String detail() {
        return detail;
    }
}
