package org.jclassad.format;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ExpressionCache;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.parser.ExprParser;
import org.jclassad.parser.LiteralFastPath;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/**
 * Reads HTCondor's long format ({@code condor_q -long}): one {@code Name = expr} per line, the
 * name up to the first {@code =}, the value in old syntax with anything after the first complete
 * expression ignored, as HTCondor reads it.
 */
public final class LongFormReader {
    private LongFormReader() {
    }

    /**
     * One ad from all the lines of {@code text}, as HTCondor inserts {@code Name = expr} strings:
     * every line (but a final empty one after the last newline) must be an attribute, so blank
     * and {@code #} lines are errors here. Ad streams with separators and comments are read by
     * the stream reader.
     */
    public static ClassAd parseAd(String text, ParseOptions options) {
        return parseAd(text, options, ExpressionCache.shared());
    }

    /** {@link #parseAd(String, ParseOptions)}, sharing value trees through {@code cache}. */
    public static ClassAd parseAd(String text, ParseOptions options, ExpressionCache cache) {
        ClassAd ad = new ClassAd();
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            addLine(ad, lines[i], i + 1, options, cache);
        }
        return ad;
    }

    /** Parses one {@code Name = expr} line into {@code ad}. */
    public static void addLine(ClassAd ad, String line, int lineNumber, ParseOptions options) {
        addLine(ad, line, lineNumber, options, ExpressionCache.shared());
    }

    /** {@link #addLine(ClassAd, String, int, ParseOptions)}, sharing value trees through {@code cache}. */
    public static void addLine(ClassAd ad, String line, int lineNumber, ParseOptions options, ExpressionCache cache) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int eq = line.indexOf('=', start);
        if (eq < 0) {
            throw new ParseException("expected 'Name = expression'", lineNumber, start + 1);
        }
        int end = eq;
        while (end > start && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == start) {
            throw new ParseException("missing attribute name before '='", lineNumber, eq + 1);
        }
        String name = line.substring(start, end);
        int valueStart = eq + 1;
        while (valueStart < line.length() && line.charAt(valueStart) == ' ') {
            valueStart++;
        }
        String valueText = line.substring(valueStart);
        ParseOptions old = options.withOldSyntax(true);
        Node node = cache.get(valueText, old);
        if (node == null) {
            Expr value = LiteralFastPath.tryParse(valueText, old);
            if (value == null) {
                try {
                    value = ExprParser.parseExpression(valueText, old, Reading.PREFIX);
                } catch (ParseException e) {
                    throw new ParseException(e.reason(), lineNumber, valueStart + e.column());
                }
            }
            node = Planner.planExpr(value);
            cache.put(valueText, old, node);
        }
        ClassAdAccess.bind(ad, name, node);
    }
}
