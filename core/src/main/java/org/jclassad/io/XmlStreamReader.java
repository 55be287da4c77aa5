package org.jclassad.io;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.text.TimeLiterals;
import org.jclassad.value.Value;

/**
 * Reads HTCondor's XML ads ({@code condor_q -xml}, §6.10): {@code <c>} ads of {@code <a n="name">}
 * attributes holding {@code <i> <r> <s> <b/> <un/> <er/> <at> <rt> <l> <e> <c>}. It tokenizes as
 * HTCondor's XML lexer does (only {@code &amp; &lt; &gt;} are entities; white space between tags
 * is dropped, inside {@code <s>} kept) and needs no XML library.
 *
 * <p>Where HTCondor's reader gives up on an ad (an attribute without a name or value, an
 * {@code <e>} that does not parse, a {@code \0} escape) the ad is malformed; the reader then skips
 * to the ad's {@code </c>}. Numbers that do not parse become {@code error}, as in HTCondor.
 */
public final class XmlStreamReader extends AdStreamReader {
    private static final Pattern REAL = Pattern.compile(
            "^[ \\t\\n\\r\\f\\u000B]*[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf(?:inity)?|nan))");

    private final ParseOptions parse;
    private Token peeked;
    private Token last;
    private int openAds;

    public XmlStreamReader(Reader in, AdStreamOptions options) {
        this(new TextCursor(in), options);
    }

    XmlStreamReader(TextCursor cursor, AdStreamOptions options) {
        super(cursor, options);
        this.parse = options.parse().withOldSyntax(false);
    }

    @Override
    public AdFormat format() {
        return AdFormat.XML;
    }

    // ------------------------------------------------------------------ tokens

    private enum Kind { START, END, EMPTY, INVALID }

    private static final class Token {
        boolean tag;
        Kind kind;
        String name = "";
        Map<String, String> attributes;
        String text;
        long line;
        int column;

        boolean is(String n, Kind k) {
            return tag && kind == k && name.equals(n);
        }

        String describe() {
            if (!tag) {
                return "text";
            }
            return "<" + (kind == Kind.END ? "/" : "") + name + (kind == Kind.EMPTY ? "/" : "") + ">";
        }
    }

    /** A problem inside an ad, at a token. */
    private static final class Problem extends RuntimeException {
        final long line;
        final int column;

        Problem(String reason, long line, int column) {
            super(reason, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private Token peek() {
        if (peeked == null) {
            peeked = grab();
        }
        return peeked;
    }

    private Token consume() {
        Token t = peek();
        peeked = null;
        if (t != null) {
            last = t;
            if (t.tag && t.name.equals("c")) {
                if (t.kind == Kind.START) {
                    openAds++;
                } else if (t.kind == Kind.END && openAds > 0) {
                    openAds--;
                }
            }
        }
        return t;
    }

    private Token grab() {
        boolean keepSpace = last != null && last.is("s", Kind.START) && peeked == null;
        int c;
        while (true) {
            c = cursor.peek();
            if (c < 0) {
                return null;
            }
            if (keepSpace || !isSpace(c)) {
                break;
            }
            cursor.read();
        }
        Token t = new Token();
        t.line = cursor.line();
        t.column = cursor.column();
        if (c == '<') {
            cursor.read();
            tag(t);
        } else {
            text(t);
        }
        return t;
    }

    private void tag(Token t) {
        t.tag = true;
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = cursor.peek()) >= 0 && isSpace(c)) {
            cursor.read();
        }
        while (true) {
            c = cursor.read();
            if (c < 0) {
                throw new Problem("unclosed tag", t.line, t.column);
            }
            if (c == '>') {
                break;
            }
            if (sb.length() >= options.maxAdChars()) {
                throw new Problem("tag longer than " + options.maxAdChars() + " characters", t.line, t.column);
            }
            sb.append((char) c);
        }
        String s = sb.toString();
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '/') {
            t.kind = Kind.END;
            i = 1;
        } else if (n > 0 && s.charAt(n - 1) == '/') {
            t.kind = Kind.EMPTY;
            n--;
        } else {
            t.kind = Kind.START;
        }
        int start = i;
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        t.name = s.substring(start, i);
        t.attributes = new HashMap<>();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '=') {
                i++;
            }
            String name = s.substring(nameStart, i);
            while (i < n && (isSpace(s.charAt(i)) || s.charAt(i) == '=')) {
                i++;
            }
            if (i >= n || s.charAt(i) != '"') {
                i++;
                continue;
            }
            i++;
            StringBuilder value = new StringBuilder();
            char prev = 0;
            while (i < n && (s.charAt(i) != '"' || prev == '\\')) {
                prev = s.charAt(i);
                value.append(prev);
                i++;
            }
            i++;
            String decoded = unescape(entities(value.toString()));
            if (decoded == null) {
                t.kind = Kind.INVALID;
            } else if (!name.isEmpty() && !decoded.isEmpty()) {
                t.attributes.put(name, decoded);
            }
        }
    }

    private void text(Token t) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = cursor.peek();
            if (c < 0 || c == '<') {
                break;
            }
            cursor.read();
            if (sb.length() >= options.maxAdChars()) {
                throw new Problem("text longer than " + options.maxAdChars() + " characters", t.line, t.column);
            }
            if (c != '&') {
                sb.append((char) c);
                continue;
            }
            StringBuilder entity = new StringBuilder("&");
            while (true) {
                int d = cursor.peek();
                if (d < 0 || d == '<') {
                    sb.append(entity);
                    break;
                }
                if (d == '&') {
                    sb.append(entity);
                    break;
                }
                cursor.read();
                entity.append((char) d);
                if (d == ' ') {
                    sb.append(entity);
                    break;
                }
                if (d == ';') {
                    sb.append(entity(entity.toString()));
                    break;
                }
            }
        }
        t.text = sb.toString();
    }

    private static String entity(String e) {
        switch (e) {
            case "&amp;": return "&";
            case "&lt;": return "<";
            case "&gt;": return ">";
            default: return e;
        }
    }

    private static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > 0) {
                out.append(entity(s.substring(i, semi + 1)));
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** HTCondor's escape conversion for XML text; {@code null} for a {@code \0} escape. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean valid = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i < n - 1) {
                c = text.charAt(++i);
                switch (c) {
                    case 'a': c = '\u0007'; break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'v': c = '\u000B'; break;
                    default:
                        if (c >= '0' && c <= '7') {
                            int number = c - '0';
                            if (i + 1 < n && isOctal(text.charAt(i + 1))) {
                                number = (number << 3) + text.charAt(++i) - '0';
                                if (number < 0x20 && i + 1 < n && isOctal(text.charAt(i + 1))) {
                                    number = (number << 3) + text.charAt(++i) - '0';
                                }
                            }
                            c = (char) (number & 0xFF);
                            if (c == 0) {
                                valid = false;
                            }
                        }
                }
            }
            out.append(c);
        }
        return valid ? out.toString() : null;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    // ------------------------------------------------------------------ ads

    @Override
    ClassAd readAd() {
        while (true) {
            Token t;
            try {
                t = consume();
            } catch (Problem p) {
                long ordinal = beginAd(p.line);
                throw new AdParseException(ordinal, p.line, p.column, p.getMessage());
            }
            if (t == null) {
                return null;
            }
            if (!t.is("c", Kind.START)) {
                continue;
            }
            long ordinal = beginAd(t.line);
            try {
                RecordExpr record = adBody(t);
                return ClassAd.fromRecord(record, planner);
            } catch (Problem p) {
                recover();
                throw new AdParseException(ordinal, p.line, p.column, p.getMessage());
            }
        }
    }

    /** Skips to the {@code </c>} that closes the top-level ad being read. */
    private void recover() {
        while (openAds > 0) {
            try {
                if (consume() == null) {
                    openAds = 0;
                }
            } catch (Problem ignored) {
                openAds = 0;
            }
        }
    }

    private Token require(Token context) {
        Token t = peek();
        if (t == null) {
            throw new Problem("unexpected end of input inside the ad", context.line, context.column);
        }
        return t;
    }

    /** Attributes up to {@code </c>}; the {@code <c>} is consumed. */
    private RecordExpr adBody(Token open) {
        List<RecordExpr.Attribute> attrs = new ArrayList<>();
        while (true) {
            Token t = require(open);
            if (!t.tag) {
                consume();
                continue;
            }
            switch (t.name) {
                case "a":
                    if (t.kind == Kind.INVALID) {
                        throw new Problem("bad attribute tag (a \\0 escape in its name)", t.line, t.column);
                    }
                    if (t.kind == Kind.START) {
                        attrs.add(attribute());
                    } else {
                        consume();
                    }
                    break;
                case "c":
                    if (t.kind == Kind.END) {
                        consume();
                        return new RecordExpr(attrs, new Position((int) Math.min(open.line, Integer.MAX_VALUE),
                                open.column));
                    }
                    throw new Problem("unexpected " + t.describe() + " directly inside an ad", t.line, t.column);
                case "?xml":
                case "?xml-stylesheet":
                case "!DOCTYPE":
                case "classads":
                    consume();
                    break;
                default:
                    throw new Problem("unexpected " + t.describe() + " inside an ad", t.line, t.column);
            }
        }
    }

    private RecordExpr.Attribute attribute() {
        Token open = consume();
        String name = open.attributes.get("n");
        if (name == null || name.isEmpty()) {
            throw new Problem("<a> without a name", open.line, open.column);
        }
        Expr value = thing(open);
        swallowEnd("a");
        return new RecordExpr.Attribute(name, value);
    }

    private Expr thing(Token context) {
        Token t = require(context);
        if (!t.tag || t.kind == Kind.END) {
            throw new Problem("expected a value, found " + t.describe(), t.line, t.column);
        }
        switch (t.name) {
            case "c":
                if (t.kind != Kind.START) {
                    throw new Problem("expected an ad, found " + t.describe(), t.line, t.column);
                }
                consume();
                return adBody(t);
            case "l":
                return list();
            case "i":
            case "r":
            case "s":
                return numberOrString(t.name);
            case "b": {
                consume();
                String v = t.attributes.get("v");
                if (t.kind == Kind.START) {
                    swallowEnd("b");
                }
                return Literal.of("t".equals(v) || "T".equals(v) ? Value.TRUE : Value.FALSE);
            }
            case "un":
            case "er":
                consume();
                if (t.kind == Kind.START) {
                    swallowEnd(t.name);
                }
                return Literal.of(t.name.equals("un") ? Value.UNDEFINED : Value.ERROR);
            case "at":
            case "rt":
                return time(t.name);
            case "e":
                return expression();
            default:
                throw new Problem("unexpected " + t.describe() + " where a value belongs", t.line, t.column);
        }
    }

    private Expr list() {
        Token open = consume();
        List<Expr> elements = new ArrayList<>();
        if (open.kind == Kind.EMPTY) {
            return new ListExpr(elements, Position.NONE);
        }
        while (true) {
            Token t = require(open);
            if (t.is("l", Kind.END)) {
                consume();
                return new ListExpr(elements, Position.NONE);
            }
            if (t.tag && t.kind != Kind.END) {
                elements.add(thing(open));
            } else {
                consume();
            }
        }
    }

    /** The text inside an element just opened, or {@code null} for none. */
    private String textOf(Token open) {
        if (open.kind == Kind.EMPTY) {
            return null;
        }
        Token t = peek();
        if (t != null && !t.tag) {
            consume();
            return t.text;
        }
        return null;
    }

    private Expr numberOrString(String name) {
        Token open = consume();
        String text = textOf(open);
        Expr result;
        if (name.equals("s")) {
            if (text == null) {
                result = Literal.of(Value.ofBytes(""));
            } else {
                String s = unescape(text);
                if (s == null) {
                    throw new Problem("a string cannot contain \\0", open.line, open.column);
                }
                result = Literal.of(Value.ofBytes(s));
            }
        } else if (text == null) {
            throw new Problem("<" + name + "> without a value", open.line, open.column);
        } else if (name.equals("i")) {
            result = Literal.of(integer(text));
        } else {
            Matcher m = REAL.matcher(text);
            result = Literal.of(m.find() ? Value.of(real(m.group())) : Value.ERROR);
        }
        if (open.kind != Kind.EMPTY) {
            swallowEnd(name);
        }
        return result;
    }

    /** {@code std::from_chars} base 10: a leading {@code -}, digits, the rest ignored. */
    private static Value integer(String text) {
        int i = 0;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return Value.ERROR;
        }
        try {
            return Value.of(Long.parseLong(text.substring(0, i)));
        } catch (NumberFormatException overflow) {
            return Value.ERROR;
        }
    }

    private static double real(String lexeme) {
        String s = lexeme.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.startsWith("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    private Expr time(String name) {
        Token open = consume();
        String text = textOf(open);
        if (text == null) {
            throw new Problem("<" + name + "> without a value", open.line, open.column);
        }
        Value v;
        if (name.equals("at")) {
            TimeLiterals.AbsoluteTime t = TimeLiterals.parseAbsTime(text, parse.zone());
            if (t == null) {
                throw new Problem("bad absolute time '" + text + "'", open.line, open.column);
            }
            v = Value.absTime(t.seconds(), t.offset());
        } else {
            OptionalDouble secs = TimeLiterals.parseRelTime(text);
            if (secs.isEmpty()) {
                throw new Problem("bad relative time '" + text + "'", open.line, open.column);
            }
            v = Value.relTime(secs.getAsDouble());
        }
        if (open.kind != Kind.EMPTY) {
            swallowEnd(name);
        }
        return Literal.of(v);
    }

    private Expr expression() {
        Token open = consume();
        String text = textOf(open);
        if (text == null) {
            throw new Problem("<e> without an expression", open.line, open.column);
        }
        Expr e;
        try {
            e = ExprParser.parseExpression(text, parse, false);
        } catch (ParseException bad) {
            long[] at = shift(open.line, open.column + 3, bad.line(), bad.column());
            throw new Problem("bad expression: " + bad.reason(), at[0], (int) at[1]);
        }
        swallowEnd("e");
        return e;
    }

    private void swallowEnd(String name) {
        Token t = peek();
        if (t != null && t.is(name, Kind.END)) {
            consume();
        }
    }
}
