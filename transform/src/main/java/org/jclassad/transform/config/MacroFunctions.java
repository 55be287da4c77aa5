package org.jclassad.transform.config;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.text.CNumbers;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The value of one macro reference: {@code $(name[:default])} and the functions
 * {@code $ENV $RANDOM_CHOICE $RANDOM_INTEGER $CHOICE $SUBSTR $INT $REAL $STRING $EVAL $BASENAME
 * $DIRNAME} and {@code $F[pnxdqabfwu]}. A function that fails records an error in the context
 * and yields empty text, as HTCondor's do when they may not abort.
 */
final class MacroFunctions {
    private MacroFunctions() {
    }

    static String evaluate(MacroRef ref, CharSequence text, MacroSet set, MacroContext ctx) {
        String body = ref.body(text);
        switch (ref.id()) {
            case MacroRef.NORMAL:
                return normal(body, set, ctx);
            case MacroRef.ENV:
                return env(body, ctx);
            case MacroRef.RANDOM_CHOICE:
                return randomChoice(body, set, ctx);
            case MacroRef.RANDOM_INTEGER:
                return randomInteger(body, ctx);
            case MacroRef.CHOICE:
                return choice(body, set, ctx);
            case MacroRef.SUBSTR:
                return substr(body, set, ctx);
            case MacroRef.INT:
            case MacroRef.REAL:
                return number(ref.id() == MacroRef.INT, body, set, ctx);
            case MacroRef.STRING:
                return string(body, set, ctx);
            case MacroRef.EVAL:
                return eval(body, set, ctx);
            default:
                return PathParts.evaluate(ref.id(), ref.func(text), body, set, ctx);
        }
    }

    private static String normal(String body, MacroSet set, MacroContext ctx) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String v = ctx.lookup(name, set);
        if (colon >= 0 && (v == null || v.isEmpty())) {
            v = body.substring(colon + 1);
        }
        return v == null ? "" : v;
    }

    private static String env(String body, MacroContext ctx) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String v = ctx.env(name);
        if (v == null) {
            v = colon >= 0 ? body.substring(colon + 1) : "UNDEFINED";
        }
        return v;
    }

    /** HTCondor's {@code split}: tokens between any of {@code seps}, trimmed, empty ones dropped. */
    static List<String> split(String s, String seps) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && seps.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < s.length() && seps.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String tok = s.substring(start, i).strip();
            if (!tok.isEmpty()) {
                out.add(tok);
            }
        }
        return out;
    }

    private static String randomChoice(String body, MacroSet set, MacroContext ctx) {
        List<String> entries = split(body, ",");
        if (entries.size() == 1) {
            String lval = ctx.lookup(entries.get(0), set);
            if (lval != null) {
                if (lval.indexOf('$') >= 0) {
                    lval = MacroExpander.expand(lval, set, ctx);
                }
                entries = split(lval, ", \t\r\n");
            }
        }
        if (entries.isEmpty()) {
            ctx.error("$RANDOM_CHOICE() macro is empty!");
            return "";
        }
        return entries.get(ctx.random().nextInt(entries.size()));
    }

    /** C {@code strtol} (base 10): digits must start it, out of range saturates; {@code null} when there are none. */
    private static Long strtol(String s) {
        int i = 0;
        while (i < s.length() && CNumbers.isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < s.length() && CNumbers.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        try {
            return Long.parseLong(s.substring(start, i).replace("+", ""));
        } catch (NumberFormatException e) {
            return s.charAt(start) == '-' ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** The characters HTCondor's 20-byte buffer keeps of {@code $RANDOM_INTEGER}'s result. */
    private static final int RANDOM_INTEGER_CHARS = 19;

    private static String randomInteger(String body, MacroContext ctx) {
        List<String> entries = split(body, ",");
        Long min = entries.isEmpty() ? null : strtol(entries.get(0));
        if (min == null) {
            ctx.error("$RANDOM_INTEGER() config macro: invalid min!");
            min = 0L;
        }
        Long max = entries.size() > 1 ? strtol(entries.get(1)) : null;
        if (max == null) {
            ctx.error("$RANDOM_INTEGER() config macro: invalid max!");
            max = min;
        }
        long step = 1;
        if (entries.size() > 2) {
            Long st = strtol(entries.get(2));
            if (st == null) {
                ctx.error("$RANDOM_INTEGER() config macro: invalid step!");
            } else {
                step = st;
            }
        }
        if (step < 1) {
            ctx.error("$RANDOM_INTEGER() config macro: invalid step!");
            step = 1;
        }
        if (min > max) {
            ctx.error("$RANDOM_INTEGER() config macro: min > max!");
            min = max;
        }
        // C's arithmetic on longs, wrapping as HTCondor's does
        long range = step + max - min;
        long count = range / step;
        if (count == 0) {
            // HTCondor divides by zero here and dies (SIGFPE)
            ctx.error("$RANDOM_INTEGER() config macro: " + min + " to " + max + " in steps of " + step
                    + " is more values than a long can count!");
            return "";
        }
        long r = ctx.random().nextInt() & Integer.MAX_VALUE;
        String value = Long.toString(min + (r % count) * step);
        return value.length() > RANDOM_INTEGER_CHARS ? value.substring(0, RANDOM_INTEGER_CHARS) : value;
    }

    /** The {@code index}-th comma-separated item (empty items count), trimmed; {@code null} if none. */
    static String nthItem(String list, int index) {
        int i = 0;
        int p = 0;
        while (true) {
            int e = list.indexOf(',', p);
            if (i == index) {
                return (e < 0 ? list.substring(p) : list.substring(p, e)).strip();
            }
            if (e < 0) {
                return null;
            }
            p = e + 1;
            i++;
        }
    }

    /** Start offset of the {@code index}-th item (so the rest of the list can be taken). */
    private static int nthItemStart(String list, int index) {
        int p = 0;
        for (int i = 0; i < index; i++) {
            int e = list.indexOf(',', p);
            if (e < 0) {
                return -1;
            }
            p = e + 1;
        }
        return p;
    }

    private static String lookupAndExpand(String arg, MacroSet set, MacroContext ctx) {
        String v = ctx.lookup(arg, set);
        if (v == null) {
            v = arg;
        }
        if (v.indexOf('$') >= 0) {
            v = MacroExpander.expand(v, set, ctx);
        }
        return v;
    }

    private static String choice(String body, MacroSet set, MacroContext ctx) {
        String first = nthItem(body, 0);
        String ival = first == null ? "" : lookupAndExpand(first, set, ctx);
        Long index = longParam(ival);
        if (index == null || index < 0 || index >= Integer.MAX_VALUE) {
            ctx.error("$CHOICE() error: '" + ival + "' is invalid index");
            index = 0L;
        }
        int start = nthItemStart(body, 1);
        if (start < 0) {
            ctx.error("$CHOICE() error: no list");
            return "";
        }
        String items = body.substring(start);
        if (items.indexOf(',') < 0) {
            String listName = items.strip();
            String lval = ctx.lookup(listName, set);
            if (lval == null) {
                ctx.error("$CHOICE() macro: no list named \"" + listName + "\"!");
                return "";
            }
            items = MacroExpander.expand(lval, set, ctx);
        }
        String item = nthItem(items, index.intValue());
        if (item == null) {
            ctx.error("$CHOICE() config macro: index " + index.intValue() + " is out of range!");
            return "";
        }
        return item;
    }

    private static String substr(String body, MacroSet set, MacroContext ctx) {
        int comma = body.indexOf(',');
        if (comma < 0) {
            ctx.error("$SUBSTR() macro: no length specified!");
            return "";
        }
        String name = body.substring(0, comma);
        String startArg = body.substring(comma + 1);
        String lenArg = null;
        int comma2 = startArg.indexOf(',');
        if (comma2 >= 0) {
            lenArg = startArg.substring(comma2 + 1);
            startArg = startArg.substring(0, comma2);
        }
        String arg = lookupAndExpand(startArg, set, ctx);
        Long start = longParam(arg);
        if (start == null || start < Integer.MIN_VALUE || start >= Integer.MAX_VALUE) {
            ctx.error("$SUBSTR() macro: " + arg + " is invalid start index!");
            return "";
        }
        long len = Integer.MAX_VALUE / 2;
        if (lenArg != null) {
            String a = lookupAndExpand(lenArg, set, ctx);
            Long l = longParam(a);
            if (l == null || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                ctx.error("$SUBSTR() macro: " + a + " is invalid length !");
                return "";
            }
            len = l;
        }
        String mval = ctx.lookup(name, set);
        if (mval == null) {
            return "";
        }
        if (mval.indexOf('$') >= 0) {
            mval = MacroExpander.expand(mval, set, ctx);
        }
        int cch = mval.length();
        long s = start;
        if (s < 0) {
            s = cch + s;
        }
        if (s < 0) {
            s = 0;
        } else if (s > cch) {
            s = cch;
        }
        cch -= (int) s;
        long n = len;
        if (n < 0) {
            n = cch + n;
        }
        if (n < 0) {
            n = 0;
        } else if (n > cch) {
            n = cch;
        }
        return mval.substring((int) s, (int) (s + n));
    }

    private static String number(boolean integer, String body, MacroSet set, MacroContext ctx) {
        String function = integer ? "$INT()" : "$REAL()";
        String fmt = null;
        String name = body;
        int comma = body.indexOf(',');
        if (comma >= 0) {
            fmt = body.substring(comma + 1);
            name = body.substring(0, comma);
            if (!Printf.valid(fmt, integer ? Printf.Kind.INT : Printf.Kind.FLOAT)) {
                ctx.error(function + " macro: '" + fmt + "' is not a valid format specifier!");
                return fmt;
            }
        }
        String mval = ctx.lookup(name, set);
        if (mval == null) {
            mval = name;
        }
        if (mval.indexOf('$') >= 0) {
            mval = MacroExpander.expand(mval, set, ctx);
        }
        Printf.Result r;
        if (integer) {
            Long v = longParam(mval);
            if (v == null) {
                ctx.error("$INT() macro: " + mval + " does not evaluate to an integer!");
                return "";
            }
            r = fmt == null ? Printf.Result.of(Long.toString(v)) : Printf.formatInt(fmt, v);
        } else {
            Double d = doubleParam(mval);
            if (d == null) {
                ctx.error("$REAL() macro: " + mval + " does not evaluate to an real!");
                return "";
            }
            r = Printf.formatReal(fmt, d);
        }
        if (!r.ok()) {
            ctx.error(function + " macro: " + r.problem() + "!");
        }
        return r.text();
    }

    private static String string(String body, MacroSet set, MacroContext ctx) {
        String fmt = null;
        String name = body;
        int comma = body.indexOf(',');
        if (comma >= 0) {
            fmt = body.substring(comma + 1);
            name = body.substring(0, comma);
            if (!Printf.valid(fmt, Printf.Kind.STRING)) {
                ctx.error("$STRING macro: '" + fmt + "' is not a valid format specifier!");
                return fmt;
            }
        }
        String mval = ctx.lookup(name, set);
        if (mval == null) {
            mval = name;
        }
        if (mval.indexOf('$') >= 0) {
            mval = MacroExpander.expand(mval, set, ctx);
        }
        Value v = evaluateAlone(mval);
        if (v instanceof StringValue s) {
            mval = s.bytes();
        }
        if (fmt == null) {
            return mval;
        }
        Printf.Result r = Printf.formatString(fmt, mval, ctx.options().maxExpansionChars());
        if (r.tooLong()) {
            throw new MacroExpansionException("$STRING macro: " + r.problem() + " (ConfigOptions.maxExpansionChars)");
        }
        if (!r.ok()) {
            ctx.error("$STRING macro: " + r.problem() + "!");
        }
        return r.text();
    }

    private static String eval(String body, MacroSet set, MacroContext ctx) {
        String mval = ctx.lookup(body, set);
        if (mval == null) {
            mval = body;
        }
        String expanded = null;
        if (mval.indexOf('$') >= 0) {
            expanded = MacroExpander.expand(mval, set, ctx);
            mval = expanded;
        }
        Expr e = parseOld(mval);
        if (e != null) {
            ClassAd ad = ctx.ad() != null ? ctx.ad() : new ClassAd();
            Evaluation r = ad.evaluate(e, EvalOptions.defaults());
            if (!r.failed()) {
                Value v = r.value();
                return v instanceof StringValue s ? s.bytes() : Unparser.newSyntax(v);
            }
        }
        return expanded != null ? expanded : "";
    }

    static Expr parseOld(String text) {
        try {
            return ExprParser.parseExpression(text, ParseOptions.defaults().withOldSyntax(true), Reading.WHOLE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Evaluates old-syntax text in an empty ad; {@code null} when it does not parse or fails. */
    static Value evaluateAlone(String text) {
        Expr e = parseOld(text);
        if (e == null) {
            return null;
        }
        Evaluation r = new ClassAd().evaluate(e, EvalOptions.defaults());
        return r.failed() ? null : r.value();
    }

    /** HTCondor's {@code string_is_long_param}: a decimal literal, else an expression's number. */
    static Long longParam(String s) {
        Long direct = wholeLong(s);
        if (direct != null) {
            return direct;
        }
        Value v = evaluateAlone(s);
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        if (v instanceof RealValue r) {
            return CNumbers.cLong(r.value());
        }
        if (v instanceof BooleanValue b) {
            return b == Value.TRUE ? 1L : 0L;
        }
        return null;
    }

    /** C {@code strtoll} (base 10) of the whole text, trailing white space allowed; {@code null} otherwise. */
    private static Long wholeLong(String s) {
        int i = 0;
        while (i < s.length() && CNumbers.isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int d = i;
        while (i < s.length() && CNumbers.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == d) {
            return null;
        }
        int end = i;
        while (i < s.length() && CNumbers.isSpace(s.charAt(i))) {
            i++;
        }
        if (i != s.length()) {
            return null;
        }
        try {
            return Long.parseLong(s.substring(start, end).replace("+", ""));
        } catch (NumberFormatException e) {
            return s.charAt(start) == '-' ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** HTCondor's {@code string_is_double_param}: C {@code strtod} of the whole text, else an expression's number. */
    static Double doubleParam(String s) {
        CNumbers.Strtod d = CNumbers.strtod(s, 0);
        int i = d.end();
        if (i > 0) {
            while (i < s.length() && CNumbers.isSpace(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                double v = d.value();
                // strtod keeps the sign of "-nan"
                return Double.isNaN(v) && s.strip().startsWith("-") ? Math.copySign(v, -1.0) : v;
            }
        }
        Value v = evaluateAlone(s);
        if (v instanceof IntegerValue iv) {
            return (double) iv.value();
        }
        if (v instanceof RealValue r) {
            return r.value();
        }
        if (v instanceof BooleanValue b) {
            return b == Value.TRUE ? 1.0 : 0.0;
        }
        return null;
    }
}
