package org.jclassad.transform.xform;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;

/**
 * Reads old ClassAd-style route text ({@code JOB_ROUTER_ENTRIES}, {@code JOB_ROUTER_DEFAULTS},
 * {@code [}-style route knobs) the way HTCondor's route converter reads it; the converter and the
 * classic router both read routes through here.
 *
 * <p>A route list is read one new-syntax ad at a time from an offset. White space and comments
 * before an ad are skipped. When an ad does not parse, the list yields an empty entry and reading
 * goes on where HTCondor's lexer stopped (see {@link ResumePoint}): after the offending token and
 * its look-ahead. A broken route therefore turns into a run of empty entries, one per token up to
 * the next {@code [}, before reading falls back into step.
 */
public final class OldRouteText {
    private OldRouteText() {
    }

    /** One step of reading a route list: the ad, or {@code null} where an ad did not parse. */
    public record Entry(ClassAd ad, int offset) {
    }

    /** The defaults ad, and why it is incomplete ({@code null} when it is not). */
    public record Defaults(ClassAd ad, String problem) {
    }

    /** Every step of reading a route list, in order. */
    public static List<Entry> entries(String text) {
        List<Entry> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int offset = 0;
        while (offset < text.length()) {
            Read r = readAd(text, offset);
            out.add(new Entry(r.ad, offset));
            // HTCondor's reader always moves on; guard against a NUL, where it would not
            offset = Math.max(r.next, offset + 1);
        }
        return out;
    }

    /**
     * {@code JOB_ROUTER_DEFAULTS}: text not starting with {@code [} is wrapped in brackets (and
     * merging is then off); after the first ad, with {@code merge}, further ads (separated by
     * white space or stray {@code ]}) are merged in, later winning. What parsed before a problem
     * is kept; a first ad that does not parse gives an empty ad.
     */
    public static Defaults defaults(String text, boolean merge) {
        if (text == null || text.isEmpty()) {
            return new Defaults(new ClassAd(), null);
        }
        String t = text;
        if (t.charAt(0) != '[') {
            t = "[ " + t + " ]";
            merge = false;
        }
        Read first = readAd(t, 0);
        if (first.ad == null) {
            return new Defaults(new ClassAd(), "failed to parse at offset " + first.next);
        }
        ClassAd ad = first.ad;
        int offset = first.next;
        while (merge && offset < t.length()) {
            while (offset < t.length() && t.charAt(offset) != '['
                    && (ResumePoint.isSpace(t.charAt(offset)) || t.charAt(offset) == ']')) {
                offset++;
            }
            if (offset >= t.length()) {
                break;
            }
            if (t.charAt(offset) != '[') {
                return new Defaults(ad, "failed to parse at offset " + offset);
            }
            Read more = readAd(t, offset);
            if (more.ad == null) {
                return new Defaults(ad, "failed to parse at offset " + more.next);
            }
            update(ad, more.ad);
            offset = more.next;
        }
        return new Defaults(ad, null);
    }

    /**
     * A route as the router sees it: a copy of the defaults, updated by the entry. An entry
     * attribute replaces the default wholesale; a name both define keeps the defaults' spelling.
     */
    public static ClassAd merge(ClassAd defaults, ClassAd entry) {
        ClassAd route = new ClassAd();
        if (defaults != null) {
            update(route, defaults);
        }
        update(route, entry);
        return route;
    }

    /** ClassAd Update: each attribute of {@code from} into {@code into}, existing spellings kept. */
    private static void update(ClassAd into, ClassAd from) {
        for (ClassAd.Attribute a : from.attributes()) {
            into.insert(a.name(), a.expr());
        }
    }

    // ------------------------------------------------------------------ one ad at an offset

    private record Read(ClassAd ad, int next) {
    }

    /** Parses one ad at {@code offset}: the ad and the offset after it, or null and where HTCondor resumes. */
    private static Read readAd(String text, int offset) {
        int start = skipSpaceAndComments(text, offset);
        if (start < 0) {
            return new Read(null, text.length()); // an unterminated comment
        }
        if (start >= text.length()) {
            return new Read(null, text.length());
        }
        if (text.charAt(start) != '[') {
            return new Read(null, ResumePoint.afterToken(text, start, false));
        }
        int close = matchingBracket(text, start);
        int end = close < 0 ? text.length() : close + 1;
        String adText = text.substring(start, end);
        try {
            RecordExpr record = ExprParser.parseRecord(adText, ParseOptions.defaults());
            return new Read(ClassAdAccess.fromRecord(record, new Planner(FunctionRegistry.global())), end);
        } catch (ParseException bad) {
            int at = start + offsetOf(adText, bad.line(), bad.column());
            if (at >= end && end < text.length()) {
                // the ad ran out where the text goes on: the next token is the offending one
                at = end;
            }
            return new Read(null, ResumePoint.afterToken(text, at, ResumePoint.endsOperand(text, at)));
        }
    }

    /** The offset of a 1-based line and column in {@code text} (the end when past it). */
    private static int offsetOf(String text, int line, int column) {
        int off = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', off);
            if (nl < 0) {
                return text.length();
            }
            off = nl + 1;
        }
        return Math.min(text.length(), off + Math.max(0, column - 1));
    }

    /** Skips C white space and comments; -1 for a comment that never ends. */
    static int skipSpaceAndComments(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (ResumePoint.isSpace(c)) {
                i++;
            } else if (s.startsWith("/*", i)) {
                int e = s.indexOf("*/", i + 2);
                if (e < 0) {
                    return -1;
                }
                i = e + 2;
            } else if (s.startsWith("//", i)) {
                int e = s.indexOf('\n', i);
                i = e < 0 ? s.length() : e + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** The offset of the {@code ]} that closes the {@code [} at {@code start}, or -1 (strings and comments skipped). */
    static int matchingBracket(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int e = s.indexOf("*/", i + 2);
                i = e < 0 ? s.length() : e + 1;
            } else if (s.startsWith("//", i)) {
                int e = s.indexOf('\n', i);
                i = e < 0 ? s.length() : e;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
