package org.jclassad.format;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Planner;
import org.jclassad.grammar.ClassAdLexer;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.parser.StringLiterals;
import org.jclassad.text.CNumbers;
import org.jclassad.value.Value;

/**
 * Reads HTCondor's JSON form of an ad (§6.9): an object whose values are JSON values, with strings
 * of the form {@code "\/Expr(...)\/"} holding new-syntax expressions. Input is a byte string.
 *
 * <p>HTCondor reads JSON with its ClassAd lexer, so the tokens here come from the grammar's lexer
 * too: comments are skipped, adjacent strings are joined, numbers follow ClassAd's rules (a leading
 * zero is an error, {@code .5} is a number) and {@code true}, {@code false} and {@code null} are
 * case-insensitive. Members must be separated by commas (extra commas are tolerated), list
 * elements by exactly one. Nesting is charged to the parser's budget ({@link NestingBudget}).
 */
public final class JsonReader {
    private final ClassAdLexer lexer;
    private final ParseOptions options;
    private final NestingBudget budget;
    private Token peeked;

    private JsonReader(String text, ParseOptions options) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            text = text.substring(0, nul);
        }
        if (text.length() > options.maxChars()) {
            throw new ParseException("JSON text of " + text.length() + " characters is longer than the limit of "
                    + options.maxChars() + " (ParseOptions.maxChars)", 1, 1);
        }
        this.lexer = new ClassAdLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        this.options = options;
        this.budget = new NestingBudget(options.nestingLimit());
    }

    /** Reads one JSON ad; nothing but white space and comments may follow it. */
    public static ClassAd parseAd(String text, ParseOptions options) {
        return ClassAdAccess.fromRecord(parseRecord(text, options), new Planner(FunctionRegistry.global()));
    }

    /** {@link #parseAd} without planning: the ad as an expression tree. */
    public static RecordExpr parseRecord(String text, ParseOptions options) {
        JsonReader r = new JsonReader(text, options);
        Token first = r.peek();
        if (first.getType() != ClassAdLexer.LBRACE) {
            throw error(first, "a JSON ad must start with '{'");
        }
        r.budget.enter(first.getLine(), first.getCharPositionInLine() + 1);
        RecordExpr record = r.object();
        Token rest = r.next();
        if (rest.getType() != Token.EOF) {
            throw error(rest, "unexpected " + describe(rest) + " after the ad");
        }
        return record;
    }

    // ------------------------------------------------------------------ structure

    /** An object; the next token is its <code>{</code>. */
    private RecordExpr object() {
        next();
        List<RecordExpr.Attribute> attrs = new ArrayList<>();
        Token t = peek();
        boolean afterComma = false;
        while (t.getType() != ClassAdLexer.RBRACE || afterComma) {
            t = next();
            if (t.getType() == ClassAdLexer.COMMA) {
                // HTCondor skips commas before a member; "{ , }" is still an error (a name is due)
                afterComma = true;
                continue;
            }
            afterComma = false;
            if (t.getType() != ClassAdLexer.STRING) {
                throw error(t, "expected a quoted attribute name, found " + describe(t));
            }
            String name = decode(t).text;
            if (name.isEmpty()) {
                throw error(t, "an attribute name cannot be empty");
            }
            Token colon = next();
            if (colon.getType() != ClassAdLexer.COLON) {
                throw error(colon, "expected ':' after an attribute name, found " + describe(colon));
            }
            attrs.add(new RecordExpr.Attribute(name, nestedValue()));
            t = peek();
            if (t.getType() != ClassAdLexer.COMMA && t.getType() != ClassAdLexer.RBRACE) {
                throw error(t, "expected ',' or '}' after a member, found " + describe(t));
            }
            while (t.getType() == ClassAdLexer.COMMA) {
                next();
                t = peek();
            }
        }
        next();
        return new RecordExpr(attrs, Position.NONE);
    }

    /** A value inside an object or a list: one nesting level. */
    private Expr nestedValue() {
        Token at = peek();
        budget.enter(at.getLine(), at.getCharPositionInLine() + 1);
        Expr value = value();
        budget.leave();
        return value;
    }

    private Expr value() {
        Token t = peek();
        switch (t.getType()) {
            case ClassAdLexer.LBRACE:
                return object();
            case ClassAdLexer.LBRACK:
                return list();
            case ClassAdLexer.STRING:
                next();
                return string(t);
            case ClassAdLexer.INTEGER:
                next();
                if (t.getText().length() > 1 && t.getText().charAt(0) == '0') {
                    throw error(t, "a JSON number cannot have a leading zero: " + t.getText());
                }
                return Literal.of(Value.of(CNumbers.integerValue(t.getText())));
            case ClassAdLexer.REAL:
                next();
                return Literal.of(Value.of(CNumbers.realValue(t.getText())));
            case ClassAdLexer.TRUE:
                next();
                return Literal.of(Value.TRUE);
            case ClassAdLexer.FALSE:
                next();
                return Literal.of(Value.FALSE);
            case ClassAdLexer.NAME:
                if (t.getText().equalsIgnoreCase("null")) {
                    next();
                    return Literal.of(Value.UNDEFINED);
                }
                throw error(t, "expected a JSON value, found " + describe(t));
            default:
                throw error(t, "expected a JSON value, found " + describe(t));
        }
    }

    /** A list; the next token is its {@code [}. */
    private Expr list() {
        next();
        List<Expr> elements = new ArrayList<>();
        Token t = peek();
        boolean afterComma = false;
        while (t.getType() != ClassAdLexer.RBRACK || afterComma) {
            elements.add(nestedValue());
            t = peek();
            afterComma = t.getType() == ClassAdLexer.COMMA;
            if (afterComma) {
                next();
            } else if (t.getType() != ClassAdLexer.RBRACK) {
                throw error(t, "expected ',' or ']' in a list, found " + describe(t));
            }
        }
        next();
        return new ListExpr(elements, Position.NONE);
    }

    private Expr string(Token t) {
        Decoded s = decode(t);
        String text = s.text;
        if (s.quotedExpression && text.length() >= 8 && text.regionMatches(true, 0, "/Expr(", 0, 6)
                && text.endsWith(")/")) {
            String inner = text.substring(6, text.length() - 2);
            try {
                return ExprParser.parseExpression(inner, options.withOldSyntax(false), Reading.WHOLE);
            } catch (ParseException e) {
                throw error(t, "bad expression in JSON string: " + e.reason());
            }
        }
        return Literal.of(Value.ofBytes(text));
    }

    // ------------------------------------------------------------------ strings

    private record Decoded(String text, boolean quotedExpression) {
    }

    /**
     * A string token's bodies joined and decoded. The raw text marks an expression when it starts
     * and ends with {@code \/}.
     */
    private static Decoded decode(Token t) {
        String raw = StringLiterals.joinQuotedBodies(t.getText(), '"');
        int n = raw.length();
        boolean quoted = n >= 4 && raw.startsWith("\\/") && raw.endsWith("\\/");
        String text = unescape(raw);
        if (text == null) {
            throw error(t, "bad escape in a JSON string (a \\u escape needs four hex digits and cannot be 0)");
        }
        return new Decoded(text, quoted);
    }

    /**
     * JSON escapes as HTCondor 25.x decodes them; {@code null} for a malformed or NUL {@code \\u}
     * escape. {@code \\uXXXX} at or above U+0080 is turned into bytes by HTCondor's faulty UTF-8
     * encoder (constants written as if binary); we reproduce its bytes, as recorded from real
     * HTCondor (see docs/deviations.md).
     */
    public static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
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
                        return null;
                    }
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int digit = hexDigit(raw.charAt(i + k));
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    i += 4;
                    if (code == 0) {
                        return null;
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

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // ------------------------------------------------------------------ tokens

    private Token peek() {
        if (peeked == null) {
            peeked = lexer.nextToken();
        }
        return peeked;
    }

    private Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    private static String describe(Token t) {
        switch (t.getType()) {
            case Token.EOF:
                return "the end of the text";
            case ClassAdLexer.BAD_STRING:
                return "an unterminated string";
            case ClassAdLexer.BAD_COMMENT:
                return "an unterminated comment";
            case ClassAdLexer.BAD_NUMBER:
                return "a malformed number";
            default:
                String text = t.getText();
                return "'" + (text.length() > 20 ? text.substring(0, 17) + "..." : text) + "'";
        }
    }

    private static ParseException error(Token t, String reason) {
        return new ParseException(reason, t.getLine(), t.getCharPositionInLine() + 1);
    }
}
