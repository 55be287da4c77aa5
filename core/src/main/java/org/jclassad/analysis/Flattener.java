package org.jclassad.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ExprVisitor;
import org.jclassad.ast.FunctionCall;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.value.Value;

/**
 * Partial evaluation of an expression over an ad, as HTCondor's {@code FlattenAndInline}: references
 * to attributes the ad defines are replaced by their (flattened) values or expressions, constant
 * sub-expressions are folded, the rest is kept. Commutative operators move their constant part to
 * the front ({@code RequestCpus * Factor} with {@code Factor = 3} gives {@code 3 * RequestCpus}).
 *
 * <pre>{@code
 * ClassAd route = ClassAd.parse("[ Factor = 3 ]");
 * Flattener.flatten(route, expr);        // RequestCpus * Factor  ->  3 * RequestCpus
 * }</pre>
 */
public final class Flattener {
    private final ClassAd ad;
    private int depth = 0;

    private Flattener(ClassAd ad) {
        this.ad = ad;
    }

    /** Either a value (fully folded) or a residual expression. */
    private record Result(Value value, Expr tree, Operator pendingOp) {
        static Result of(Value v) {
            return new Result(v, null, null);
        }

        static Result of(Expr t) {
            return new Result(null, t, null);
        }

        Expr asExpr() {
            return tree != null ? tree : Literal.of(value);
        }
    }

    /** Flattens {@code e} over {@code ad}: the residual expression, or a literal of the value. */
    public static Expr flatten(ClassAd ad, Expr e) {
        Result r = new Flattener(ad).flat(e, false);
        return r.asExpr();
    }

    private static Value evaluate(Expr e) {
        Evaluation r = new ClassAd().evaluate(e, EvalOptions.defaults());
        return r.value();
    }

    private static boolean commutative(Operator op) {
        switch (op) {
            case ADD:
            case MULTIPLY:
            case AND:
            case OR:
            case BITWISE_AND:
            case BITWISE_OR:
            case BITWISE_XOR:
                return true;
            default:
                return false;
        }
    }

    private Result flat(Expr e, boolean split) {
        if (++depth > 200) {
            depth--;
            return Result.of(e);
        }
        try {
            return flatInner(e, split);
        } finally {
            depth--;
        }
    }

    private Result flatInner(Expr e, boolean split) {
        if (e instanceof BinaryOp) {
            // a commutative operator hands its constant part up when its parent is the same operator
            return binary((BinaryOp) e, split);
        }
        return e.accept(kinds);
    }

    /** The flattening of each kind of expression but binary operators. */
    private final ExprVisitor<Result> kinds = new ExprVisitor<>() {
        @Override
        public Result literal(Literal e) {
            return Result.of(e.value());
        }

        @Override
        public Result attribute(AttributeRef e) {
            return e.absolute() ? Result.of(e) : reference(e.name(), e);
        }

        @Override
        public Result selection(Selection e) {
            if (e.base() instanceof AttributeRef base && !base.absolute() && base.name().equalsIgnoreCase("MY")) {
                return reference(e.name(), e);
            }
            return Result.of(e);
        }

        @Override
        public Result unary(UnaryOp e) {
            Result r = flat(e.operand(), false);
            if (r.tree != null) {
                return Result.of(new UnaryOp(e.operator(), r.tree, Position.NONE));
            }
            if (e.operator() == Operator.PARENTHESES) {
                return Result.of(r.value);      // a folded value needs no parentheses
            }
            return Result.of(evaluate(new UnaryOp(e.operator(), Literal.of(r.value), Position.NONE)));
        }

        @Override
        public Result binary(BinaryOp e) {
            return Flattener.this.binary(e, false);
        }

        @Override
        public Result conditional(Conditional e) {
            Result cond = flat(e.condition(), false);
            if (cond.tree == null) {
                int t = cond.value.truth();
                if (t == 1) {
                    return flat(e.whenTrue(), false);
                }
                if (t == 0) {
                    return flat(e.whenFalse(), false);
                }
                return Result.of(evaluate(new Conditional(Literal.of(cond.value), e.whenTrue(), e.whenFalse(),
                        Position.NONE)));
            }
            return Result.of(new Conditional(cond.tree, flat(e.whenTrue(), false).asExpr(),
                    flat(e.whenFalse(), false).asExpr(), Position.NONE));
        }

        @Override
        public Result call(FunctionCall e) {
            List<Expr> args = new ArrayList<>();
            boolean fold = true;
            for (Expr x : e.arguments()) {
                Result r = flat(x, false);
                if (r.tree != null) {
                    fold = false;
                }
                args.add(r.asExpr());
            }
            FunctionCall call = new FunctionCall(e.name(), args, Position.NONE);
            if (fold && FunctionRegistry.global().lookup(e.name()) != null) {
                return Result.of(evaluate(call));
            }
            return Result.of(call);
        }

        @Override
        public Result list(ListExpr e) {
            List<Expr> items = new ArrayList<>();
            for (Expr x : e.elements()) {
                items.add(flat(x, false).asExpr());
            }
            return Result.of(new ListExpr(items, Position.NONE));
        }

        @Override
        public Result record(RecordExpr e) {
            return Result.of(e);
        }
    };

    private Result reference(String name, Expr original) {
        Expr target = ad.lookup(name);
        if (target == null) {
            return Result.of(original);
        }
        if (target instanceof RecordExpr) {
            return Result.of(original);
        }
        return flat(target, false);
    }

    /** A binary operator; a subscript and the Elvis operator fold as the other non-commutative ones. */
    private Result binary(BinaryOp b, boolean split) {
        Operator op = b.operator();
        if (!commutative(op)) {
            Result l = flat(b.left(), false);
            Result r = flat(b.right(), false);
            if (l.tree == null && r.tree == null) {
                return Result.of(evaluate(new BinaryOp(op, Literal.of(l.value), Literal.of(r.value), Position.NONE)));
            }
            return Result.of(new BinaryOp(op, l.asExpr(), r.asExpr(), Position.NONE));
        }
        Result c1 = flat(b.left(), true);
        Result c2 = flat(b.right(), true);
        Result combined = combine(op, c1, c2);
        if (!split && combined.pendingOp != null) {
            return Result.of(new BinaryOp(combined.pendingOp, Literal.of(combined.value), combined.tree,
                    Position.NONE));
        }
        return combined;
    }

    /** HTCondor's {@code Operation::combine}: value and tree contributions of two children. */
    private Result combine(Operator op, Result c1, Result c2) {
        Expr t1 = c1.tree;
        Expr t2 = c2.tree;
        Operator op1 = c1.pendingOp;
        Operator op2 = c2.pendingOp;
        if ((t1 == null) != (t2 == null) && (op == Operator.AND || op == Operator.OR)) {
            Value v1 = t1 == null ? c1.value : Value.UNDEFINED;
            Value v2 = t2 == null ? c2.value : Value.UNDEFINED;
            Value v = evaluate(new BinaryOp(op, Literal.of(v1), Literal.of(v2), Position.NONE));
            if (v.isBoolean()) {
                return Result.of(v);
            }
            if (op == Operator.AND && t1 == null && c1.value == Value.TRUE) {
                return Result.of(t2);
            }
            if (op == Operator.AND && t2 == null && c2.value == Value.TRUE) {
                return Result.of(t1);
            }
        }
        if (t1 == null && t2 == null) {
            return Result.of(evaluate(new BinaryOp(op, Literal.of(c1.value), Literal.of(c2.value), Position.NONE)));
        }
        if (t1 == null && op2 == null) {
            return new Result(c1.value, t2, op);
        }
        if (t2 == null && op1 == null) {
            return new Result(c2.value, t1, op);
        }
        if (t1 != null && op1 == null && t2 != null && op2 == null) {
            return Result.of(new BinaryOp(op, t1, t2, Position.NONE));
        }
        if ((op1 != null || op2 != null) && op != op1 && op != op2) {
            Expr n1 = op1 != null ? new BinaryOp(op1, Literal.of(c1.value), t1, Position.NONE)
                    : (t1 != null ? t1 : Literal.of(c1.value));
            Expr n2 = op2 != null ? new BinaryOp(op2, Literal.of(c2.value), t2, Position.NONE)
                    : (t2 != null ? t2 : Literal.of(c2.value));
            return Result.of(new BinaryOp(op, n1, n2, Position.NONE));
        }
        if (op == op1 && op == op2) {
            Value v = evaluate(new BinaryOp(op, Literal.of(c1.value), Literal.of(c2.value), Position.NONE));
            return new Result(v, new BinaryOp(op, t1, t2, Position.NONE), op);
        }
        if (op == op1) {
            if (t2 == null) {
                Value v = evaluate(new BinaryOp(op, Literal.of(c1.value), Literal.of(c2.value), Position.NONE));
                return new Result(v, t1, op);
            }
            return new Result(c1.value, new BinaryOp(op, t1, t2, Position.NONE), op);
        }
        if (t1 == null) {
            Value v = evaluate(new BinaryOp(op, Literal.of(c1.value), Literal.of(c2.value), Position.NONE));
            return new Result(v, t2, op);
        }
        return new Result(c2.value, new BinaryOp(op, t1, t2, Position.NONE), op);
    }
}
