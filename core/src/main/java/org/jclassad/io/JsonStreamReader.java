package org.jclassad.io;

import java.io.Reader;

import org.jclassad.ClassAd;
import org.jclassad.ParseException;

/**
 * Reads HTCondor's JSON ads: an array of objects as {@code -json} writes it (or objects one after
 * another), or ({@link AdFormat#JSONL}) one object per line. Values follow §6.9: strings of the form
 * {@code "\/Expr(...)\/"} hold new-syntax expressions.
 *
 * <p>Each object's text is cut out by brace matching and parsed on its own. A malformed object is
 * skipped whole; one that never closes is given up at the next line that starts with <code>{</code>.
 */
public final class JsonStreamReader extends AdStreamReader {
    private final boolean lines;
    private final BalancedScanner scanner = new BalancedScanner(BalancedScanner.Syntax.JSON);

    /** Reads {@code JSON} (arrays or objects one after another) or {@code JSONL} (one per line). */
    public JsonStreamReader(Reader in, AdStreamOptions options, boolean oneAdPerLine) {
        this(new TextCursor(in), options, oneAdPerLine);
    }

    JsonStreamReader(TextCursor cursor, AdStreamOptions options, boolean oneAdPerLine) {
        super(cursor, options);
        this.lines = oneAdPerLine;
    }

    @Override
    public AdFormat format() {
        return lines ? AdFormat.JSONL : AdFormat.JSON;
    }

    @Override
    ClassAd readAd() {
        return lines ? readLineAd() : readArrayAd();
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

    private ClassAd readArrayAd() {
        while (true) {
            scanner.skipSpace(cursor);
            int c = cursor.peek();
            long line = cursor.line();
            int column = cursor.column();
            if (c < 0) {
                return null;
            }
            if (c == '[' || c == ',' || c == ']') {
                cursor.read();
                continue;
            }
            long ordinal = beginAd(line);
            if (c != '{') {
                String rest = cursor.readLine(options.maxAdChars());
                throw new AdParseException(ordinal, line, column, "expected '{' to begin an ad, found "
                        + NewSyntaxStreamReader.describe(rest));
            }
            BalancedScanner.Cut cut = scanner.scan(cursor, options.maxAdChars());
            if (!cut.complete()) {
                scanner.resync(cursor, cut.text(), line, options.maxAdChars());
                throw new AdParseException(ordinal, line, column, cut.tooLong()
                        ? "ad longer than " + options.maxAdChars() + " characters"
                        : "the object never ends (unbalanced '{' or an unterminated string)");
            }
            return parse(cut.text(), ordinal, line, column);
        }
    }

    private ClassAd parse(String text, long ordinal, long line, int column) {
        try {
            return JsonReader.parseAd(text, options.parse());
        } catch (ParseException e) {
            long[] at = shift(line, column, e.line(), e.column());
            throw new AdParseException(ordinal, at[0], (int) at[1], e.reason());
        }
    }
}
