package org.jclassad.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
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
import org.jclassad.grammar.ClassAdParser;
import org.jclassad.text.CNumbers;
import org.jclassad.text.TimeLiterals;
import org.jclassad.value.Value;

/**
 * The plain reference for {@link AstBuilder}: builds the AST by walking the whole parse tree ANTLR
 * keeps when asked to, the way the parser worked before it built the AST while parsing. Tests
 * hold the two to the same trees; it is not fit for large input (the tree costs about a
 * kilobyte per input byte).
 */
final class ParseTreeAstBuilder {
    private final ParseOptions options;

    ParseTreeAstBuilder(ParseOptions options) {
        this.options = options;
    }

    /** A full parse (the input must end after the expression, or after a top-level conditional). */
    static Expr parseExpression(String text, ParseOptions options) {
        ClassAdParser parser = parser(text, options);
        Expr e;
        try {
            e = new ParseTreeAstBuilder(options).expression(parser.expressionStart());
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException
                | org.jclassad.grammar.ClassAdParserBase.NestingLimitException bad) {
            throw new ParseException("rejected by the grammar", 1, 1);
        }
        Token next = parser.getCurrentToken();
        if (next.getType() != Token.EOF && !(e instanceof org.jclassad.ast.Conditional)) {
            throw error(next, "unexpected text after the expression");
        }
        return e;
    }

    private static ClassAdParser parser(String text, ParseOptions options) {
        org.jclassad.grammar.ClassAdLexer lexer = new org.jclassad.grammar.ClassAdLexer(
                org.antlr.v4.runtime.CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.setOldSyntax(options.oldSyntax());
        ClassAdParser parser = new ClassAdParser(new org.antlr.v4.runtime.CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        parser.setNestingLimit(options.nestingLimit());
        parser.setSemicolonArguments(options.compat());
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.LL);
        return parser;
    }

    Expr expression(ClassAdParser.ExpressionStartContext ctx) {
        return nested(ctx.nested());
    }

    RecordExpr record(ClassAdParser.ClassadContext ctx) {
        List<RecordExpr.Attribute> attributes = new ArrayList<>();
        for (ClassAdParser.AttrDefContext def : ctx.attrDef()) {
            String name = name(def.name());
            if (name.isEmpty()) {
                throw error(def.name().getStart(), "an attribute name cannot be empty");
            }
            attributes.add(new RecordExpr.Attribute(name, nested(def.nested())));
        }
        return new RecordExpr(attributes, pos(ctx.getStart()));
    }

    private Expr nested(ClassAdParser.NestedContext ctx) {
        return expr(ctx.expr());
    }

    private Expr expr(ClassAdParser.ExprContext ctx) {
        Expr condition = binary(ctx.orExpr());
        if (ctx.QMARK() == null) {
            return condition;
        }
        return new Conditional(condition, expr(ctx.branch(0).expr()), expr(ctx.branch(1).expr()),
                pos(ctx.getStart()));
    }

    /** Folds a left-associative chain {@code a op b op c} without recursion on its length. */
    private Expr binary(ParserRuleContext ctx) {
        int n = ctx.getChildCount();
        Expr left = operand(ctx.getChild(0));
        for (int i = 1; i + 1 < n; i += 2) {
            Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
            Expr right = operand(ctx.getChild(i + 1));
            left = new BinaryOp(DescentParser.operator(op.getType()), left, right, left.position());
        }
        return left;
    }

    private Expr operand(ParseTree child) {
        if (child instanceof ClassAdParser.UnaryExprContext) {
            return unary((ClassAdParser.UnaryExprContext) child);
        }
        return binary((ParserRuleContext) child);
    }

    private Expr unary(ClassAdParser.UnaryExprContext ctx) {
        if (ctx.op == null) {
            return postfix(ctx.postfixExpr());
        }
        Operator op;
        switch (ctx.op.getType()) {
            case ClassAdLexer.MINUS: op = Operator.NEGATE; break;
            case ClassAdLexer.PLUS: op = Operator.PLUS; break;
            case ClassAdLexer.BANG: op = Operator.NOT; break;
            default: op = Operator.BITWISE_NOT; break;
        }
        return new UnaryOp(op, unary(ctx.unaryExpr()), pos(ctx.op));
    }

    private Expr postfix(ClassAdParser.PostfixExprContext ctx) {
        Expr base = primary(ctx.primary());
        for (ClassAdParser.PostfixContext p : ctx.postfix()) {
            if (p instanceof ClassAdParser.SelectionContext) {
                base = new Selection(base, name(((ClassAdParser.SelectionContext) p).name()), base.position());
            } else {
                base = new BinaryOp(Operator.SUBSCRIPT, base, nested(((ClassAdParser.SubscriptContext) p).nested()),
                        base.position());
            }
        }
        if (ctx.elvisRight != null) {
            base = new BinaryOp(Operator.ELVIS, base, postfix(ctx.elvisRight), base.position());
        }
        return base;
    }

    private Expr primary(ClassAdParser.PrimaryContext ctx) {
        Position at = pos(ctx.getStart());
        if (ctx instanceof ClassAdParser.ReferenceContext) {
            return new AttributeRef(name(((ClassAdParser.ReferenceContext) ctx).name()), false, at);
        }
        if (ctx instanceof ClassAdParser.AbsoluteReferenceContext) {
            return new AttributeRef(name(((ClassAdParser.AbsoluteReferenceContext) ctx).name()), true, at);
        }
        if (ctx instanceof ClassAdParser.CallContext) {
            return call((ClassAdParser.CallContext) ctx, at);
        }
        if (ctx instanceof ClassAdParser.ParenthesizedContext) {
            return new UnaryOp(Operator.PARENTHESES, nested(((ClassAdParser.ParenthesizedContext) ctx).nested()), at);
        }
        if (ctx instanceof ClassAdParser.RecordLiteralContext) {
            return record(((ClassAdParser.RecordLiteralContext) ctx).classad());
        }
        if (ctx instanceof ClassAdParser.ListLiteralContext) {
            List<Expr> elements = new ArrayList<>();
            for (ClassAdParser.NestedContext e : ((ClassAdParser.ListLiteralContext) ctx).nested()) {
                elements.add(nested(e));
            }
            return new ListExpr(elements, at);
        }
        return literal(((ClassAdParser.LiteralValueContext) ctx).literal().getStart());
    }

    private Expr call(ClassAdParser.CallContext ctx, Position at) {
        String name = name(ctx.name());
        List<ClassAdParser.NestedContext> argContexts = ctx.argList().nested();
        if (argContexts.size() == 1 && (name.equalsIgnoreCase("absTime") || name.equalsIgnoreCase("relTime"))) {
            Token only = singleStringLiteral(argContexts.get(0));
            if (only != null) {
                String text = ((Literal) literal(only)).value() instanceof org.jclassad.value.StringValue sv
                        ? sv.bytes() : "";
                if (name.equalsIgnoreCase("absTime")) {
                    TimeLiterals.AbsoluteTime t = TimeLiterals.parseAbsTime(text, options.zone());
                    if (t == null) {
                        throw error(only, "invalid absolute time " + only.getText());
                    }
                    return new Literal(Value.absTime(t.seconds(), t.offset()), at);
                }
                OptionalDouble secs = TimeLiterals.parseRelTime(text);
                if (secs.isEmpty()) {
                    throw error(only, "invalid relative time " + only.getText());
                }
                return new Literal(Value.relTime(secs.getAsDouble()), at);
            }
        }
        List<Expr> args = new ArrayList<>(argContexts.size());
        for (ClassAdParser.NestedContext a : argContexts) {
            args.add(nested(a));
        }
        return new FunctionCall(name, args, at);
    }

    /** The string token if the argument is nothing but one string literal. */
    private static Token singleStringLiteral(ClassAdParser.NestedContext arg) {
        Token start = arg.getStart();
        Token stop = arg.getStop();
        if (start == stop && (start.getType() == ClassAdLexer.STRING
                || start.getType() == ClassAdLexer.OLD_STRING)) {
            return start;
        }
        return null;
    }

    private Expr literal(Token t) {
        Position at = pos(t);
        String text = t.getText();
        switch (t.getType()) {
            case ClassAdLexer.INTEGER:
                if (options.compat() && text.length() > 1 && text.charAt(0) == '0') {
                    throw error(t, "integer literal with a leading zero: " + text);
                }
                return new Literal(Value.of(CNumbers.integerValue(text)), at);
            case ClassAdLexer.REAL:
                return new Literal(Value.of(CNumbers.realValue(text)), at);
            case ClassAdLexer.STRING:
                return new Literal(Value.ofBytes(unescape(t, StringLiterals.joinQuotedBodies(text, '"'))), at);
            case ClassAdLexer.OLD_STRING:
                return new Literal(Value.ofBytes(StringLiterals.oldSyntaxBody(text, '"')), at);
            case ClassAdLexer.TRUE:
                return new Literal(Value.TRUE, at);
            case ClassAdLexer.FALSE:
                return new Literal(Value.FALSE, at);
            case ClassAdLexer.UNDEFINED:
                return new Literal(Value.UNDEFINED, at);
            default:
                return new Literal(Value.ERROR, at);
        }
    }

    private String name(ClassAdParser.NameContext ctx) {
        Token t = ctx.getStart();
        switch (t.getType()) {
            case ClassAdLexer.QUOTED_NAME:
                return unescape(t, StringLiterals.joinQuotedBodies(t.getText(), '\''));
            case ClassAdLexer.OLD_QUOTED_NAME:
                return StringLiterals.oldSyntaxBody(t.getText(), '\'');
            default:
                return t.getText();
        }
    }

    private String unescape(Token t, String raw) {
        try {
            return StringLiterals.unescape(raw);
        } catch (StringLiterals.BadEscape e) {
            throw error(t, e.getMessage());
        }
    }


    private static Position pos(Token t) {
        return new Position(t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static ParseException error(Token t, String reason) {
        return new ParseException(reason, t.getLine(), t.getCharPositionInLine() + 1);
    }
}
