package org.jclassad.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jclassad.format.NestingBudget;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.io.XmlTokenizer.Kind;
import org.jclassad.io.XmlTokenizer.Problem;
import org.jclassad.io.XmlTokenizer.Token;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.text.TimeLiterals;
import org.jclassad.value.Value;

/**
 * Builds one ad from XML tokens (§6.10): {@code <c>} ads of {@code <a n="name">} attributes holding
 * {@code <i> <r> <s> <b/> <un/> <er/> <at> <rt> <l> <e> <c>}. Values are read as HTCondor reads them
 * (numbers that do not parse become {@code error}, {@code <e>} text is a non-full new-syntax parse);
 * where HTCondor gives up on an ad (an attribute without a name or value, an {@code <e>} that does
 * not parse, a {@code \0} escape) this throws a {@link Problem}. So do the inputs on which HTCondor
 * would loop forever or silently merge ads: a stray end tag or text inside a list, and a {@code <c>}
 * where an attribute belongs (an ad left unclosed), which is not consumed so that it can begin the
 * next ad. Nesting is charged to the parser's budget ({@link NestingBudget}).
 */
final class XmlAdBuilder {
    private static final Pattern REAL = Pattern.compile(
            "^[ \\t\\n\\r\\f\\u000B]*[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf(?:inity)?|nan))");

    private final XmlTokenizer tokens;
    private final ParseOptions parse;
    private final int maxChars;
    private NestingBudget budget;
    private long adStart;

    XmlAdBuilder(XmlTokenizer tokens, ParseOptions parse, int maxAdChars) {
        this.tokens = tokens;
        this.parse = parse;
        this.maxChars = maxAdChars;
    }

    /** The ad whose {@code <c>} was just consumed, up to and including its {@code </c>}. */
    RecordExpr ad(Token open) {
        budget = new NestingBudget(parse.nestingLimit());
        adStart = tokens.offset();
        charge(open);
        if (!budget.tryEnter()) {
            throw new Problem(budget.exceeded(), open.line(), open.column());
        }
        return adBody(open);
    }

    private RecordExpr adBody(Token open) {
        List<RecordExpr.Attribute> attrs = new ArrayList<>();
        while (true) {
            Token t = require(open);
            if (!t.tag()) {
                tokens.consume();
                continue;
            }
            switch (t.name()) {
                case "a":
                    if (t.kind() == Kind.INVALID) {
                        throw new Problem("bad attribute tag (a \\0 escape in its name)", t.line(), t.column());
                    }
                    if (t.kind() == Kind.START) {
                        attrs.add(attribute());
                    } else {
                        tokens.consume();
                    }
                    break;
                case "c":
                    if (t.kind() == Kind.END) {
                        tokens.consume();
                        return new RecordExpr(attrs, new Position((int) Math.min(open.line(), Integer.MAX_VALUE),
                                open.column()));
                    }
                    throw new Problem("the ad begun at " + open.line() + ":" + open.column()
                            + " is not closed before this " + t.describe(), t.line(), t.column(), true);
                case "?xml":
                case "?xml-stylesheet":
                case "!DOCTYPE":
                case "classads":
                    tokens.consume();
                    break;
                default:
                    throw new Problem("unexpected " + t.describe() + " inside an ad", t.line(), t.column());
            }
        }
    }

    private RecordExpr.Attribute attribute() {
        Token open = tokens.consume();
        String name = open.attributes().get("n");
        if (name == null || name.isEmpty()) {
            throw new Problem("<a> without a name", open.line(), open.column());
        }
        Expr value = nested(open);
        swallowEnd("a");
        return new RecordExpr.Attribute(name, value);
    }

    /** A value inside an attribute or a list: one nesting level. */
    private Expr nested(Token context) {
        Token at = require(context);
        if (!budget.tryEnter()) {
            throw new Problem(budget.exceeded(), at.line(), at.column());
        }
        Expr value = value(context);
        budget.leave();
        return value;
    }

    private Expr value(Token context) {
        Token t = require(context);
        if (!t.tag() || t.kind() == Kind.END) {
            throw new Problem("expected a value, found " + t.describe(), t.line(), t.column());
        }
        switch (t.name()) {
            case "c":
                if (t.kind() != Kind.START) {
                    throw new Problem("expected an ad, found " + t.describe(), t.line(), t.column());
                }
                tokens.consume();
                return adBody(t);
            case "l":
                return list();
            case "i":
            case "r":
            case "s":
                return numberOrString(t.name());
            case "b": {
                tokens.consume();
                String v = t.attributes().get("v");
                if (t.kind() == Kind.START) {
                    swallowEnd("b");
                }
                return Literal.of("t".equals(v) || "T".equals(v) ? Value.TRUE : Value.FALSE);
            }
            case "un":
            case "er":
                tokens.consume();
                if (t.kind() == Kind.START) {
                    swallowEnd(t.name());
                }
                return Literal.of(t.name().equals("un") ? Value.UNDEFINED : Value.ERROR);
            case "at":
            case "rt":
                return time(t.name());
            case "e":
                return expression();
            default:
                throw new Problem("unexpected " + t.describe() + " where a value belongs", t.line(), t.column());
        }
    }

    private Expr list() {
        Token open = tokens.consume();
        List<Expr> elements = new ArrayList<>();
        if (open.kind() == Kind.EMPTY) {
            return new ListExpr(elements, Position.NONE);
        }
        while (true) {
            Token t = require(open);
            if (t.is("l", Kind.END)) {
                tokens.consume();
                return new ListExpr(elements, Position.NONE);
            }
            if (!t.tag() || t.kind() == Kind.END) {
                throw new Problem("the list begun at " + open.line() + ":" + open.column()
                        + " is not closed before this " + t.describe(), t.line(), t.column());
            }
            elements.add(nested(open));
        }
    }

    /** The text inside an element just opened, or {@code null} for none. */
    private String textOf(Token open) {
        if (open.kind() == Kind.EMPTY) {
            return null;
        }
        Token t = tokens.peek();
        if (t != null && !t.tag()) {
            tokens.consume();
            return t.text();
        }
        return null;
    }

    private Expr numberOrString(String name) {
        Token open = tokens.consume();
        String text = textOf(open);
        Expr result;
        if (name.equals("s")) {
            if (text == null) {
                result = Literal.of(Value.ofBytes(""));
            } else {
                String s = XmlText.unescape(text);
                if (s == null) {
                    throw new Problem("a string cannot contain \\0", open.line(), open.column());
                }
                result = Literal.of(Value.ofBytes(s));
            }
        } else if (text == null) {
            throw new Problem("<" + name + "> without a value", open.line(), open.column());
        } else if (name.equals("i")) {
            result = Literal.of(integer(text));
        } else {
            Matcher m = REAL.matcher(text);
            result = Literal.of(m.find() ? Value.of(real(m.group())) : Value.ERROR);
        }
        if (open.kind() != Kind.EMPTY) {
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
        String lower = s.toLowerCase(Locale.ROOT);
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
        Token open = tokens.consume();
        String text = textOf(open);
        if (text == null) {
            throw new Problem("<" + name + "> without a value", open.line(), open.column());
        }
        Value v;
        if (name.equals("at")) {
            TimeLiterals.AbsoluteTime t = TimeLiterals.parseAbsTime(text, parse.zone());
            if (t == null) {
                throw new Problem("bad absolute time '" + excerpt(text) + "'", open.line(), open.column());
            }
            v = Value.absTime(t.seconds(), t.offset());
        } else {
            OptionalDouble secs = TimeLiterals.parseRelTime(text);
            if (secs.isEmpty()) {
                throw new Problem("bad relative time '" + excerpt(text) + "'", open.line(), open.column());
            }
            v = Value.relTime(secs.getAsDouble());
        }
        if (open.kind() != Kind.EMPTY) {
            swallowEnd(name);
        }
        return Literal.of(v);
    }

    private Expr expression() {
        Token open = tokens.consume();
        String text = textOf(open);
        if (text == null) {
            throw new Problem("<e> without an expression", open.line(), open.column());
        }
        Expr e;
        try {
            e = ExprParser.parseExpression(text, parse, Reading.PREFIX);
        } catch (ParseException bad) {
            long[] at = AdStreamReader.shift(open.line(), open.column() + 3, bad.line(), bad.column());
            throw new Problem("bad expression: " + bad.reason(), at[0], (int) at[1]);
        }
        swallowEnd("e");
        return e;
    }

    private void swallowEnd(String name) {
        Token t = tokens.peek();
        if (t != null && t.is(name, Kind.END)) {
            tokens.consume();
        }
    }

    /** The next token inside an element; its end, or the ad growing past the size limit, is a problem. */
    private Token require(Token context) {
        Token t = tokens.peek();
        if (t == null) {
            throw new Problem("unexpected end of input inside the ad", context.line(), context.column());
        }
        charge(t);
        return t;
    }

    private void charge(Token t) {
        if (tokens.offset() - adStart > maxChars) {
            throw new Problem("ad longer than " + maxChars + " characters (AdStreamOptions.maxAdChars)",
                    t.line(), t.column());
        }
    }

    private static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
