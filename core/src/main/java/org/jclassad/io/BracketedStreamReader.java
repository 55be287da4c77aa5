package org.jclassad.io;

import org.jclassad.ClassAd;
import org.jclassad.parse.ParseException;

/**
 * What the JSON and new-syntax readers share: ads either one per line, or balanced bracketed
 * ads inside an optional list (separators and the list's own brackets skipped), each cut out with
 * a {@link BalancedScanner} and parsed by the format's own reader.
 */
abstract class BracketedStreamReader extends AdStreamReader {
    private final boolean lines;
    private final BalancedScanner scanner;
    private final char adOpen;
    private final char listOpen;
    private final char listClose;
    private final String unbalanced;

    /**
     * @param unbalanced how to say that an ad never closes, e.g. "the object never ends (...)"
     */
    BracketedStreamReader(TextCursor cursor, AdStreamOptions options, boolean oneAdPerLine,
                          BalancedScanner.Syntax syntax, char adOpen, char listOpen, char listClose, String unbalanced) {
        super(cursor, options);
        this.lines = oneAdPerLine;
        this.scanner = new BalancedScanner(syntax);
        this.adOpen = adOpen;
        this.listOpen = listOpen;
        this.listClose = listClose;
        this.unbalanced = unbalanced;
    }

    final boolean oneAdPerLine() {
        return lines;
    }

    /** Parses the text of one ad in this format. */
    abstract ClassAd parseText(String text);

    @Override
    final ClassAd readAd() {
        return lines ? readLineAd() : readBracketedAd();
    }

    private ClassAd readLineAd() {
        while (true) {
            String line = cursor.readLine(options.maxAdChars());
            long number = cursor.lastLineNumber();
            if (line == null) {
                if (!cursor.lastLineTooLong()) {
                    return null;
                }
                throw new AdParseException(beginAd(number), number, 1,
                        "line longer than " + options.maxAdChars() + " characters");
            }
            if (line.isBlank()) {
                continue;
            }
            return parse(line, beginAd(number), number, 1);
        }
    }

    private ClassAd readBracketedAd() {
        while (true) {
            scanner.skipSpace(cursor);
            int c = cursor.peek();
            long line = cursor.line();
            int column = cursor.column();
            if (c < 0) {
                return null;
            }
            if (c == listOpen || c == ',' || c == listClose) {
                cursor.read();
                continue;
            }
            long ordinal = beginAd(line);
            if (c != adOpen) {
                String rest = cursor.readLine(options.maxAdChars());
                throw new AdParseException(ordinal, line, column, "expected '" + adOpen + "' to begin an ad, found "
                        + describe(rest));
            }
            BalancedScanner.Cut cut = scanner.scan(cursor, options.maxAdChars());
            String text = cut.text();
            AdParseException failure = null;
            if (cut.complete()) {
                try {
                    return parse(text, ordinal, line, column);
                } catch (AdParseException e) {
                    failure = e;
                }
            }
            // A malformed ad: if a later line of what was cut begins the next ad, this ad ends
            // there (an unterminated string, say, ran on into it): the ad is what precedes that
            // line (its error is found there) and the rest is read again.
            int next = scanner.nextAdStart(text, column);
            if (next >= 0) {
                long nextLine = line + text.chars().limit(next).filter(ch -> ch == '\n').count();
                cursor.unread(text.substring(next), nextLine, 1);
                return parse(text.substring(0, next), ordinal, line, column);
            }
            if (failure != null) {
                throw failure;
            }
            if (cut.failure() != null) {
                throw cut.failure(); // the input broke off inside this ad
            }
            if (cut.tooLong()) {
                if (!text.endsWith("\n")) {
                    cursor.readLine(options.maxAdChars()); // the rest of the line the cut stopped in
                }
                scanner.skipToNextAd(cursor, column, options.maxAdChars());
                throw new AdParseException(ordinal, line, column, "ad longer than " + options.maxAdChars()
                        + " characters (AdStreamOptions.maxAdChars)");
            }
            // the input ended inside the ad: say where its text goes wrong
            parse(text, ordinal, line, column);
            throw new AdParseException(ordinal, line, column, unbalanced);
        }
    }

    private ClassAd parse(String text, long ordinal, long line, int column) {
        try {
            return parseText(text);
        } catch (ParseException e) {
            long[] at = shift(line, column, e.line(), e.column());
            throw new AdParseException(ordinal, at[0], (int) at[1], e.reason());
        }
    }

    static String describe(String rest) {
        if (rest == null || rest.isEmpty()) {
            return "end of line";
        }
        String s = rest.length() > 20 ? rest.substring(0, 20) + "..." : rest;
        return "'" + s + "'";
    }
}
