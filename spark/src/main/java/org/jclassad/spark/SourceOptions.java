package org.jclassad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.internal.SQLConf;
import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamOptions;

/**
 * The {@code classad} data source's options (names ignore case), read once on the driver and
 * shipped with the scan. {@code spark/README.md} has the table users read.
 */
final class SourceOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How malformed ads are handled, as in Spark's JSON source. */
    enum Mode { PERMISSIVE, DROPMALFORMED, FAILFAST }

    /** The file formats: HTCondor's ad formats, plus history files (long format ended by {@code ***} banners). */
    enum FileFormat {
        AUTO, LONG, HISTORY, NEW, NEWL, JSON, JSONL, XML;

        /** Long-format files (plain or history) are read line by line and may be split. */
        boolean lineOriented() {
            return this == LONG || this == HISTORY;
        }

        AdFormat adFormat() {
            switch (this) {
                case LONG:
                case HISTORY:
                    return AdFormat.LONG;
                case AUTO:
                    return null;
                default:
                    return AdFormat.valueOf(name());
            }
        }

        static FileFormat parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("classad: unknown adFormat '" + s
                        + "' (expected auto, long, history, new, newl, json, jsonl or xml)");
            }
        }
    }

    /** The line that ends each ad of a history file. */
    static final String HISTORY_DELIMITER = "***";

    final List<String> paths;
    final FileFormat format;
    final Mode mode;
    final String corruptColumn;
    final String adColumn;
    final String sourceColumn = "_source";
    final String ordinalColumn = "_ordinal";
    final boolean inferSchema;
    final int samplingAds;
    /** Lower-case names of the only attributes inference makes columns of, or {@code null} for all. */
    final Set<String> attributes;
    /** Long format: the start of a line that ends an ad; {@code null} for the format's own. */
    final String delimiter;
    final int maxAdChars;
    final long maxPartitionBytes;
    final long openCostInBytes;
    final int minPartitions;
    final boolean recursive;
    final String globFilter;
    final Map<String, String> all;

    private SourceOptions(Map<String, String> o, SQLConf conf, int defaultParallelism) {
        all = Map.copyOf(o);
        paths = paths(o);
        format = FileFormat.parse(get(o, "adFormat", "auto"));
        mode = mode(get(o, "mode", "PERMISSIVE"));
        corruptColumn = get(o, "columnNameOfCorruptRecord", conf.columnNameOfCorruptRecord());
        adColumn = get(o, "adColumn", "ad");
        inferSchema = bool(o, "inferSchema", true);
        samplingAds = (int) number(o, "samplingAds", 1000, 1);
        String attrs = get(o, "attributes", null);
        if (attrs == null) {
            attributes = null;
        } else {
            attributes = new LinkedHashSet<>();
            for (String a : attrs.split(",")) {
                if (!a.isBlank()) {
                    attributes.add(ClassAd.keyOf(a.trim()));
                }
            }
        }
        delimiter = get(o, "delimiter", null);
        maxAdChars = (int) number(o, "maxAdChars", AdStreamOptions.DEFAULT_MAX_AD_CHARS, 1);
        maxPartitionBytes = number(o, "maxPartitionBytes", conf.filesMaxPartitionBytes(), 1);
        openCostInBytes = number(o, "openCostInBytes", conf.filesOpenCostInBytes(), 0);
        minPartitions = (int) number(o, "minPartitions",
                conf.filesMinPartitionNum().isDefined() ? (Integer) conf.filesMinPartitionNum().get() : defaultParallelism, 1);
        recursive = bool(o, "recursiveFileLookup", false);
        globFilter = get(o, "pathGlobFilter", null);
        if (corruptColumn.isEmpty()) {
            throw new IllegalArgumentException("classad: columnNameOfCorruptRecord must not be empty");
        }
    }

    /** The options of one read or write, with the session's defaults. */
    static SourceOptions of(Map<String, String> options, SQLConf conf, int defaultParallelism) {
        return new SourceOptions(lowerCased(options), conf, defaultParallelism);
    }

    private static Map<String, String> lowerCased(Map<String, String> options) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        options.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
        return m;
    }

    private static String get(Map<String, String> o, String name, String dflt) {
        String v = o.get(name.toLowerCase(Locale.ROOT));
        return v == null ? dflt : v;
    }

    private static boolean bool(Map<String, String> o, String name, boolean dflt) {
        String v = get(o, name, null);
        if (v == null) {
            return dflt;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("classad: option " + name + " must be true or false, not '" + v + "'");
        }
    }

    private static long number(Map<String, String> o, String name, long dflt, long min) {
        String v = get(o, name, null);
        if (v == null) {
            return dflt;
        }
        long n;
        try {
            n = org.apache.spark.network.util.JavaUtils.byteStringAsBytes(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("classad: option " + name + " must be a number, not '" + v + "'");
        }
        if (n < min) {
            throw new IllegalArgumentException("classad: option " + name + " must be at least " + min + ", not " + v);
        }
        return n;
    }

    private static Mode mode(String s) {
        try {
            return Mode.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("classad: unknown mode '" + s
                    + "' (expected PERMISSIVE, DROPMALFORMED or FAILFAST)");
        }
    }

    /** {@code path}, or {@code paths} (a JSON array of strings, as Spark passes several). */
    private static List<String> paths(Map<String, String> o) {
        List<String> out = new ArrayList<>();
        String one = o.get("path");
        if (one != null) {
            out.add(one);
        }
        String many = o.get("paths");
        if (many != null) {
            out.addAll(jsonStrings(many));
        }
        return out;
    }

    /** The strings of a JSON array of strings. */
    static List<String> jsonStrings(String json) {
        try {
            return List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, String[].class));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("classad: paths must be a JSON array of strings: " + e.getMessage());
        }
    }

    /** The delimiter a long-format file of this format is read with. */
    String delimiterFor(FileFormat f) {
        if (delimiter != null && !delimiter.isEmpty()) {
            return delimiter;
        }
        return f == FileFormat.HISTORY ? HISTORY_DELIMITER : "\n";
    }

    /** The core reader's options for a file of format {@code f}. */
    AdStreamOptions streamOptions(FileFormat f) {
        return AdStreamOptions.defaults().withDelimiter(delimiterFor(f)).withMaxAdChars(maxAdChars);
    }

    boolean hasAdColumn() {
        return !adColumn.isEmpty();
    }

    /** Lower-case names of the columns the source fills itself (never attribute columns). */
    Set<String> reservedKeys() {
        Set<String> s = new LinkedHashSet<>();
        s.add(ClassAd.keyOf(sourceColumn));
        s.add(ClassAd.keyOf(ordinalColumn));
        s.add(ClassAd.keyOf(corruptColumn));
        if (hasAdColumn()) {
            s.add(ClassAd.keyOf(adColumn));
        }
        return s;
    }
}
