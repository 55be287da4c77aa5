package org.jclassad.io;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jclassad.ClassAd;
import org.jclassad.format.LongFormReader;
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
final class LongFormStreamReader extends AdStreamReader {
    private final boolean blankDelimits;
    private final String delimiter;

    LongFormStreamReader(Reader in, AdStreamOptions options) {
        this(new TextCursor(in), options);
    }

    LongFormStreamReader(TextCursor cursor, AdStreamOptions options) {
        super(cursor, options);
        this.delimiter = options.delimiter();
        this.blankDelimits = "\n".equals(delimiter);
        this.plainStarts = delimiter.isEmpty() ? null
                : table(" \t\n\u000B\f\r#" + (options.jobAdFile() ? ".*-" : "") + (blankDelimits ? "" : delimiter.substring(0, 1)));
    }

    /** The bytes of {@code chars} marked in a table indexed by unsigned byte. */
    private static boolean[] table(String chars) {
        boolean[] marked = new boolean[256];
        for (int i = 0; i < chars.length(); i++) {
            marked[chars.charAt(i) & 0xFF] = true;
        }
        return marked;
    }

    /** Texts of finished parts kept for reuse; more parts than this are rarely in flight. */
    private static final int SPARE_TEXTS = 8;

    /**
     * The bytes a line that ends an ad or is skipped can start with (blanks, {@code #}, the
     * delimiter's and the job-ad-file banners' first characters), marked: a line starting with any
     * other is an attribute line of the ad, which the splitter copies without looking at it
     * further. {@code null} when every line could be a delimiter.
     */
    private final boolean[] plainStarts;

    /**
     * The text arrays of this reader's parts that were read to their end, for the next parts to be
     * cut into: a part's text is some 300 KB, and a million jobs would otherwise allocate (and
     * zero) 4 GB of them. Ads hold copies of what they took from the text, never the array.
     */
    private BlockingQueue<byte[]> spareTexts; // made by the first part cut
    /** For a part: its text, and where to give it back when the part is read to its end. */
    private byte[] partText;
    private BlockingQueue<byte[]> returnText;

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
            boolean read = cursor.nextLine(options.maxAdChars());
            if (!read && !cursor.lastLineTooLong()) {
                if (ad == null) {
                    giveTextBack();
                }
                return ad;
            }
            long number = cursor.lastLineNumber();
            if (!read) {
                if (ad == null) {
                    ordinal = beginAd(number);
                }
                skipToDelimiter();
                throw new AdParseException(ordinal, number, 1,
                        "line longer than " + options.maxAdChars() + " characters");
            }
            // the line, in place in the cursor's buffer: the common one is never made a string
            byte[] text = cursor.lineBytes();
            int from = cursor.lineStart();
            int to = cursor.lineEnd();
            if (isDelimiter(text, from, to)) {
                if (ad != null) {
                    return ad;
                }
                continue;
            }
            if (isSkipped(text, from, to)) {
                continue;
            }
            if (ad == null) {
                ad = new ClassAd();
                ordinal = beginAd(number);
            }
            chars += to - from;
            try {
                if (chars > options.maxAdChars()) {
                    throw new ParseException("ad longer than " + options.maxAdChars() + " characters", (int) number, 1);
                }
                if (to - from > options.parse().maxChars() || !LongFormFastPath.tryInsert(ad, text, from, to)) {
                    LongFormReader.addLine(ad, new String(text, from, to - from, StandardCharsets.ISO_8859_1),
                            (int) Math.min(number, Integer.MAX_VALUE), options.parse());
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

    /** A part read to its end gives its text to its stream's next parts (once). */
    private void giveTextBack() {
        if (returnText != null) {
            returnText.offer(partText);
            returnText = null;
            partText = null;
        }
    }

    /** A part's text stops growing past this many characters (whole ads are never cut). */
    private static final int PART_CHARS = 1 << 20;

    /**
     * Cuts the next part at the end of an ad, reading lines without parsing them: the line rules
     * are {@link #readAd}'s (delimiters, skipped lines), so the part's reader finds the same ads.
     * An ad that cannot be cut so cheaply (a line longer than the buffer or the line limit, an ad
     * longer than the ad limit or than a part, text given back) ends the part before it and is
     * then read here the ordinary way, as a part of its own.
     */
    @Override
    AdStreamReader nextPart(int ads) {
        if (spareTexts == null) {
            spareTexts = new ArrayBlockingQueue<>(SPARE_TEXTS);
        }
        int wanted = Math.min(ads, 64) * 2600;
        byte[] spare = spareTexts.poll();
        ByteRun text = spare != null && spare.length >= wanted ? new ByteRun(spare) : new ByteRun(wanted);
        long firstLine = cursor.line();
        int complete = 0;
        int adStart = -1;
        long adLine = 0;
        int adChars = 0;
        boolean cut = false;
        while (complete < ads && text.length() < PART_CHARS) {
            long lineNumber = cursor.line();
            int from = text.length();
            int n;
            try {
                n = cursor.appendLine(text);
            } catch (UncheckedIOException e) {
                n = -1;
            }
            if (n == 0) {
                break;
            }
            if (n < 0) {
                cut = true;
                break;
            }
            int end = text.length();
            if (text.byteAt(end - 1) == '\n') {
                end--;
                if (end > from && text.byteAt(end - 1) == '\r') {
                    end--;
                }
            }
            if (end - from > options.maxAdChars()) {
                cut = true;
                if (adStart < 0) {
                    adStart = from;
                    adLine = lineNumber;
                }
                break;
            }
            if (isDelimiter(text.array(), from, end)) {
                if (adStart >= 0) {
                    complete++;
                    adStart = -1;
                    adChars = 0;
                }
                continue;
            }
            if (isSkipped(text.array(), from, end)) {
                continue;
            }
            if (adStart < 0) {
                adStart = from;
                adLine = lineNumber;
            }
            adChars += end - from;
            if (adChars > options.maxAdChars() || end - adStart > PART_CHARS) {
                cut = true;
                break;
            }
            // the lines that follow and cannot end the ad or be skipped, taken in one copy; their
            // newlines count towards the ad's size here, which can only cut an ad early (it is
            // then read the ordinary way, which applies the exact limit)
            int budget = Math.min(options.maxAdChars() - adChars, PART_CHARS - (text.length() - adStart));
            if (plainStarts != null && budget > 0) {
                adChars += cursor.appendLinesNotStartingWith(text, plainStarts, budget);
            }
        }
        if (cut && adStart >= 0) {
            // give the ad back, to be read the ordinary way
            cursor.unread(text.substring(adStart), adLine, 1);
            text.setLength(adStart);
            adStart = -1;
        }
        if (adStart >= 0) {
            complete++; // the last ad, ended by the end of the input
        }
        if (complete == 0) {
            return cut ? parsedPart(1) : null;
        }
        LongFormStreamReader part = new LongFormStreamReader(
                new TextCursor(text.array(), text.length(), firstLine), options);
        part.partText = text.array();
        part.returnText = spareTexts;
        part.continueAfter(skipAds(complete));
        part.named(source());
        return part;
    }

    /** Whether {@code s[from, to)}, a line without its newline, ends an ad. */
    private boolean isDelimiter(byte[] s, int from, int to) {
        if (options.jobAdFile() && (startsWith(s, from, to, "...") || startsWith(s, from, to, "***")
                || startsWith(s, from, to, "-- "))) {
            return true;
        }
        if (blankDelimits) {
            for (int i = from; i < to; i++) {
                if (!isCSpace(s[i])) {
                    return false;
                }
            }
            return true;
        }
        return startsWith(s, from, to, delimiter);
    }

    private static boolean startsWith(byte[] s, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((s[from + i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSkipped(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private void skipToDelimiter() {
        while (cursor.nextLine(options.maxAdChars()) || cursor.lastLineTooLong()) {
            if (!cursor.lastLineTooLong() && isDelimiter(cursor.lineBytes(), cursor.lineStart(), cursor.lineEnd())) {
                return;
            }
        }
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

    static boolean isCSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
