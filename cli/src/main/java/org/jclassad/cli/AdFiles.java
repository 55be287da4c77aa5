package org.jclassad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreams;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/** Opening ad files for the commands: {@code -} is stdin, gzip and the format are detected. */
final class AdFiles {
    private AdFiles() {
    }

    /**
     * Opens an ad file ({@code -} is stdin; gzip and, when {@code format} is null, the format are
     * detected). Malformed ads are thrown as {@link AdParseException}, or given to {@code onSkipped}
     * and passed over when it is not null.
     */
    static AdStreamReader open(String file, AdFormat format, Consumer<AdParseException> onSkipped)
            throws IOException {
        AdStreamOptions options = AdStreamOptions.defaults();
        if (onSkipped != null) {
            options = options.skippingMalformed(onSkipped);
        }
        InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
        return AdStreams.open(in, format, options);
    }

    /** The number of the first line that is not blank or a {@code #} comment (1 for stdin or an unreadable file). */
    static long firstContentLine(String file) {
        if (file.equals("-")) {
            return 1;
        }
        try (BufferedReader r = lines(file)) {
            long n = 1;
            for (String text = r.readLine(); text != null; text = r.readLine(), n++) {
                if (!text.isBlank() && !text.strip().startsWith("#")) {
                    return n;
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    /**
     * The text of line {@code line} of a file (gzip-compressed or not), to show under a diagnostic;
     * empty for stdin, a line too far, or an unreadable file.
     */
    static String sourceLine(String file, long line) {
        String text = file.equals("-") ? null : Diagnostic.sourceLine(Path.of(file), line);
        return text == null ? "" : Value.fromByteString(text);
    }

    /** A file's lines as byte-chars, gunzipped when it is gzip. */
    private static BufferedReader lines(String file) throws IOException {
        return new BufferedReader(new InputStreamReader(AdStreams.decompressed(Files.newInputStream(Path.of(file))),
                StandardCharsets.ISO_8859_1));
    }

    /**
     * The slot ads of a pool dump: those whose {@code MyType} is {@code "Machine"} or missing
     * ({@code condor_status -any} also lists daemons, submitters and the like).
     */
    static List<ClassAd> slotsOnly(List<ClassAd> ads) {
        List<ClassAd> slots = new ArrayList<>(ads.size());
        for (ClassAd ad : ads) {
            Value type = ad.evaluateAttr("MyType");
            if (type.isUndefined() || (type instanceof StringValue
                    && ((StringValue) type).bytes().equalsIgnoreCase("Machine"))) {
                slots.add(ad);
            }
        }
        return slots;
    }

    /** A job's {@code ClusterId.ProcId} ({@code 12.003}), else {@code #n} (its place in the file). */
    static String jobName(ClassAd ad, int index) {
        Value cluster = ad.evaluateAttr("ClusterId");
        Value proc = ad.evaluateAttr("ProcId");
        if (cluster instanceof IntegerValue && proc instanceof IntegerValue) {
            return ((IntegerValue) cluster).value() + "." + String.format("%03d", ((IntegerValue) proc).value());
        }
        return name(ad, index);
    }

    /** An ad's {@code Name}, else {@code #n}. */
    static String name(ClassAd ad, int index) {
        Value name = ad.evaluateAttr("Name");
        if (name instanceof StringValue) {
            return Value.fromByteString(((StringValue) name).bytes());
        }
        return "#" + (index + 1);
    }
}
