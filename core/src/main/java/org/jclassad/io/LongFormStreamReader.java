package org.jclassad.io;

import java.io.Reader;

import org.jclassad.ClassAd;
import org.jclassad.parse.ParseException;

/**
 * Reads HTCondor's long format as HTCondor's ad file iterator does, line by line: {@code Name =
 * expr} lines (old syntax, §7.1), lines whose first non-blank character is {@code #} skipped, ads
 * ended by a whitespace-only line (or, with another delimiter, by a line starting with it, blank
 * lines then being skipped). Ads with no attributes are not returned.
 *
 * <p>A line that does not parse makes the whole ad malformed; the reader skips to the ad's
 * delimiter, as HTCondor does. With {@link AdStreamOptions#jobAdFile()} the ad keeps the attributes
 * read before that line, as {@code condor_job_router_info} keeps them.
 */
public final class LongFormStreamReader extends AdStreamReader {
    private final boolean blankDelimits;
    private final String delimiter;

    public LongFormStreamReader(Reader in, AdStreamOptions options) {
        this(new TextCursor(in), options);
    }

    LongFormStreamReader(TextCursor cursor, AdStreamOptions options) {
        super(cursor, options);
        this.delimiter = options.delimiter();
        this.blankDelimits = "\n".equals(delimiter);
    }

    @Override
    public AdFormat format() {
        return AdFormat.LONG;
    }

    @Override
    ClassAd readAd() {
        ClassAd ad = null;
        long ordinal = 0;
        int chars = 0;
        while (true) {
            String line = cursor.readLine(options.maxAdChars());
            if (line == null && !cursor.lastLineTooLong()) {
                return ad;
            }
            long number = cursor.lastLineNumber();
            if (line == null) {
                if (ad == null) {
                    ordinal = beginAd(number);
                }
                skipToDelimiter();
                throw new AdParseException(ordinal, number, 1,
                        "line longer than " + options.maxAdChars() + " characters");
            }
            if (isDelimiter(line)) {
                if (ad != null) {
                    return ad;
                }
                continue;
            }
            if (isSkipped(line)) {
                continue;
            }
            if (ad == null) {
                ad = new ClassAd();
                ordinal = beginAd(number);
            }
            chars += line.length();
            try {
                if (chars > options.maxAdChars()) {
                    throw new ParseException("ad longer than " + options.maxAdChars() + " characters", (int) number, 1);
                }
                if (line.length() > options.parse().maxChars() || !LongFormFastPath.tryInsert(ad, line)) {
                    LongFormReader.addLine(ad, line, (int) Math.min(number, Integer.MAX_VALUE), options.parse());
                }
            } catch (ParseException e) {
                skipToDelimiter();
                AdParseException bad = new AdParseException(ordinal, number, e.column(), e.reason());
                if (options.jobAdFile() && ad.size() > 0 && chars <= options.maxAdChars()) {
                    reportTruncated(new AdParseException(ordinal, number, e.column(),
                            e.reason() + " (the ad keeps the attributes before this line)"));
                    return ad;
                }
                throw bad;
            }
        }
    }

    private void skipToDelimiter() {
        while (true) {
            String line = cursor.readLine(options.maxAdChars());
            if (line == null) {
                if (cursor.lastLineTooLong()) {
                    continue;
                }
                return;
            }
            if (isDelimiter(line)) {
                return;
            }
        }
    }

    private boolean isDelimiter(String line) {
        if (options.jobAdFile() && (line.startsWith("...") || line.startsWith("***") || line.startsWith("-- "))) {
            return true;
        }
        if (blankDelimits) {
            for (int i = 0; i < line.length(); i++) {
                if (!isCSpace(line.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return line.startsWith(delimiter);
    }

    /** Comment lines and lines of spaces and tabs, which HTCondor skips without ending the ad. */
    static boolean isSkipped(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
