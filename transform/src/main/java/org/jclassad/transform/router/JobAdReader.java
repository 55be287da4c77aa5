package org.jclassad.transform.router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.io.LongFormReader;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;

/**
 * Streams job ads in HTCondor's long format ({@code condor_q -long}): {@code Name = expr} lines,
 * ads separated by blank lines (or lines starting with {@code ...}, {@code ***} or {@code -- }),
 * {@code #} lines skipped. One ad is held at a time, so any number of jobs can be read in constant
 * memory. The reader should be opened with ISO-8859-1 so that string bytes pass through unchanged.
 *
 * <p>An ad with a line that does not parse is dropped (reported to {@code onError}) and reading
 * goes on with the next ad.
 */
public final class JobAdReader implements Iterator<ClassAd> {
    private final BufferedReader in;
    private final Consumer<String> onError;
    private final ParseOptions options = ParseOptions.defaults().withOldSyntax(true);
    private ClassAd next;
    private boolean eof;
    private long lineNumber;

    public JobAdReader(BufferedReader in, Consumer<String> onError) {
        this.in = in;
        this.onError = onError;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !eof) {
            next = read();
        }
        return next != null;
    }

    @Override
    public ClassAd next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ClassAd ad = next;
        next = null;
        return ad;
    }

    private ClassAd read() {
        try {
            while (true) {
                ClassAd ad = new ClassAd();
                boolean bad = false;
                String line;
                while ((line = in.readLine()) != null) {
                    lineNumber++;
                    if (isSeparator(line)) {
                        if (ad.size() > 0 || bad) {
                            break;
                        }
                        continue;
                    }
                    if (isComment(line) || bad) {
                        continue;
                    }
                    try {
                        LongFormReader.addLine(ad, line, (int) lineNumber, options);
                    } catch (ParseException e) {
                        bad = true;
                        onError.accept("skipping a job ad: line " + lineNumber + ": " + e.getMessage());
                    }
                }
                if (line == null) {
                    eof = true;
                }
                if (!bad && ad.size() > 0) {
                    return ad;
                }
                if (eof) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSeparator(String line) {
        if (line.startsWith("...") || line.startsWith("***") || line.startsWith("-- ")) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }
}
