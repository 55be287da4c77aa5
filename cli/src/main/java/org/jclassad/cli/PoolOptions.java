package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;

/**
 * The input and evaluation options that {@code match} and {@code explain} share, and how their
 * malformed inputs are reported: each as a {@link Diagnostic}, stopping the command, or, with
 * {@code --skip-malformed}, counted and passed over (the command then ends with
 * {@link ExitCodes#SKIPPED_MALFORMED}).
 */
final class PoolOptions {
    @Option(names = "--format", paramLabel = "FMT", converter = FormatConverter.class,
            description = "Input format of both files: long, new, newl, json, jsonl or xml (default: detect).")
    AdFormat format;

    @Option(names = "--all-ads", description = "Use every ad of the machine file, not only those whose MyType is"
            + " Machine (or missing).")
    boolean allAds;

    @Option(names = "--skip-malformed", description = "Report malformed ads, skip them and go on (exit status 3).")
    boolean skipMalformed;

    @Option(names = "--strict", description = "Strict ClassAd semantics instead of HTCondor's compatibility mode.")
    boolean strict;

    @Option(names = "--now", paramLabel = "SECONDS", description = "Evaluate as if the time were this (seconds since"
            + " 1970), e.g. a pool snapshot's LastHeardFrom.")
    Long now;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone for time functions, e.g. UTC or Europe/Rome (default: the JVM's).")
    ZoneId zone;

    private final Map<String, AdFormat> detected = new HashMap<>();
    private long skipped;

    /** Reads {@code --format} names, refusing any other. */
    static final class FormatConverter implements ITypeConverter<AdFormat> {
        @Override
        public AdFormat convert(String value) {
            try {
                return AdFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is none of long, new, newl, json,"
                        + " jsonl, xml");
            }
        }
    }

    /** Reads {@code --zone} names, refusing unknown zones. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone '" + value + "'");
            }
        }
    }

    /** The machine (slot) ads of a file: only those whose MyType is Machine unless --all-ads. */
    List<ClassAd> readMachines(String file, PrintStream err) throws IOException {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = openJobs(file, err)) {
            r.forEachRemaining(ads::add);
        }
        return allAds ? ads : AdFiles.slotsOnly(ads);
    }

    /** The ads of a file, one at a time; malformed ones reported on {@code err} and skipped if asked. */
    AdStreamReader openJobs(String file, PrintStream err) throws IOException {
        AdStreamReader reader = AdFiles.open(file, format, skipMalformed ? e -> {
            skipped++;
            err.print(diagnose(file, e).withHint("skipped").format());
        } : null);
        detected.put(file, reader.format());
        return reader;
    }

    /** How many malformed ads were skipped. */
    long skipped() {
        return skipped;
    }

    /** The exit status of a command that finished: OK, or SKIPPED_MALFORMED when ads were skipped. */
    int finished() {
        return skipped > 0 ? ExitCodes.SKIPPED_MALFORMED : ExitCodes.OK;
    }

    /**
     * A malformed ad of {@code file}: its place, the source line and, when the format was detected
     * and the very first line fails (a wrong guess, likely), which one was detected.
     */
    Diagnostic diagnose(String file, AdParseException e) {
        Diagnostic d = Diagnostic.at(file, e.line(), e.column(), e.reason() + " (ad " + e.ordinal() + ")")
                .withSourceLine(AdFiles.sourceLine(file, e.line()));
        AdFormat f = detected.get(file);
        if (format == null && f != null && e.ordinal() == 1 && e.line() == AdFiles.firstContentLine(file)) {
            String name = f.name().toLowerCase(Locale.ROOT);
            return d.withHint(f == AdFormat.LONG ? "read as long form (detected); if it is new syntax, try --format=new"
                    : "read as " + name + " (detected); --format=FMT gives the format");
        }
        return d;
    }

    /** A malformed ad that stopped the command. */
    Diagnostic stopped(String file, AdParseException e) {
        Diagnostic d = diagnose(file, e);
        return d.hint().isEmpty() ? d.withHint("--skip-malformed skips malformed ads and goes on") : d;
    }

    /**
     * Reports what stopped a command reading {@code file} (a malformed ad, or a file that cannot be
     * read) and gives the status to exit with.
     */
    int failed(String file, Exception e, PrintStream err) {
        if (e instanceof AdParseException) {
            err.print(stopped(file, (AdParseException) e).format());
        } else if (e instanceof java.io.UncheckedIOException) {
            err.print(Diagnostic.of(((java.io.UncheckedIOException) e).getCause()).format());
        } else {
            err.print(Diagnostic.of((IOException) e).format());
        }
        return ExitCodes.FAILURE;
    }

    EvalOptions evalOptions() {
        EvalOptions options = EvalOptions.defaults().withOldSemantics(!strict);
        if (zone != null) {
            options = options.withZone(zone);
        }
        if (now != null) {
            long millis = now * 1000L;
            options = options.withClock(() -> millis);
        }
        return options;
    }
}
