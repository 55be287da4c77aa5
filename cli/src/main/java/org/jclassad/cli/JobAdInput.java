package org.jclassad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.text.Excerpt;

/**
 * The job ads of one run, read from several files in turn ({@code -} is stdin) with core's
 * streaming readers: one ad held at a time, gzip and the format detected (or {@code format}),
 * long format read as condor_job_router_info reads it (condor_q banners end ads; a line that does
 * not parse cuts its ad short, keeping the attributes before it). Files are opened as they are
 * reached, as the tool opens them.
 *
 * <p>Each malformed ad is reported on stderr: as a {@link Diagnostic} (the first
 * {@value #SHOWN_WITH_SOURCE} with the source line and a caret), or under {@code compat} not at
 * all, as HTCondor says nothing. A file that cannot be opened is reported with HTCondor's message
 * and passed over (the caller checks the files beforehand unless it wants HTCondor's behaviour).
 */
final class JobAdInput implements Iterator<ClassAd>, AutoCloseable {
    static final int SHOWN_WITH_SOURCE = 10;

    private final List<String> files;
    private final AdFormat format;
    private final boolean compat;
    private final InputStream stdin;
    private final PrintStream err;
    private int index = -1;
    private AdStreamReader current;
    private String currentFile;
    private long malformed;
    private long truncated;
    private long cutInCurrent;
    private long reported;

    JobAdInput(List<String> files, AdFormat format, boolean compat, InputStream stdin, PrintStream err) {
        this.files = files;
        this.format = format;
        this.compat = compat;
        this.stdin = stdin;
        this.err = err;
    }

    /** Ads skipped because they were malformed (not even their first line parsed). */
    long skipped() {
        return malformed;
    }

    /** Ads kept with only the attributes before a line that did not parse. */
    long truncated() {
        return truncated;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (++index >= files.size()) {
                return false;
            }
            open(files.get(index));
        }
        return true;
    }

    @Override
    public ClassAd next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private void open(String file) {
        currentFile = file;
        AdStreamOptions options = AdStreamOptions.defaults().asJobAdFile().skippingMalformed(this::malformed);
        try {
            InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
            current = AdStreams.open(in, format, options);
            cutInCurrent = 0;
        } catch (IOException e) {
            err.print(compat ? "Can't open file of job ads: " + file + "\n"
                    : Diagnostic.of(file, TransformTool.reason(e)).format());
        }
    }

    private void malformed(AdParseException e) {
        boolean cut = current != null && current.truncated() > cutInCurrent;
        if (cut) {
            cutInCurrent++;
            truncated++;
        } else {
            malformed++;
        }
        if (compat) {
            return;
        }
        reported++;
        String message = cut ? e.reason() : e.reason() + " (the ad is skipped)";
        Diagnostic d = Diagnostic.at(currentFile, e.line(), e.column(), message);
        if (reported <= SHOWN_WITH_SOURCE) {
            String line = sourceLine(currentFile, e.line());
            if (line != null) {
                d = new Diagnostic(d.file(), d.line(), d.column(), d.message(), Excerpt.caret(line, 1, e.column()), "");
            }
        }
        err.print(d.format());
    }

    /** Line {@code n} of a file (decompressed), or {@code null} (stdin, or unreadable). */
    private static String sourceLine(String file, long n) {
        return file.equals("-") ? null : Diagnostic.sourceLine(Path.of(file), n);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
