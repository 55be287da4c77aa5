package org.jclassad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
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

    static AdStreamReader open(String file, AdFormat format, boolean skipMalformed, PrintStream err)
            throws IOException {
        AdStreamOptions options = AdStreamOptions.defaults();
        if (skipMalformed) {
            options = options.skippingMalformed(e -> err.println("jclassad: " + file + ": skipped " + e.getMessage()));
        }
        InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
        return AdStreams.open(in, format, options);
    }

    static List<ClassAd> readAll(String file, AdFormat format, boolean skipMalformed, PrintStream err)
            throws IOException {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = open(file, format, skipMalformed, err)) {
            r.forEachRemaining(ads::add);
        }
        return ads;
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
