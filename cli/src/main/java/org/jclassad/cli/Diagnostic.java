package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreams;
import org.jclassad.parse.ParseException;
import org.jclassad.text.Excerpt;

/**
 * A message about a place in an input, printed the way compilers print them:
 *
 * <pre>
 * jobs.ad:37:33: unterminated string
 *   Cmd = "/bin/sleep
 *         ^
 *   hint: close the string with '"'
 * </pre>
 *
 * The first line is {@code FILE:LINE:COLUMN: message} (without the column, or the line, when they
 * are not known); the source line and the caret follow when the input text is at hand, cut to one
 * line by {@link Excerpt}; a hint ends it when one helps. Every command reports bad input this way.
 *
 * @param file the input's name as the user gave it ({@code -} is shown as {@code <stdin>})
 * @param line 1-based, or 0 when unknown
 * @param column 1-based, or 0 when unknown
 * @param message what is wrong, without a place
 * @param excerpt the source line with a caret under the column, or empty
 * @param hint what to do about it, or empty
 */
record Diagnostic(String file, long line, int column, String message, String excerpt, String hint) {

    /** A diagnostic for {@code file} at {@code line}:{@code column}, without source text or hint. */
    static Diagnostic at(String file, long line, int column, String message) {
        return new Diagnostic(file, line, column, message, "", "");
    }

    /** A diagnostic about a whole file (one that is missing or unreadable, say). */
    static Diagnostic of(String file, String message) {
        return new Diagnostic(file, 0, 0, message, "", "");
    }

    /**
     * The diagnostic for a file that could not be read: {@code FILE: no such file},
     * {@code FILE: permission denied}, {@code FILE: is a directory}, else the system's message.
     */
    static Diagnostic of(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            String file = f.getFile() == null ? "jclassad" : f.getFile();
            if (e instanceof java.nio.file.NoSuchFileException) {
                return of(file, "no such file");
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return of(file, "permission denied");
            }
            String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
            return of(file, reason.equals("Is a directory") ? "is a directory" : reason);
        }
        return of("jclassad", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** The diagnostic for a malformed ad read from {@code file}. */
    static Diagnostic of(String file, AdParseException e) {
        return at(file, e.line(), e.column(), e.reason());
    }

    /** The diagnostic for an expression that failed to parse; {@code text} is the parsed text. */
    static Diagnostic of(String file, ParseException e, CharSequence text) {
        return at(file, e.line(), e.column(), e.reason()).withSource(text);
    }

    /** This diagnostic showing the line of {@code text} it points at, with a caret under the column. */
    Diagnostic withSource(CharSequence text) {
        if (text == null || line <= 0 || line > Integer.MAX_VALUE) {
            return this;
        }
        return new Diagnostic(file, line, column, message, Excerpt.caret(text, (int) line, column), hint);
    }

    /** This diagnostic showing {@code lineText} (the text of its line) with a caret under the column. */
    Diagnostic withSourceLine(CharSequence lineText) {
        if (lineText == null || lineText.length() == 0) {
            return this;
        }
        return new Diagnostic(file, line, column, message, Excerpt.caret(lineText, 1, Math.max(column, 1)), hint);
    }

    /** This diagnostic ending with {@code hint}. */
    Diagnostic withHint(String hint) {
        return new Diagnostic(file, line, column, message, excerpt, hint == null ? "" : hint);
    }

    /** The text to print: the place and message, then the excerpt and hint indented, each line ended. */
    String format() {
        StringBuilder b = new StringBuilder();
        b.append(file == null || file.equals("-") ? "<stdin>" : file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ").append(Excerpt.shorten(message)).append('\n');
        if (!excerpt.isEmpty()) {
            for (String l : excerpt.split("\n", -1)) {
                b.append("  ").append(l).append('\n');
            }
        }
        if (!hint.isEmpty()) {
            b.append("  hint: ").append(Excerpt.shorten(hint)).append('\n');
        }
        return b.toString();
    }

    /**
     * Line {@code n} (1-based) of {@code file}, decompressed when it is gzip, for an excerpt; or
     * {@code null} when the file cannot be read again or is shorter.
     */
    static String sourceLine(Path file, long n) {
        if (n <= 0) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AdStreams.decompressed(Files.newInputStream(file)), StandardCharsets.ISO_8859_1))) {
            String line = null;
            for (long i = 0; i < n; i++) {
                line = r.readLine();
                if (line == null) {
                    return null;
                }
            }
            return line;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
