package org.jclassad.transform.config;

import java.util.Optional;
import java.util.OptionalLong;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.Value;

/**
 * How HTCondor reads a knob's (expanded) value as a number or a truth value when a daemon or a
 * route asks for one ({@code param_integer}, {@code param_boolean}, a route's
 * {@code MaxJobs}): first as a plain literal, and only when that fails as an old-syntax ClassAd
 * expression evaluated in an empty ad. So {@code 2 * 5} is 10, {@code 7.9} is 7, {@code true} is
 * 1, while {@code yes} (an undefined attribute reference) and {@code 12 jobs} are not values at
 * all and the caller's default applies.
 */
public final class ParamValues {
    private ParamValues() {
    }

    /**
     * The integer {@code text} stands for: a decimal literal (leading whitespace and a sign, trailing
     * whitespace allowed), else an expression with a number or boolean value (reals truncate).
     * Empty when it is neither.
     */
    public static OptionalLong integer(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        OptionalLong literal = decimalLiteral(text);
        if (literal.isPresent()) {
            return literal;
        }
        Value v = evaluate(text);
        if (v instanceof IntegerValue i) {
            return OptionalLong.of(i.value());
        }
        if (v instanceof RealValue r) {
            return OptionalLong.of((long) r.value());
        }
        if (v instanceof BooleanValue) {
            return OptionalLong.of(v.truth());
        }
        return OptionalLong.empty();
    }

    /** {@link #integer} limited to the range of a C {@code int}, as the daemons store it. */
    public static OptionalLong intValue(String text) {
        OptionalLong v = integer(text);
        if (v.isEmpty()) {
            return v;
        }
        return OptionalLong.of(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v.getAsLong())));
    }

    /**
     * The truth value {@code text} stands for: {@code true}/{@code false}/{@code 1}/{@code 0} (any
     * case, trailing whitespace allowed), else an expression whose value is boolean-equivalent
     * (a boolean or a number). Empty when it is neither ({@code yes}, {@code on}, a string).
     */
    public static Optional<Boolean> bool(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String w : new String[] {"true", "1", "false", "0"}) {
            if (text.regionMatches(true, 0, w, 0, w.length()) && LineReader.trim(text.substring(w.length())).isEmpty()) {
                return Optional.of(w.equals("true") || w.equals("1"));
            }
        }
        Value v = evaluate(text);
        int truth = v == null ? -1 : v.truth();
        return truth < 0 ? Optional.empty() : Optional.of(truth == 1);
    }

    /** strtoll in base 10 over the whole text, with only whitespace after the digits. */
    private static OptionalLong decimalLiteral(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && LineReader.isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || !LineReader.trim(text.substring(i)).isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.substring(start, i)));
        } catch (NumberFormatException overflow) {
            // strtoll saturates
            return OptionalLong.of(text.charAt(start) == '-' ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }

    /** The value of {@code text} as an old-syntax expression in an empty ad, or {@code null}. */
    private static Value evaluate(String text) {
        try {
            Evaluation e = new ClassAd().evaluate(
                    ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE),
                    EvalOptions.defaults());
            return e.failed() ? null : e.value();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
