package org.jclassad.io;

import org.jclassad.ClassAd;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.value.Value;

/**
 * One ad from text in any of HTCondor's forms: the entry point above the readers.
 * {@link ClassAd#parse(String)} reads the new syntax; streams of ads are read with
 * {@link AdStreams}.
 *
 * <pre>{@code
 * ClassAd job = ClassAds.parseOld("RequestMemory = 2048\nRequirements = TARGET.Memory >= RequestMemory\n");
 * ClassAd slot = ClassAds.parseJson("{\"Memory\": 8192, \"Cpus\": 4}");
 * }</pre>
 */
public final class ClassAds {
    private ClassAds() {
    }

    /**
     * Parses an ad in HTCondor's long format: one {@code Name = expr} per line, old syntax.
     *
     * @throws ParseException naming the line and column of the first malformed line
     */
    public static ClassAd parseOld(String text) {
        return LongFormReader.parseAd(Value.toByteString(text), ParseOptions.defaults());
    }

    /**
     * Parses an ad in HTCondor's JSON form.
     *
     * @throws ParseException naming the line and column of the problem
     */
    public static ClassAd parseJson(String text) {
        return JsonReader.parseAd(Value.toByteString(text), ParseOptions.defaults());
    }
}
