package org.jclassad.parse;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How text is read.
 *
 * <pre>{@code
 * ParseOptions strict = ParseOptions.defaults().withMaxChars(1 << 16).withNestingLimit(60);
 * Expr ok = ClassAds.parseExpr("((Cpus))", strict);
 * try {
 *     ClassAds.parseExpr("(".repeat(100) + "1" + ")".repeat(100), strict);   // nests deeper than allowed
 *     throw new AssertionError("parsed");
 * } catch (ParseException tooDeep) {
 *     if (!ClassAds.unparse(ok).equals("((Cpus))")) throw new AssertionError(ClassAds.unparse(ok));
 * }
 * }</pre>
 *
 * @param oldSyntax     old-ClassAd lexing of strings and quoted names (no escapes, no concatenation)
 * @param compat        HTCondor's compatibility semantics: integers with a leading zero are rejected
 *                      and {@code ;} may separate function arguments
 * @param nestingLimit  the parser's nesting budget (HTCondor: 500): each bracketed level costs 3, a
 *                      prefix operator or conditional branch 1; readers of JSON and XML ads charge
 *                      their nested values the same way
 * @param zone          the zone for {@code absTime("...")} literals written without an offset
 * @param maxChars      the longest text one parse accepts (an expression, or a whole new-syntax
 *                      ad), in characters; longer text is a parse error at its first character.
 *                      Parsing holds about 10 to 35 bytes of heap per character of input.
 */
public record ParseOptions(boolean oldSyntax, boolean compat, int nestingLimit, ZoneId zone, int maxChars) {
    public static final int DEFAULT_NESTING_LIMIT = 500;
    /** 16 MiB: far beyond real ads, small enough that one parse stays well inside a 1 GB heap. */
    public static final int DEFAULT_MAX_CHARS = 16 << 20;

    public ParseOptions {
        if (maxChars <= 0) {
            maxChars = DEFAULT_MAX_CHARS;
        }
    }

    // equals and hashCode as a record's, written out: the generated ones are bootstrapped through
    // method handles on first use, which spins classes at start (options are part of every cache key)

    @Override
    public boolean equals(Object o) {
        return o instanceof ParseOptions p && oldSyntax == p.oldSyntax && compat == p.compat
                && nestingLimit == p.nestingLimit && maxChars == p.maxChars && Objects.equals(zone, p.zone);
    }

    @Override
    public int hashCode() {
        return (((Boolean.hashCode(oldSyntax) * 31 + Boolean.hashCode(compat)) * 31 + nestingLimit) * 31
                + Objects.hashCode(zone)) * 31 + maxChars;
    }

    /** New syntax, compatibility semantics (as HTCondor's tools run), the JVM's time zone. */
    public static ParseOptions defaults() {
        return new ParseOptions(false, true, DEFAULT_NESTING_LIMIT, ZoneId.systemDefault(), DEFAULT_MAX_CHARS);
    }

    public ParseOptions withOldSyntax(boolean old) {
        return new ParseOptions(old, compat, nestingLimit, zone, maxChars);
    }

    public ParseOptions withCompat(boolean c) {
        return new ParseOptions(oldSyntax, c, nestingLimit, zone, maxChars);
    }

    public ParseOptions withZone(ZoneId z) {
        return new ParseOptions(oldSyntax, compat, nestingLimit, z, maxChars);
    }

    public ParseOptions withNestingLimit(int limit) {
        return new ParseOptions(oldSyntax, compat, limit, zone, maxChars);
    }

    /** The longest text one parse accepts, in characters (bytes of the input). */
    public ParseOptions withMaxChars(int max) {
        return new ParseOptions(oldSyntax, compat, nestingLimit, zone, max);
    }
}
