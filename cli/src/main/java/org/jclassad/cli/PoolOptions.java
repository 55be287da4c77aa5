package org.jclassad.cli;

import java.time.ZoneId;

import picocli.CommandLine.Option;

import org.jclassad.eval.EvalOptions;
import org.jclassad.io.AdFormat;

/** The input and evaluation options that {@code match} and {@code explain} share. */
final class PoolOptions {
    @Option(names = "--format", paramLabel = "FMT", description = "Input format of both files: long, new, newl,"
            + " json, jsonl or xml (default: detect).")
    String format;

    @Option(names = "--all-ads", description = "Use every ad of the machine file, not only those whose MyType is"
            + " Machine (or missing).")
    boolean allAds;

    @Option(names = "--skip-malformed", description = "Skip malformed ads (with a warning) instead of stopping.")
    boolean skipMalformed;

    @Option(names = "--strict", description = "Strict ClassAd semantics instead of HTCondor's compatibility mode.")
    boolean strict;

    @Option(names = "--now", paramLabel = "SECONDS", description = "Evaluate as if the time were this (seconds since"
            + " 1970), e.g. a pool snapshot's LastHeardFrom; CurrentTime and time() see it.")
    Long now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone for time functions (default: the JVM's).")
    String zone;

    /** The chosen input format, or {@code null} to detect it. */
    AdFormat adFormat() {
        return format == null ? null : AdFormat.parse(format);
    }

    /** The machine (slot) ads of a file: only those whose MyType is Machine unless --all-ads. */
    java.util.List<org.jclassad.ClassAd> readMachines(String file, java.io.PrintStream err) throws java.io.IOException {
        java.util.List<org.jclassad.ClassAd> ads = AdFiles.readAll(file, adFormat(), skipMalformed, err);
        return allAds ? ads : AdFiles.slotsOnly(ads);
    }

    /** The job ads of a file, one at a time. */
    org.jclassad.io.AdStreamReader openJobs(String file, java.io.PrintStream err) throws java.io.IOException {
        return AdFiles.open(file, adFormat(), skipMalformed, err);
    }

    EvalOptions evalOptions() {
        EvalOptions options = EvalOptions.defaults().withOldSemantics(!strict);
        if (zone != null) {
            options = options.withZone(ZoneId.of(zone));
        }
        if (now != null) {
            long millis = now * 1000L;
            options = options.withClock(() -> millis);
        }
        return options;
    }
}
