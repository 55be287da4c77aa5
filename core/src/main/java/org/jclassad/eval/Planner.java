package org.jclassad.eval;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.AttributeRef;
import org.jclassad.ast.BinaryOp;
import org.jclassad.ast.Conditional;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ExprVisitor;
import org.jclassad.ast.FunctionCall;
import org.jclassad.unparse.LeftSpine;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Operator;
import org.jclassad.ast.RecordExpr;
import org.jclassad.ast.Selection;
import org.jclassad.ast.UnaryOp;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.Value;

/**
 * Turns an expression tree into evaluation nodes once: names are folded to lookup keys,
 * functions are bound, literals become constants.
 *
 * <p>Left-nested operator chains (a long {@code a + b + c + ...}) are planned without recursion
 * on their length, so very long chains plan safely.
 */
public final class Planner {
    /** Runs of at least this many binary operators are evaluated by a loop instead of recursion. */
    static final int LONG_CHAIN = 64;

    private final FunctionRegistry functions;
    private final boolean specialise;

    public Planner(FunctionRegistry functions) {
        this(functions, true);
    }

    private Planner(FunctionRegistry functions, boolean specialise) {
        this.functions = functions;
        this.specialise = specialise;
    }

    /**
     * The plain interpreter: every operator by its general node, no specialised nodes or
     * shortcuts. The reference the property tests hold the specialised planning to.
     */
    static Planner plain(FunctionRegistry functions) {
        return new Planner(functions, false);
    }

    private static final Planner STANDARD = new Planner(FunctionRegistry.global());

    /** The planner of the global function registry (planners are immutable and thread-safe). */
    public static Planner standard() {
        return STANDARD;
    }

    /** Plans with the global function registry. */
    public static Node planExpr(Expr expr) {
        return STANDARD.plan(expr);
    }

    public Node plan(Expr expr) {
        return expr.accept(kinds);
    }

    /** The node for each kind of expression; spine links go through {@link #planSpine}. */
    private final ExprVisitor<Node> kinds = new ExprVisitor<>() {
        @Override
        public Node literal(Literal e) {
            Value v = e.value();
            if (v instanceof RelTimeValue) {
                return new EvalConstant(e, Value.of(((RelTimeValue) v).seconds()));
            }
            return new EvalConstant(e);
        }

        @Override
        public Node attribute(AttributeRef e) {
            return new EvalAttribute(e, ClassAd.internedKeyOf(e.name()), e.absolute());
        }

        @Override
        public Node selection(Selection e) {
            return planSpine(e);
        }

        @Override
        public Node unary(UnaryOp e) {
            if (e.operator() == Operator.PARENTHESES) {
                return new EvalParens(e, plan(e.operand()));
            }
            return new EvalUnary(e, e.operator(), plan(e.operand()));
        }

        @Override
        public Node binary(BinaryOp e) {
            if (e.operator() == Operator.ELVIS) {
                return new EvalElvis(e, plan(e.left()), plan(e.right()));
            }
            return planSpine(e);
        }

        @Override
        public Node conditional(Conditional e) {
            return new EvalConditional(e, plan(e.condition()), plan(e.whenTrue()), plan(e.whenFalse()));
        }

        @Override
        public Node call(FunctionCall e) {
            Node[] args = new Node[e.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = plan(e.arguments().get(i));
            }
            return new EvalCall(e, e.name(), functions.lookup(e.name()), args);
        }

        @Override
        public Node list(ListExpr e) {
            List<Node> elements = new ArrayList<>(e.elements().size());
            for (Expr element : e.elements()) {
                elements.add(plan(element));
            }
            return new EvalList(e, List.copyOf(elements));
        }

        @Override
        public Node record(RecordExpr e) {
            return new EvalRecord(e, ClassAdAccess.fromRecord(e, Planner.this));
        }
    };

    /** Plans a left-nested chain of operators, selections and subscripts without recursion on its length. */
    private Node planSpine(Expr top) {
        LeftSpine spine = LeftSpine.of(top);
        Node left = plan(spine.leaf());
        List<Expr> links = spine.links();
        for (int i = 0; i < links.size(); i++) {
            Expr link = links.get(i);
            if (link instanceof Selection) {
                left = new EvalSelect(link, left, ClassAd.internedKeyOf(((Selection) link).name()));
            } else if (isSubscript(link)) {
                left = new EvalSubscript(link, left, plan(((BinaryOp) link).right()));
            } else {
                List<BinaryOp> run = new ArrayList<>();
                while (i < links.size() && links.get(i) instanceof BinaryOp && !isSubscript(links.get(i))) {
                    run.add((BinaryOp) links.get(i++));
                }
                i--;
                left = binaryRun(run, left);
            }
        }
        return left;
    }

    private static boolean isSubscript(Expr link) {
        return link instanceof BinaryOp && ((BinaryOp) link).operator() == Operator.SUBSCRIPT;
    }

    /** Consecutive infix operators of a spine: nested nodes, or one loop node when the run is long. */
    private Node binaryRun(List<BinaryOp> run, Node left) {
        if (run.size() < LONG_CHAIN) {
            for (BinaryOp op : run) {
                left = binary(op, left, plan(op.right()));
            }
            return left;
        }
        Operator[] ops = new Operator[run.size()];
        Node[] operands = new Node[run.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = run.get(i).operator();
            operands[i] = plan(run.get(i).right());
        }
        return new EvalChain(run.get(run.size() - 1), left, ops, operands);
    }

    private Node binary(BinaryOp op, Node left, Node right) {
        if (!specialise) {
            switch (op.operator()) {
                case AND:
                    return new EvalAnd(op, left, right, false);
                case OR:
                    return new EvalOr(op, left, right, false);
                case IS:
                case ISNT:
                    break;
                default:
                    return new EvalBinary(op, op.operator(), left, right);
            }
        }
        switch (op.operator()) {
            case AND:
                return new EvalAnd(op, left, right, true);
            case OR:
                return new EvalOr(op, left, right, true);
            case IS:
                return new EvalIdentity(op, false, left, right);
            case ISNT:
                return new EvalIdentity(op, true, left, right);
            case LESS:
            case LESS_OR_EQUAL:
            case GREATER:
            case GREATER_OR_EQUAL:
            case EQUAL:
            case NOT_EQUAL:
                if (left instanceof EvalAttribute && right instanceof EvalConstant) {
                    return new EvalAttributeCompare(op, op.operator(), (EvalAttribute) left, (EvalConstant) right);
                }
                return new EvalBinary(op, op.operator(), left, right);
            default:
                return new EvalBinary(op, op.operator(), left, right);
        }
    }
}
