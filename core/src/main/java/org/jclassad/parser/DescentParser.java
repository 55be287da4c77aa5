package org.jclassad.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.antlr.v4.runtime.Token;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.grammar.ClassAdLexer;
import org.jclassad.text.CNumbers;
import org.jclassad.text.TimeLiterals;
import org.jclassad.value.Value;

/**
 * A hand-written recursive-descent reading of {@code ClassAdParser.g4}, for speed: ANTLR's
 * adaptive prediction costs more than the rest of reading an ad. The grammar remains the
 * definition of the language. This reads a text only when it can give the very tree
 * {@link AstBuilder} builds from the grammar's parse (positions included) and otherwise says
 * so, by returning {@code null}: on any syntax error, on any token {@link DescentLexer} leaves
 * to the grammar, and past the nesting budget. The grammar then reads the text and reports
 * errors as always. The one exception is a text that is not an ad because its first token is
 * not {@code [}, or the token after that {@code [} cannot start an ad's body: the grammar
 * decides these by matching that one token, so this reports the grammar's very error itself.
 *
 * <p>Why the trees agree: at each of the grammar's decisions this takes the first alternative
 * that the next token allows (enter a loop, take the optional part, a call when a name is followed
 * by {@code (}). Where that choice later fails, this gives up; where it succeeds, the first
 * alternative was viable, and the grammar's prediction resolves between viable alternatives in
 * favour of the first. Property tests hold the two readings to equal results on generated text.
 */
final class DescentParser {
    /** Deeper nesting budgets are left to the grammar (this parser recurses per level, like the grammar). */
    private static final int MAX_NESTING_LIMIT = 1000;
    /** Positions on the first line, shared (cached trees of a million ads hold many). */
    private static final Position[] FIRST_LINE = new Position[256];

    static {
        for (int i = 0; i < FIRST_LINE.length; i++) {
            FIRST_LINE[i] = new Position(1, i + 1);
        }
    }

    private final DescentLexer lexer;
    private final ParseOptions options;
    private int nesting;

    private DescentParser(String text, ParseOptions options) {
        this.lexer = new DescentLexer(text, options.oldSyntax());
        this.options = options;
    }

    /** An expression read from the start of a text, and where the first token after it begins. */
    record Result(Expr expr, int end, boolean atEnd) {
    }

    /**
     * The grammar's {@code expressionStart} over {@code text} (already cut at a NUL and within
     * {@code options.maxChars()}), or {@code null} to say "let the grammar read it".
     */
    static Result expression(String text, ParseOptions options) {
        if (options.nestingLimit() > MAX_NESTING_LIMIT) {
            return null;
        }
        DescentParser p = new DescentParser(text, options);
        try {
            p.lexer.next();
            Expr e = p.nested();
            return new Result(e, p.lexer.start, p.lexer.type == Token.EOF);
        } catch (DescentLexer.Unhandled unhandled) {
            return null;
        }
    }

    /** The grammar's {@code classadStart} (an ad literal) over {@code text}, or {@code null}. */
    static Result record(String text, ParseOptions options) {
        if (options.nestingLimit() > MAX_NESTING_LIMIT) {
            return null;
        }
        DescentParser p = new DescentParser(text, options);
        try {
            p.lexer.next();
            p.enter(3);
            if (p.lexer.type != ClassAdLexer.LBRACK) {
                throw p.mismatch();
            }
            Expr e = p.record(true);
            return new Result(e, p.lexer.start, p.lexer.type == Token.EOF);
        } catch (DescentLexer.Unhandled unhandled) {
            return null;
        }
    }

    // ------------------------------------------------------------------ tokens

    private int type() {
        return lexer.type;
    }

    private Position position() {
        int line = lexer.tokenLine;
        int column = lexer.column;
        if (line == 1 && column < FIRST_LINE.length) {
            return FIRST_LINE[column];
        }
        return new Position(line, column + 1);
    }

    private void expect(int type) {
        if (lexer.type != type) {
            throw DescentLexer.unhandled();
        }
        lexer.next();
    }

    private String name() {
        if (lexer.type != ClassAdLexer.NAME) {
            throw DescentLexer.unhandled(); // quoted names, keywords: the grammar decides
        }
        String name = lexer.text();
        lexer.next();
        return name;
    }

    /**
     * The grammar's error where it matches one expected token and finds the current one instead:
     * certain wherever the grammar decides by the next token alone, with no prediction (the first
     * token of an ad, and the one after its {@code [}). A one-shot caller asking "is this text an
     * ad?" then gets the grammar's answer without loading it.
     */
    private ParseException mismatch() {
        String what = type() == Token.EOF ? "end of input" : ExprParser.quoted(lexer.text());
        return new ParseException("unexpected " + what, lexer.tokenLine, lexer.column + 1);
    }

    /** The grammar's nesting budget ({@code ClassAdParserBase.enter}). */
    private void enter(int cost) {
        nesting += cost;
        if (nesting > options.nestingLimit()) {
            throw DescentLexer.unhandled();
        }
    }

    private void leave(int cost) {
        nesting -= cost;
    }

    // ------------------------------------------------------------------ rules

    /** {@code nested : expr} at a cost of 3. */
    private Expr nested() {
        enter(3);
        Expr e = expr();
        leave(3);
        return e;
    }

    /** {@code expr : orExpr ( ? branch : branch )?}, each branch at a cost of 1. */
    private Expr expr() {
        Position at = position();
        Expr condition = binary(0);
        if (type() != ClassAdLexer.QMARK) {
            return condition;
        }
        lexer.next();
        enter(1);
        Expr whenTrue = expr();
        leave(1);
        expect(ClassAdLexer.COLON);
        enter(1);
        Expr whenFalse = expr();
        leave(1);
        return new Conditional(condition, whenTrue, whenFalse, at);
    }

    /** The binary operator's precedence level (0 for {@code ||} ... 9 for {@code *}), or -1. */
    private static int level(int type) {
        switch (type) {
            case ClassAdLexer.OROR: return 0;
            case ClassAdLexer.ANDAND: return 1;
            case ClassAdLexer.BAR: return 2;
            case ClassAdLexer.CARET: return 3;
            case ClassAdLexer.AMP: return 4;
            case ClassAdLexer.EQ:
            case ClassAdLexer.NE:
            case ClassAdLexer.META_EQ:
            case ClassAdLexer.IS:
            case ClassAdLexer.META_NE:
            case ClassAdLexer.ISNT: return 5;
            case ClassAdLexer.LT:
            case ClassAdLexer.LE:
            case ClassAdLexer.GT:
            case ClassAdLexer.GE: return 6;
            case ClassAdLexer.SHL:
            case ClassAdLexer.SHR:
            case ClassAdLexer.USHR: return 7;
            case ClassAdLexer.PLUS:
            case ClassAdLexer.MINUS: return 8;
            case ClassAdLexer.STAR:
            case ClassAdLexer.SLASH:
            case ClassAdLexer.PERCENT: return 9;
            default: return -1;
        }
    }

    /**
     * The chains {@code orExpr} ... {@code mulExpr} by precedence climbing: operators of level
     * {@code minLevel} and tighter, each level left-associative, as the grammar's
     * {@code x ( op x )*} rules fold them.
     */
    private Expr binary(int minLevel) {
        Expr left = unary();
        while (true) {
            int level = level(type());
            if (level < minLevel) {
                return left;
            }
            Operator op = operator(type());
            lexer.next();
            Expr right = binary(level + 1);
            left = new BinaryOp(op, left, right, left.position());
        }
    }

    /** {@code unaryExpr}: prefix operators (each at a cost of 1) before a {@code postfixExpr}. */
    private Expr unary() {
        Operator[] ops = null;
        Position[] at = null;
        int count = 0;
        while (true) {
            Operator op = prefix(type());
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new Operator[4];
                at = new Position[4];
            } else if (count == ops.length) {
                ops = java.util.Arrays.copyOf(ops, count * 2);
                at = java.util.Arrays.copyOf(at, count * 2);
            }
            ops[count] = op;
            at[count] = position();
            count++;
            lexer.next();
            enter(1);
        }
        Expr e = postfix();
        for (int i = count - 1; i >= 0; i--) {
            e = new UnaryOp(ops[i], e, at[i]);
            leave(1);
        }
        return e;
    }

    private static Operator prefix(int type) {
        switch (type) {
            case ClassAdLexer.MINUS: return Operator.NEGATE;
            case ClassAdLexer.PLUS: return Operator.PLUS;
            case ClassAdLexer.BANG: return Operator.NOT;
            case ClassAdLexer.TILDE: return Operator.BITWISE_NOT;
            default: return null;
        }
    }

    /** {@code postfixExpr : primary ( .name | [nested] )* ( ?: postfixExpr )?}, the elvis operand at a cost of 1. */
    private Expr postfix() {
        Expr e = primary();
        while (true) {
            if (type() == ClassAdLexer.DOT) {
                lexer.next();
                e = new Selection(e, name(), e.position());
            } else if (type() == ClassAdLexer.LBRACK) {
                lexer.next();
                Expr index = nested();
                expect(ClassAdLexer.RBRACK);
                e = new BinaryOp(Operator.SUBSCRIPT, e, index, e.position());
            } else {
                break;
            }
        }
        if (type() == ClassAdLexer.ELVIS) {
            lexer.next();
            enter(1);
            Expr fallback = postfix();
            leave(1);
            e = new BinaryOp(Operator.ELVIS, e, fallback, e.position());
        }
        return e;
    }

    private Expr primary() {
        Position at = position();
        switch (type()) {
            case ClassAdLexer.NAME: {
                if (lexer.nextIsOpenParen()) {
                    return call(at);
                }
                return new AttributeRef(name(), false, at);
            }
            case ClassAdLexer.DOT:
                lexer.next();
                return new AttributeRef(name(), true, at);
            case ClassAdLexer.LPAREN: {
                lexer.next();
                Expr inner = nested();
                expect(ClassAdLexer.RPAREN);
                return new UnaryOp(Operator.PARENTHESES, inner, at);
            }
            case ClassAdLexer.LBRACK:
                return record(false);
            case ClassAdLexer.LBRACE:
                return list(at);
            default:
                return literal(at);
        }
    }

    /** {@code LBRACE ( nested ( , nested )* )? RBRACE}. */
    private Expr list(Position at) {
        lexer.next();
        List<Expr> elements = new ArrayList<>();
        if (type() != ClassAdLexer.RBRACE) {
            elements.add(nested());
            while (type() == ClassAdLexer.COMMA) {
                lexer.next();
                elements.add(nested());
            }
        }
        expect(ClassAdLexer.RBRACE);
        return new ListExpr(elements, at);
    }

    /**
     * {@code name argList}; {@code absTime("...")} and {@code relTime("...")} with one string
     * token as the argument are folded to their values, as {@link AstBuilder} folds them.
     */
    private Expr call(Position at) {
        int nameIndex = lexer.index;
        String name = name();
        expect(ClassAdLexer.LPAREN);
        List<Expr> args = new ArrayList<>(4);
        if (type() != ClassAdLexer.RPAREN) {
            args.add(nested());
            while (type() == ClassAdLexer.COMMA || type() == ClassAdLexer.SEMI && options.compat()) {
                lexer.next();
                args.add(nested());
            }
        }
        int closeIndex = lexer.index;
        expect(ClassAdLexer.RPAREN);
        boolean oneStringToken = args.size() == 1 && closeIndex - nameIndex == 3
                && args.get(0) instanceof Literal literal && literal.value().isString();
        if (oneStringToken && (name.equalsIgnoreCase("absTime") || name.equalsIgnoreCase("relTime"))) {
            String text = ((org.jclassad.value.StringValue) ((Literal) args.get(0)).value()).bytes();
            if (name.equalsIgnoreCase("absTime")) {
                TimeLiterals.AbsoluteTime t = TimeLiterals.parseAbsTime(text, options.zone());
                if (t == null) {
                    throw DescentLexer.unhandled();
                }
                return new Literal(Value.absTime(t.seconds(), t.offset()), at);
            }
            OptionalDouble seconds = TimeLiterals.parseRelTime(text);
            if (seconds.isEmpty()) {
                throw DescentLexer.unhandled();
            }
            return new Literal(Value.relTime(seconds.getAsDouble()), at);
        }
        return new FunctionCall(name, args, at);
    }

    /**
     * {@code classad : [ ( ;* attrDef ( ; attrDef? )* )? ]} with {@code attrDef : name = nested};
     * {@code whole} when the ad is the whole text ({@code classadStart}).
     */
    private Expr record(boolean whole) {
        Position at = position();
        lexer.next();
        List<RecordExpr.Attribute> attributes = new ArrayList<>();
        if (type() != ClassAdLexer.RBRACK && type() != ClassAdLexer.SEMI && type() != ClassAdLexer.NAME) {
            // quoted names are left to the grammar by the lexer; nothing else can follow '['
            // (certain for a whole ad; inside an expression, prediction may name another token)
            throw whole ? mismatch() : DescentLexer.unhandled();
        }
        if (type() != ClassAdLexer.RBRACK) {
            while (type() == ClassAdLexer.SEMI) {
                lexer.next();
            }
            attributes.add(attributeDefinition());
            while (type() == ClassAdLexer.SEMI) {
                lexer.next();
                if (type() == ClassAdLexer.NAME) {
                    attributes.add(attributeDefinition());
                }
            }
        }
        expect(ClassAdLexer.RBRACK);
        return new RecordExpr(attributes, at);
    }

    private RecordExpr.Attribute attributeDefinition() {
        String name = name();
        expect(ClassAdLexer.ASSIGN);
        return new RecordExpr.Attribute(name, nested());
    }

    /** {@code literal}, with the values {@link AstBuilder} gives the literal tokens. */
    private Expr literal(Position at) {
        Value v;
        switch (type()) {
            case ClassAdLexer.INTEGER:
                v = Value.of(CNumbers.integerValue(lexer.text()));
                break;
            case ClassAdLexer.REAL:
                v = Value.of(CNumbers.realValue(lexer.text()));
                break;
            case ClassAdLexer.STRING:
                v = Value.ofBytes(lexer.plainString ? body() : newSyntaxString());
                break;
            case ClassAdLexer.OLD_STRING:
                v = Value.ofBytes(lexer.plainString ? body() : StringLiterals.oldSyntaxBody(lexer.text(), '"'));
                break;
            case ClassAdLexer.TRUE:
                v = Value.TRUE;
                break;
            case ClassAdLexer.FALSE:
                v = Value.FALSE;
                break;
            case ClassAdLexer.UNDEFINED:
                v = Value.UNDEFINED;
                break;
            case ClassAdLexer.ERROR:
                v = Value.ERROR;
                break;
            default:
                throw DescentLexer.unhandled(); // not the start of an operand: a syntax error
        }
        lexer.next();
        return new Literal(v, at);
    }

    /** The text between a string token's quotes. */
    private String body() {
        String text = lexer.text();
        return text.substring(1, text.length() - 1);
    }

    private String newSyntaxString() {
        try {
            return StringLiterals.unescape(StringLiterals.joinQuotedBodies(lexer.text(), '"'));
        } catch (StringLiterals.BadEscape e) {
            throw DescentLexer.unhandled();
        }
    }

    /**
     * The binary operator a token type stands for (the grammar's operator tokens; anything else
     * is {@code %}). Shared with {@link AstBuilder}; kept here, away from ANTLR's classes, so that
     * the hand-written reading loads none of them.
     */
    static Operator operator(int type) {
        switch (type) {
            case ClassAdLexer.OROR: return Operator.OR;
            case ClassAdLexer.ANDAND: return Operator.AND;
            case ClassAdLexer.BAR: return Operator.BITWISE_OR;
            case ClassAdLexer.CARET: return Operator.BITWISE_XOR;
            case ClassAdLexer.AMP: return Operator.BITWISE_AND;
            case ClassAdLexer.EQ: return Operator.EQUAL;
            case ClassAdLexer.NE: return Operator.NOT_EQUAL;
            case ClassAdLexer.META_EQ:
            case ClassAdLexer.IS: return Operator.IS;
            case ClassAdLexer.META_NE:
            case ClassAdLexer.ISNT: return Operator.ISNT;
            case ClassAdLexer.LT: return Operator.LESS;
            case ClassAdLexer.LE: return Operator.LESS_OR_EQUAL;
            case ClassAdLexer.GT: return Operator.GREATER;
            case ClassAdLexer.GE: return Operator.GREATER_OR_EQUAL;
            case ClassAdLexer.SHL: return Operator.SHIFT_LEFT;
            case ClassAdLexer.SHR: return Operator.SHIFT_RIGHT;
            case ClassAdLexer.USHR: return Operator.UNSIGNED_SHIFT_RIGHT;
            case ClassAdLexer.PLUS: return Operator.ADD;
            case ClassAdLexer.MINUS: return Operator.SUBTRACT;
            case ClassAdLexer.STAR: return Operator.MULTIPLY;
            case ClassAdLexer.SLASH: return Operator.DIVIDE;
            default: return Operator.MODULUS;
        }
    }
}
