package org.jclassad.transform.router;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jclassad.ClassAd;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;

/**
 * Reads old ClassAd-style routes: {@code JOB_ROUTER_ENTRIES} (a sequence of ad literals) merged
 * over {@code JOB_ROUTER_DEFAULTS} (spec §1.1). Texts are already config-expanded.
 */
public final class ClassicRoutes {
    private ClassicRoutes() {
    }

    /** One route ad from ENTRIES, as written (before merging). */
    public record Entry(int index, ClassAd ad, String text) {
    }

    /**
     * The defaults ad: text not starting with {@code [} is wrapped in brackets (and merging is
     * then off); with {@code merge} further ads are folded in, later winning; otherwise extra ads
     * are ignored. A parse error yields {@code null} (routing disabled).
     */
    public static ClassAd parseDefaults(String text, boolean merge, Consumer<String> log) {
        if (text == null || text.isBlank()) {
            return new ClassAd();
        }
        String t = text.trim();
        if (!t.startsWith("[")) {
            t = "[ " + t + " ]";
            merge = false;
        }
        int end = adEnd(t, 0);
        ClassAd defaults;
        try {
            defaults = toAd(t.substring(0, end));
        } catch (RuntimeException e) {
            log.accept("JobRouter CONFIGURATION ERROR: failed to parse JOB_ROUTER_DEFAULTS: " + e.getMessage() + "\n");
            return null;
        }
        if (!merge) {
            return defaults;
        }
        int off = end;
        while (off < t.length()) {
            char c = t.charAt(off);
            if (Character.isWhitespace(c) || c == ']') {
                off++;
                continue;
            }
            if (c != '[') {
                log.accept("JobRouter CONFIGURATION ERROR: unexpected text in JOB_ROUTER_DEFAULTS at offset " + off + "\n");
                return null;
            }
            int e = adEnd(t, off);
            try {
                ClassAd more = toAd(t.substring(off, e));
                for (ClassAd.Attribute a : more.attributes()) {
                    defaults.insert(a.name(), a.expr());
                }
            } catch (RuntimeException ex) {
                log.accept("JobRouter CONFIGURATION ERROR: failed to parse JOB_ROUTER_DEFAULTS: " + ex.getMessage() + "\n");
                return null;
            }
            off = e;
        }
        return defaults;
    }

    /**
     * The route ads of an ENTRIES text: loop { skip white space and comments; parse one ad }.
     * Garbage is reported and skipped to the next {@code [}.
     */
    public static List<Entry> parseEntries(String text, String knob, Consumer<String> log) {
        List<Entry> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int off = 0;
        int index = 0;
        while (true) {
            off = skipSpaceAndComments(text, off);
            if (off >= text.length()) {
                break;
            }
            int start = off;
            if (text.charAt(off) == '[') {
                int end = adEnd(text, off);
                try {
                    out.add(new Entry(index++, toAd(text.substring(off, end)), text.substring(off, end)));
                    off = end;
                    continue;
                } catch (RuntimeException e) {
                    // fall through to the recovery below
                }
            }
            String shown = text.substring(start, Math.min(text.length(), start + 79));
            log.accept("JobRouter CONFIGURATION ERROR: Ignoring the malformed route entry in " + knob + ", at offset "
                    + start + " starting here:\n" + shown + "\n");
            off = text.indexOf('[', start + 1);
            if (off < 0) {
                break;
            }
        }
        return out;
    }

    /** copy(defaults) then each entry attribute replaces the default wholesale. */
    public static ClassAd merge(ClassAd defaults, ClassAd entry) {
        ClassAd route = new ClassAd();
        if (defaults != null) {
            for (ClassAd.Attribute a : defaults.attributes()) {
                route.insert(a.name(), a.expr());
            }
        }
        for (ClassAd.Attribute a : entry.attributes()) {
            route.insert(a.name(), a.expr());
        }
        return route;
    }

    private static ClassAd toAd(String text) {
        RecordExpr record = ExprParser.parseRecord(text, ParseOptions.defaults());
        return ClassAd.fromRecord(record, new Planner(FunctionRegistry.global()));
    }

    static int skipSpaceAndComments(String t, int off) {
        while (off < t.length()) {
            char c = t.charAt(off);
            if (Character.isWhitespace(c)) {
                off++;
            } else if (t.startsWith("/*", off)) {
                int e = t.indexOf("*/", off + 2);
                off = e < 0 ? t.length() : e + 2;
            } else if (t.startsWith("//", off)) {
                int e = t.indexOf('\n', off);
                off = e < 0 ? t.length() : e + 1;
            } else {
                break;
            }
        }
        return off;
    }

    /** The offset just past the ad literal starting at {@code off} (strings and comments skipped). */
    static int adEnd(String t, int off) {
        int depth = 0;
        int i = off;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '"' || c == '\'') {
                i++;
                while (i < t.length() && t.charAt(i) != c) {
                    if (t.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (t.startsWith("/*", i)) {
                int e = t.indexOf("*/", i + 2);
                i = e < 0 ? t.length() : e + 1;
            } else if (t.startsWith("//", i)) {
                int e = t.indexOf('\n', i);
                i = e < 0 ? t.length() : e;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return t.length();
    }

    /** Whether an exception came from parsing (for callers that tell syntax from other failures). */
    static boolean isParseError(RuntimeException e) {
        return e instanceof ParseException;
    }
}
