package org.jclassad.io;

import java.io.Reader;

import org.jclassad.ClassAd;
import org.jclassad.ParseException;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseOptions;

/**
 * Reads new-syntax ads: a list {@code { [..], [..] }} as {@code -long:new} writes it, ads one after
 * another, or ({@link AdFormat#NEWL}) one ad per line. Comments between ads are skipped.
 *
 * <p>Each ad's text is cut out by bracket matching and parsed on its own. A malformed ad is
 * skipped whole; an ad that never closes (an unterminated string, say) is given up at the next
 * line that starts with {@code [}, so the ads after it are still read.
 */
public final class NewSyntaxStreamReader extends AdStreamReader {
    private final boolean lines;
    private final BalancedScanner scanner = new BalancedScanner(BalancedScanner.Syntax.CLASSAD);
    private final ParseOptions parse;

    /** Reads {@code NEW} (lists or ads one after another) or {@code NEWL} (one ad per line). */
    public NewSyntaxStreamReader(Reader in, AdStreamOptions options, boolean oneAdPerLine) {
        this(new TextCursor(in), options, oneAdPerLine);
    }

    NewSyntaxStreamReader(TextCursor cursor, AdStreamOptions options, boolean oneAdPerLine) {
        super(cursor, options);
        this.lines = oneAdPerLine;
        this.parse = options.parse().withOldSyntax(false);
    }

    @Override
    public AdFormat format() {
        return lines ? AdFormat.NEWL : AdFormat.NEW;
    }

    @Override
    ClassAd readAd() {
        return lines ? readLineAd() : readListAd();
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

    private ClassAd readListAd() {
        while (true) {
            scanner.skipSpace(cursor);
            int c = cursor.peek();
            long line = cursor.line();
            int column = cursor.column();
            if (c < 0) {
                return null;
            }
            if (c == '{' || c == ',' || c == '}') {
                cursor.read();
                continue;
            }
            long ordinal = beginAd(line);
            if (c != '[') {
                String rest = cursor.readLine(options.maxAdChars());
                throw new AdParseException(ordinal, line, column, "expected '[' to begin an ad, found "
                        + describe(rest));
            }
            BalancedScanner.Cut cut = scanner.scan(cursor, options.maxAdChars());
            if (!cut.complete()) {
                scanner.resync(cursor, cut.text(), line, options.maxAdChars());
                throw new AdParseException(ordinal, line, column, cut.tooLong()
                        ? "ad longer than " + options.maxAdChars() + " characters"
                        : "the ad never ends (unbalanced '[' or an unterminated string, name or comment)");
            }
            return parse(cut.text(), ordinal, line, column);
        }
    }

    private ClassAd parse(String text, long ordinal, long line, int column) {
        try {
            return ClassAd.fromRecord(ExprParser.parseRecord(text, parse), planner);
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
