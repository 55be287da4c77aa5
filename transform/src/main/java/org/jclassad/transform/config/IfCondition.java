package org.jclassad.transform.config;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/**
 * The condition of an {@code if} or {@code elif} line, as HTCondor's config reader decides it
 * (after {@code $} expansion; a leading {@code !} inverts): a number or
 * {@code true/false/yes/no/t/f}; empty text after expansion (false); {@code defined name};
 * {@code version <op> major.minor[.sub]}. Anything else is an error, except that a "complex"
 * condition is evaluated against the ad, when there is one, and taken when it is true.
 */
public final class IfCondition {
    /** The HTCondor version {@code if version} compares with. */
    public static final int[] VERSION = {25, 14, 0};

    private IfCondition() {
    }

    /** Outcome: {@code error} is {@code null} when the condition is valid. */
    public record Result(boolean value, String error) {
    }

    private enum Kind { EMPTY, NUMBER, BOOL, IDENTIFIER, VERSION, IFDEF, MACRO, COMPLEX }

    private static final int SPACE = 0x01;
    private static final int DIGIT = 0x02;
    private static final int ALPHA = 0x04;
    private static final int IDENT = 0x08;
    private static final int CMP = 0x10;
    private static final int SUM = 0x20;
    private static final int LOGIC = 0x40;
    private static final int GROUP = 0x80;
    private static final int MONEY = 0x100;
    private static final int COLON = 0x200;
    private static final int OTHER = 0x400;
    private static final int FLOAT = 0x1000;
    private static final int MACRO = 0x2000;

    static boolean matchesLiteral(String s, int from, String lit, boolean noTrailingToken) {
        int p = from;
        while (p < s.length() && LineReader.isSpace(s.charAt(p))) {
            p++;
        }
        for (int i = 0; i < lit.length(); i++) {
            if (p >= s.length() || (s.charAt(p) | 0x20) != lit.charAt(i)) {
                return false;
            }
            p++;
        }
        if (noTrailingToken) {
            while (p < s.length() && LineReader.isSpace(s.charAt(p))) {
                p++;
            }
            return p >= s.length();
        }
        return p >= s.length() || !Character.isLetterOrDigit(s.charAt(p));
    }

    private static Kind characterize(String expr, boolean keywordCheck) {
        int p = 0;
        int n = expr.length();
        while (p < n && LineReader.isSpace(expr.charAt(p))) {
            p++;
        }
        if (p >= n) {
            return Kind.EMPTY;
        }
        int begin = p;
        if (expr.charAt(p) == '-') {
            p++;
        }
        int set = 0;
        while (p < n) {
            char ch = expr.charAt(p++);
            char next = p < n ? expr.charAt(p) : 0;
            if (ch >= '0' && ch <= '9') {
                set |= DIGIT;
            } else if (ch == '.') {
                if (set == DIGIT || next == 0 || (next >= '0' && next <= '9')) {
                    set |= FLOAT;
                } else {
                    set |= IDENT;
                }
            } else if (ch == 'e' || ch == 'E') {
                if ((set & ~FLOAT) == DIGIT) {
                    set |= FLOAT;
                } else {
                    set |= ALPHA;
                }
            } else if (ch == '-' || ch == '+') {
                if (set != (DIGIT | FLOAT)) {
                    set |= SUM;
                }
            } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
                set |= ALPHA;
            } else if (ch == '_' || ch == '/') {
                set |= IDENT;
            } else if (ch >= '<' && ch <= '>') {
                set |= CMP;
            } else if (ch == '!' && next == '=') {
                set |= CMP;
            } else if (ch == '$') {
                set |= MONEY;
                if (next == '(') {
                    set |= MACRO;
                }
            } else if (LineReader.isSpace(ch)) {
                if (next != 0 && !LineReader.isSpace(next)) {
                    set |= SPACE;
                }
            } else if (ch == '&' || ch == '|') {
                set |= LOGIC;
            } else if (ch >= '{' && ch <= '}') {
                set |= GROUP;
            } else if (ch == '(' || ch == ')' || ch == '[' || ch == ']') {
                set |= GROUP;
            } else if (ch == ':') {
                set |= COLON;
            } else {
                set |= OTHER;
            }
        }
        switch (set) {
            case 0:
                return Kind.EMPTY;
            case DIGIT:
            case DIGIT | FLOAT:
                return Kind.NUMBER;
            case ALPHA:
                if (matchesLiteral(expr, 0, "false", true) || matchesLiteral(expr, 0, "true", true)) {
                    return Kind.BOOL;
                }
                if (keywordCheck) {
                    if (matchesLiteral(expr, begin, "version", true)) {
                        return Kind.VERSION;
                    }
                    if (matchesLiteral(expr, begin, "defined", true)) {
                        return Kind.IFDEF;
                    }
                }
                return Kind.IDENTIFIER;
            case ALPHA | DIGIT:
            case ALPHA | DIGIT | FLOAT:
            case ALPHA | IDENT:
            case ALPHA | IDENT | DIGIT:
            case ALPHA | IDENT | DIGIT | FLOAT:
                return Kind.IDENTIFIER;
            case ALPHA | SPACE | CMP | DIGIT:
            case ALPHA | SPACE | CMP | DIGIT | FLOAT:
                if (keywordCheck && matchesLiteral(expr, begin, "version", false)) {
                    return Kind.VERSION;
                }
                return Kind.COMPLEX;
            case ALPHA | SPACE:
            case ALPHA | SPACE | COLON:
            case ALPHA | SPACE | IDENT:
            case ALPHA | SPACE | IDENT | COLON:
            case ALPHA | SPACE | DIGIT:
            case ALPHA | SPACE | DIGIT | IDENT:
            case ALPHA | SPACE | DIGIT | FLOAT:
            case ALPHA | SPACE | DIGIT | IDENT | FLOAT:
                if (keywordCheck && matchesLiteral(expr, begin, "defined", false)) {
                    return Kind.IFDEF;
                }
                return Kind.COMPLEX;
            default:
                break;
        }
        if ((set & MACRO) != 0 && (set & ~(MONEY | IDENT | ALPHA | DIGIT | MACRO | COLON)) == 0) {
            return Kind.MACRO;
        }
        return Kind.COMPLEX;
    }

    private static boolean isCruftyBool(String expr, boolean[] result) {
        if (matchesLiteral(expr, 0, "yes", true) || matchesLiteral(expr, 0, "t", true)) {
            result[0] = true;
            return true;
        }
        if (matchesLiteral(expr, 0, "no", true) || matchesLiteral(expr, 0, "f", true)) {
            result[0] = false;
            return true;
        }
        return false;
    }

    /** Tests an {@code if}/{@code elif} condition (the text after the keyword). */
    public static Result test(String condition, MacroSet set, MacroContext ctx) {
        String expr = condition;
        boolean expanded = false;
        if (expr.indexOf('$') >= 0) {
            expr = MacroExpander.expand(expr, set, ctx);
            int e = expr.length();
            while (e > 0 && LineReader.isSpace(expr.charAt(e - 1))) {
                e--;
            }
            expr = expr.substring(0, e);
            expanded = true;
        }
        int p = 0;
        while (p < expr.length() && LineReader.isSpace(expr.charAt(p))) {
            p++;
        }
        boolean inverted = false;
        if (p < expr.length() && expr.charAt(p) == '!') {
            inverted = true;
            p++;
            while (p < expr.length() && LineReader.isSpace(expr.charAt(p))) {
                p++;
            }
        }
        expr = expr.substring(p);
        if (expanded && expr.isEmpty()) {
            return new Result(inverted, null);
        }
        String[] error = new String[1];
        boolean[] value = new boolean[1];
        boolean valid = evaluate(expr, value, error, set, ctx);
        if (!valid) {
            return new Result(false, error[0] == null ? "" : error[0]);
        }
        
        return new Result(inverted != value[0], null);
    }

    private static boolean evaluate(String expr, boolean[] result, String[] err, MacroSet set, MacroContext ctx) {
        Kind ec = characterize(expr, true);
        if (ec == Kind.NUMBER) {
            double d;
            try {
                d = Double.parseDouble(expr.strip());
            } catch (NumberFormatException e) {
                d = 0;
            }
            result[0] = d < 0 || d > 0;
            return true;
        }
        if (ec == Kind.BOOL) {
            result[0] = matchesLiteral(expr, 0, "true", true);
            return true;
        }
        if (ec == Kind.IDENTIFIER && isCruftyBool(expr, result)) {
            return true;
        }
        if (ec == Kind.VERSION) {
            return version(expr, result, err);
        }
        if (ec == Kind.IFDEF) {
            String rest = expr.strip().substring(7).strip();
            if (rest.isEmpty()) {
                result[0] = false;
                return true;
            }
            Kind ec2 = characterize(rest, false);
            if (ec2 == Kind.IDENTIFIER) {
                String v = ctx.lookup(rest, set);
                if (v == null && isCruftyBool(rest, new boolean[1])) {
                    v = "true";
                }
                result[0] = v != null && !v.isEmpty();
                return true;
            }
            if (ec2 == Kind.NUMBER || ec2 == Kind.BOOL) {
                result[0] = true;
                return true;
            }
            err[0] = "defined argument must be param name, boolean, or number";
            return false;
        }
        if (ec == Kind.COMPLEX && ctx.ad() != null) {
            Boolean b = evaluateOnAd(expr, ctx.ad());
            if (b != null) {
                // HTCondor takes a true complex condition; a false one is an invalid condition
                result[0] = b;
                err[0] = b ? null : "";
                return b;
            }
        }
        err[0] = ec == Kind.COMPLEX ? "complex conditionals are not supported" : "expression is not a conditional";
        return false;
    }

    /** A complex condition against the ad: its boolean-equivalent value, or {@code null}. */
    private static Boolean evaluateOnAd(String expr, ClassAd ad) {
        try {
            Expr e = ExprParser.parseExpression(expr, ParseOptions.defaults(), Reading.PREFIX);
            Evaluation r = ad.evaluate(e, EvalOptions.defaults());
            if (r.failed()) {
                return null;
            }
            int t = r.value().truth();
            return t < 0 ? null : t == 1;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean version(String expr, boolean[] result, String[] err) {
        String s = expr.strip().substring(7);
        int p = 0;
        while (p < s.length() && LineReader.isSpace(s.charAt(p))) {
            p++;
        }
        int op = 0;
        boolean orEqual = false;
        boolean negated = p < s.length() && s.charAt(p) == '!';
        if (negated) {
            p++;
        }
        if (p < s.length() && s.charAt(p) >= '<' && s.charAt(p) <= '>') {
            op = s.charAt(p++) - '=';
        }
        if (p < s.length() && s.charAt(p) == '=') {
            orEqual = true;
            p++;
        }
        while (p < s.length() && LineReader.isSpace(s.charAt(p))) {
            p++;
        }
        String lit = s.substring(p);
        if (lit.startsWith("v") || lit.startsWith("V")) {
            lit = lit.substring(1);
        }
        int[] fields = new int[3];
        int count = scanVersion(lit, fields);
        if (count < 2 || fields[0] < 6) {
            err[0] = "the version literal is invalid";
            return false;
        }
        if (count < 3) {
            fields[2] = VERSION[2];
        }
        int diff = 0;
        for (int i = 0; i < 3 && diff == 0; i++) {
            diff = Integer.compare(VERSION[i], fields[i]);
        }
        boolean r = diff == op || (orEqual && diff == 0);
        result[0] = negated != r;
        return true;
    }

    /** {@code sscanf("%d.%d.%d")}: how many fields were read. */
    private static int scanVersion(String s, int[] fields) {
        int p = 0;
        int count = 0;
        for (int f = 0; f < 3; f++) {
            if (f > 0) {
                if (p >= s.length() || s.charAt(p) != '.') {
                    return count;
                }
                p++;
            }
            int q = p;
            while (q < s.length() && LineReader.isSpace(s.charAt(q)) && f == 0) {
                q++;
            }
            int start = q;
            if (q < s.length() && (s.charAt(q) == '-' || s.charAt(q) == '+')) {
                q++;
            }
            int d = q;
            while (q < s.length() && Character.isDigit(s.charAt(q))) {
                q++;
            }
            if (q == d) {
                return count;
            }
            try {
                fields[f] = Integer.parseInt(s.substring(start, q).replace("+", ""));
            } catch (NumberFormatException e) {
                return count;
            }
            count++;
            p = q;
        }
        return count;
    }
}
