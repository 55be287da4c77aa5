package org.jclassad.parse;

import java.time.ZoneId;

/**
 * How text is read.
 *
 * @param oldSyntax     old-ClassAd lexing of strings and quoted names (no escapes, no concatenation)
 * @param compat        HTCondor's compatibility semantics: integers with a leading zero are rejected
 *                      and {@code ;} may separate function arguments
 * @param nestingLimit  the parser's nesting budget (HTCondor: 500)
 * @param zone          the zone for {@code absTime("...")} literals written without an offset
 */
public record ParseOptions(boolean oldSyntax, boolean compat, int nestingLimit, ZoneId zone) {
    public static final int DEFAULT_NESTING_LIMIT = 500;

    /** New syntax, compatibility semantics (as HTCondor's tools run), the JVM's time zone. */
    public static ParseOptions defaults() {
        return new ParseOptions(false, true, DEFAULT_NESTING_LIMIT, ZoneId.systemDefault());
    }

    public ParseOptions withOldSyntax(boolean old) {
        return new ParseOptions(old, compat, nestingLimit, zone);
    }

    public ParseOptions withCompat(boolean c) {
        return new ParseOptions(oldSyntax, c, nestingLimit, zone);
    }

    public ParseOptions withZone(ZoneId z) {
        return new ParseOptions(oldSyntax, compat, nestingLimit, z);
    }

    public ParseOptions withNestingLimit(int limit) {
        return new ParseOptions(oldSyntax, compat, limit, zone);
    }
}
