package org.jclassad.io;

import java.util.Locale;

/**
 * The forms a stream of ads comes in, named as HTCondor's tools name them ({@code -long:json},
 * {@code condor_status -json}, {@code condor_q -xml}...).
 *
 * <pre>{@code
 * AdFormat jsonl = AdFormat.parse("jsonl");                  // as -long:jsonl names it
 * String text = AdStreamWriter.toString(List.of(ClassAd.parse("[ Cpus = 4 ]")), jsonl);
 * AdFormat seen = AdStreams.detect(text);                    // JSONL again
 * if (seen != AdFormat.JSONL || !jsonl.tag().equals("jsonl")) throw new AssertionError(text);
 * }</pre>
 */
public enum AdFormat {
    /** {@code Name = expr} lines, old syntax, ads separated by blank lines ({@code condor_q -long}). */
    LONG,
    /** New-syntax ads, {@code { [..], [..] }} or one after another ({@code -long:new}). */
    NEW,
    /** One new-syntax ad per line ({@code -long:newl}). */
    NEWL,
    /** A JSON array of objects ({@code -json}, {@code -long:json}). */
    JSON,
    /** One JSON object per line ({@code -long:jsonl}). */
    JSONL,
    /** HTCondor's XML ({@code -xml}, {@code -long:xml}). */
    XML;

    /** Parses a name as HTCondor's {@code -long:<fmt>} option does ({@code long json jsonl xml new newl}). */
    public static AdFormat parse(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "long":
            case "old":
                return LONG;
            case "new":
                return NEW;
            case "newl":
                return NEWL;
            case "json":
                return JSON;
            case "jsonl":
                return JSONL;
            case "xml":
                return XML;
            default:
                throw new IllegalArgumentException("unknown ad format '" + name
                        + "' (expected long, new, newl, json, jsonl or xml)");
        }
    }

    /** The name HTCondor uses for this format. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
