package org.jclassad.io;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.value.Value;

/**
 * Reads HTCondor's JSON form of an ad: an object whose values are JSON values, with strings of
 * the form {@code "\/Expr(...)\/"} holding new-syntax expressions. Input is a byte string.
 */
public final class JsonReader {
    private final String text;
    private final ParseOptions options;
    private int pos;

    private JsonReader(String text, ParseOptions options) {
        this.text = text;
        this.options = options;
    }

    public static ClassAd parseAd(String text, ParseOptions options) {
        JsonReader r = new JsonReader(text, options);
        r.skipSpace();
        if (r.peek() != '{') {
            throw r.error("a JSON ad must start with '{'");
        }
        RecordExpr record = r.object();
        r.skipSpace();
        if (r.pos < r.text.length()) {
            throw r.error("unexpected text after the ad");
        }
        return ClassAd.fromRecord(record, new org.jclassad.eval.Planner(
                org.jclassad.eval.FunctionRegistry.global()));
    }

    private RecordExpr object() {
        Position at = position();
        pos++;
        List<RecordExpr.Attribute> attrs = new ArrayList<>();
        while (true) {
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '}') {
                pos++;
                return new RecordExpr(attrs, at);
            }
            if (c != '"') {
                throw error("expected a quoted attribute name");
            }
            String name = string()[0];
            if (name.isEmpty()) {
                throw error("an attribute name cannot be empty");
            }
            skipSpace();
            if (peek() != ':') {
                throw error("expected ':' after an attribute name");
            }
            pos++;
            skipSpace();
            attrs.add(new RecordExpr.Attribute(name, value()));
        }
    }

    private Expr value() {
        Position at = position();
        char c = peek();
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            pos++;
            List<Expr> elements = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return new ListExpr(elements, at);
                }
                if (!elements.isEmpty()) {
                    if (peek() != ',') {
                        throw error("expected ',' or ']' in a list");
                    }
                    pos++;
                    skipSpace();
                }
                elements.add(value());
            }
        }
        if (c == '"') {
            int stringStart = pos;
            String[] s = string();
            String decoded = s[0];
            boolean escaped = s[1] != null;
            if (escaped && decoded.length() >= 7 && decoded.regionMatches(true, 0, "/Expr(", 0, 6)
                    && decoded.endsWith(")/")) {
                String inner = decoded.substring(6, decoded.length() - 2);
                try {
                    return ExprParser.parseExpression(inner, options.withOldSyntax(false), true);
                } catch (ParseException e) {
                    pos = stringStart;
                    throw error("bad expression in JSON string: " + e.reason());
                }
            }
            return new Literal(Value.ofBytes(decoded), at);
        }
        if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            return number(at);
        }
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equalsIgnoreCase("true")) {
            return new Literal(Value.TRUE, at);
        }
        if (word.equalsIgnoreCase("false")) {
            return new Literal(Value.FALSE, at);
        }
        if (word.equals("null")) {
            return new Literal(Value.UNDEFINED, at);
        }
        pos = start;
        throw error("expected a JSON value");
    }

    private Expr number(Position at) {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digitsStart = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digitsStart && !(pos < text.length() && text.charAt(pos) == '.')) {
            throw error("expected digits");
        }
        if (pos > digitsStart && text.charAt(digitsStart) == '0' && pos - digitsStart > 1) {
            throw error("a JSON number cannot have a leading zero");
        }
        boolean real = false;
        if (pos < text.length() && text.charAt(pos) == '.') {
            real = true;
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            real = true;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String lexeme = text.substring(start, pos);
        try {
            if (real) {
                return new Literal(Value.of(Double.parseDouble(lexeme)), at);
            }
            return new Literal(Value.of(Long.parseLong(lexeme)), at);
        } catch (NumberFormatException e) {
            if (!real) {
                return new Literal(Value.of(0L), at);
            }
            throw error("bad number " + lexeme);
        }
    }

    /**
     * Reads a JSON string. Returns the decoded bytes and, as second element, non-null if the raw
     * text had the {@code \/...\/} form HTCondor uses for expressions.
     */
    private String[] string() {
        int start = ++pos;
        boolean oddBackslashes = false;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"' && !oddBackslashes) {
                break;
            }
            oddBackslashes = c == '\\' && !oddBackslashes;
            pos++;
        }
        String raw = text.substring(start, pos);
        pos++;
        int n = raw.length();
        boolean quotedExpr = n >= 4 && raw.startsWith("\\/") && raw.endsWith("\\/");
        return new String[] {unescape(raw), quotedExpr ? "expression" : null};
    }

    /**
     * JSON escapes as HTCondor 25.x decodes them. {@code \\uXXXX} at or above U+0080 is turned into
     * bytes by HTCondor's faulty UTF-8 encoder (constants written as if binary); we reproduce
     * its bytes, as recorded from real HTCondor (see docs/deviations.md).
     */
    private String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i == n - 1) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u': {
                    if (i + 4 >= n) {
                        throw error("bad \\u escape");
                    }
                    int code;
                    try {
                        code = Integer.parseInt(raw.substring(i + 1, i + 5), 16);
                    } catch (NumberFormatException bad) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                    if (code == 0) {
                        throw error("a string cannot contain a NUL byte");
                    }
                    if (code >= 0x800) {
                        out.append((char) ((0x11100000 | (code >> 12)) & 0xFF));
                        out.append((char) ((0x10000000 | ((code >> 6) | 0x00111111)) & 0xFF));
                        out.append((char) ((0x10000000 | (code | 0x00111111)) & 0xFF));
                    } else if (code >= 0x80) {
                        out.append((char) ((0x11000000 | (code >> 6)) & 0xFF));
                        out.append((char) ((0x10000000 | (code & 0x00111111)) & 0xFF));
                    } else {
                        out.append((char) code);
                    }
                    break;
                }
                default:
                    out.append(e);
            }
        }
        return out.toString();
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                pos++;
            } else {
                break;
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of JSON");
        }
        return text.charAt(pos);
    }

    /** Positions are only worked out for error messages; tree nodes do not carry them. */
    private Position position() {
        return Position.NONE;
    }

    private Position errorPosition() {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Position(line, col);
    }

    private ParseException error(String reason) {
        Position p = errorPosition();
        return new ParseException(reason, p.line(), p.column());
    }
}
