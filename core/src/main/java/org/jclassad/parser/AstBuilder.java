package org.jclassad.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.antlr.v4.runtime.ParserRuleContext;
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
import org.jclassad.grammar.ClassAdParser;
import org.jclassad.grammar.ClassAdParserBase;
import org.jclassad.text.CNumbers;
import org.jclassad.text.TimeLiterals;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Builds the immutable AST while the grammar runs, from the parser's events (tokens matched,
 * rules completed), so that no parse tree is ever kept: a rule's result goes on a stack when the
 * rule completes and is taken off by the rule that contains it.
 *
 * <p>Memory is the AST plus stacks as deep as the input's nesting. Left-associative chains
 * ({@code a && b && ...}) are folded as each operator arrives, not at the end of the chain, and
 * bracketed sequences (lists, arguments, ads) are marked by the stack height at their opening
 * bracket.
 */
final class AstBuilder implements ClassAdParserBase.Events {
    private final ParseOptions options;

    /** Finished operands ({@link Expr}) and attributes ({@link RecordExpr.Attribute}). */
    private Object[] values = new Object[16];
    private int valueCount;

    /** Stack heights at each open {@code (}, <code>{</code> or {@code [}. */
    private int[] marks = new int[8];
    private int markCount;

    /** The operator (or {@code ?}) a still-open rule has matched and not yet applied. */
    private ParserRuleContext[] pendingRule = new ParserRuleContext[8];
    private Token[] pendingToken = new Token[8];
    private int pendingCount;

    /** The most recent string literal's token (for messages about a folded {@code absTime("...")}). */
    private Token lastString;

    AstBuilder(ParseOptions options) {
        this.options = options;
    }

    /** Forgets everything, for a second run of the parser over the same text. */
    void reset() {
        Arrays.fill(values, 0, valueCount, null);
        valueCount = 0;
        markCount = 0;
        Arrays.fill(pendingRule, 0, pendingCount, null);
        Arrays.fill(pendingToken, 0, pendingCount, null);
        pendingCount = 0;
        lastString = null;
    }

    /** The one result of a completed parse. */
    Expr result() {
        if (valueCount != 1) {
            throw new IllegalStateException("parse left " + valueCount + " values");
        }
        return (Expr) values[0];
    }

    // ------------------------------------------------------------------ events

    /** Whether a rule is one of the left-associative operator chains ({@code orExpr} ... {@code mulExpr}). */
    private static boolean isOperatorChain(int ruleIndex) {
        return ruleIndex >= ClassAdParser.RULE_orExpr && ruleIndex <= ClassAdParser.RULE_mulExpr;
    }

    @Override
    public void token(Token token, ParserRuleContext rule) {
        int ruleIndex = rule.getRuleIndex();
        if (isOperatorChain(ruleIndex)) {
            // The left operand is complete: fold the previous operator of this chain, if any.
            if (pendingCount > 0 && pendingRule[pendingCount - 1] == rule) {
                foldPending();
                pendingToken[pendingCount - 1] = token;
            } else {
                pushPending(rule, token);
            }
            return;
        }
        switch (ruleIndex) {
            case ClassAdParser.RULE_expr:
                if (token.getType() == ClassAdLexer.QMARK) {
                    pushPending(rule, token);
                }
                break;
            case ClassAdParser.RULE_primary:
                if (token.getType() == ClassAdLexer.LBRACE) {
                    pushMark();
                }
                break;
            case ClassAdParser.RULE_argList:
                if (token.getType() == ClassAdLexer.LPAREN) {
                    pushMark();
                }
                break;
            case ClassAdParser.RULE_classad:
                if (token.getType() == ClassAdLexer.LBRACK) {
                    pushMark();
                }
                break;
            default:
                break;
        }
    }

    @Override
    public void exit(ParserRuleContext rule) {
        int ruleIndex = rule.getRuleIndex();
        if (isOperatorChain(ruleIndex)) {
            if (pendingCount > 0 && pendingRule[pendingCount - 1] == rule) {
                foldPending();
                popPending();
            }
            return;
        }
        switch (ruleIndex) {
            case ClassAdParser.RULE_expr:
                if (pendingCount > 0 && pendingRule[pendingCount - 1] == rule) {
                    popPending();
                    Expr otherwise = pop();
                    Expr then = pop();
                    Expr condition = pop();
                    push(new Conditional(condition, then, otherwise, pos(rule.start)));
                }
                break;
            case ClassAdParser.RULE_unaryExpr:
                unary((ClassAdParser.UnaryExprContext) rule);
                break;
            case ClassAdParser.RULE_postfixExpr:
                if (((ClassAdParser.PostfixExprContext) rule).elvisRight != null) {
                    Expr right = pop();
                    Expr left = pop();
                    push(new BinaryOp(Operator.ELVIS, left, right, left.position()));
                }
                break;
            case ClassAdParser.RULE_postfix:
                postfix(rule);
                break;
            case ClassAdParser.RULE_primary:
                primary(rule);
                break;
            case ClassAdParser.RULE_literal:
                push(literal(rule.start));
                if (rule.start.getType() == ClassAdLexer.STRING || rule.start.getType() == ClassAdLexer.OLD_STRING) {
                    lastString = rule.start;
                }
                break;
            case ClassAdParser.RULE_attrDef: {
                Expr value = pop();
                String name = name(rule.start);
                if (name.isEmpty()) {
                    throw error(rule.start, "an attribute name cannot be empty");
                }
                push(new RecordExpr.Attribute(name, value));
                break;
            }
            case ClassAdParser.RULE_classad:
                record(rule);
                break;
            default:
                break; // nested, branch, name, argList and the start rules add nothing of their own
        }
    }

    // ------------------------------------------------------------------ rules

    private void unary(ClassAdParser.UnaryExprContext rule) {
        Token op = rule.op;
        if (op == null) {
            return;
        }
        Operator operator;
        switch (op.getType()) {
            case ClassAdLexer.MINUS: operator = Operator.NEGATE; break;
            case ClassAdLexer.PLUS: operator = Operator.PLUS; break;
            case ClassAdLexer.BANG: operator = Operator.NOT; break;
            default: operator = Operator.BITWISE_NOT; break;
        }
        push(new UnaryOp(operator, pop(), pos(op)));
    }

    private void postfix(ParserRuleContext rule) {
        if (rule instanceof ClassAdParser.SelectionContext) {
            Expr base = pop();
            push(new Selection(base, name(rule.stop), base.position()));
        } else {
            Expr index = pop();
            Expr base = pop();
            push(new BinaryOp(Operator.SUBSCRIPT, base, index, base.position()));
        }
    }

    private void primary(ParserRuleContext rule) {
        if (rule instanceof ClassAdParser.ReferenceContext) {
            push(new AttributeRef(name(rule.start), false, pos(rule.start)));
        } else if (rule instanceof ClassAdParser.AbsoluteReferenceContext) {
            push(new AttributeRef(name(rule.stop), true, pos(rule.start)));
        } else if (rule instanceof ClassAdParser.CallContext) {
            call(rule);
        } else if (rule instanceof ClassAdParser.ParenthesizedContext) {
            push(new UnaryOp(Operator.PARENTHESES, pop(), pos(rule.start)));
        } else if (rule instanceof ClassAdParser.ListLiteralContext) {
            push(new ListExpr(popToMark(), pos(rule.start)));
        }
        // a record literal or a literal value is already on the stack
    }

    private void call(ParserRuleContext rule) {
        Token nameToken = rule.start;
        String name = name(nameToken);
        List<Expr> args = popToMark();
        Position at = pos(nameToken);
        // name ( STRING ): exactly four tokens, the argument a string literal
        boolean oneStringToken = args.size() == 1 && args.get(0) instanceof Literal literal
                && literal.value() instanceof StringValue
                && rule.stop.getTokenIndex() - nameToken.getTokenIndex() == 3;
        if (oneStringToken && (name.equalsIgnoreCase("absTime") || name.equalsIgnoreCase("relTime"))) {
            String text = ((StringValue) ((Literal) args.get(0)).value()).bytes();
            Token string = lastString; // the argument is the last literal read
            if (name.equalsIgnoreCase("absTime")) {
                TimeLiterals.AbsoluteTime t = TimeLiterals.parseAbsTime(text, options.zone());
                if (t == null) {
                    throw error(string, "invalid absolute time " + describe(string));
                }
                push(new Literal(Value.absTime(t.seconds(), t.offset()), at));
                return;
            }
            OptionalDouble secs = TimeLiterals.parseRelTime(text);
            if (secs.isEmpty()) {
                throw error(string, "invalid relative time " + describe(string));
            }
            push(new Literal(Value.relTime(secs.getAsDouble()), at));
            return;
        }
        push(new FunctionCall(name, args, at));
    }

    private void record(ParserRuleContext rule) {
        int mark = popMark();
        List<RecordExpr.Attribute> attributes = new ArrayList<>(valueCount - mark);
        for (int i = mark; i < valueCount; i++) {
            attributes.add((RecordExpr.Attribute) values[i]);
            values[i] = null;
        }
        valueCount = mark;
        push(new RecordExpr(attributes, pos(rule.start)));
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

    private String name(Token t) {
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

    /** A token's text for a message, cut to one short excerpt. */
    private static String describe(Token t) {
        String text = t.getText();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    // ------------------------------------------------------------------ stacks

    private void push(Object value) {
        if (valueCount == values.length) {
            values = Arrays.copyOf(values, valueCount * 2);
        }
        values[valueCount++] = value;
    }

    private Expr pop() {
        Expr e = (Expr) values[--valueCount];
        values[valueCount] = null;
        return e;
    }

    private void pushMark() {
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
        }
        marks[markCount++] = valueCount;
    }

    private int popMark() {
        return marks[--markCount];
    }

    /** The values above the innermost mark, in order, taken off the stack. */
    private List<Expr> popToMark() {
        int mark = popMark();
        List<Expr> items = new ArrayList<>(valueCount - mark);
        for (int i = mark; i < valueCount; i++) {
            items.add((Expr) values[i]);
            values[i] = null;
        }
        valueCount = mark;
        return items;
    }

    private void pushPending(ParserRuleContext rule, Token token) {
        if (pendingCount == pendingRule.length) {
            pendingRule = Arrays.copyOf(pendingRule, pendingCount * 2);
            pendingToken = Arrays.copyOf(pendingToken, pendingCount * 2);
        }
        pendingRule[pendingCount] = rule;
        pendingToken[pendingCount] = token;
        pendingCount++;
    }

    private void popPending() {
        pendingCount--;
        pendingRule[pendingCount] = null;
        pendingToken[pendingCount] = null;
    }

    /** Applies the innermost pending binary operator to the two operands on top of the stack. */
    private void foldPending() {
        Expr right = pop();
        Expr left = pop();
        push(new BinaryOp(DescentParser.operator(pendingToken[pendingCount - 1].getType()), left, right, left.position()));
    }


    private static Position pos(Token t) {
        return new Position(t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static ParseException error(Token t, String reason) {
        return new ParseException(reason, t.getLine(), t.getCharPositionInLine() + 1);
    }
}
