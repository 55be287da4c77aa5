package org.jclassad.eval;

import static java.lang.invoke.MethodType.methodType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Operator;
import org.jclassad.text.ByteStrings;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * Builds the compiled form of an expression: a method handle {@code (Scope) -> Value} composed
 * from the small static operations below, then bound into a hidden class of its own (see
 * {@link CompiledTemplate}). Each operation is the interpreter's semantics for one node kind;
 * anything the compiled code cannot decide alone throws {@link Bail} and the interpreter runs.
 *
 * <p>Alongside the handle it computes what the interpreter would need of the depth and step
 * budgets at most, so that {@link CompiledExpression} only runs compiled code where no limit
 * can be reached.
 */
final class Compiler {
    /** Expressions larger than this stay interpreted (the JIT would not inline them whole). */
    static final int MAX_NODES = 256;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final byte[] TEMPLATE = templateBytes("CompiledTemplate.class");
    private static final byte[] AND_TEMPLATE = templateBytes("CompiledAndTemplate.class");
    /** Conjuncts of {@link CompiledAndTemplate}. */
    static final int AND_TERMS = 8;
    private static final MethodType EXPR = methodType(Value.class, Scope.class);

    private static final MethodHandle ATTRIBUTE = find("attribute", Value.class, Scope.class, String.class);
    private static final MethodHandle ATTRIBUTE_OP_CONSTANT = find("attributeOpConstant", Value.class, Scope.class,
            String.class, Operator.class, Value.class);
    private static final MethodHandle CONSTANT_OP_ATTRIBUTE = find("constantOpAttribute", Value.class, Scope.class,
            String.class, Operator.class, Value.class);
    private static final MethodHandle UNARY = find("unary", Value.class, Operator.class, Value.class);
    private static final MethodHandle BINARY = find("binary", Value.class, Operator.class, Value.class, Value.class);
    private static final MethodHandle IDENTICAL = find("identical", Value.class, Value.class, Value.class);
    private static final MethodHandle NOT_IDENTICAL = find("notIdentical", Value.class, Value.class, Value.class);
    private static final MethodHandle AND_DECIDED = find("andDecided", boolean.class, Value.class);
    private static final MethodHandle AND_SHORT = find("andShort", Value.class, Value.class);
    private static final MethodHandle AND = find("and", Value.class, Value.class, Value.class);
    private static final MethodHandle OR_DECIDED = find("orDecided", boolean.class, Value.class);
    private static final MethodHandle OR_SHORT = find("orShort", Value.class, Value.class);
    private static final MethodHandle OR = find("or", Value.class, Value.class, Value.class);

    private Compiler() {
    }

    /** The compiled code: a hidden class made from {@link CompiledTemplate}. */
    abstract static class Fast {
        abstract Value run(Scope scope) throws Throwable;
    }

    /** Thrown by compiled code to hand the evaluation to the interpreter. */
    static final class Bail extends RuntimeException {
        static final Bail INSTANCE = new Bail();

        private Bail() {
            super("not decidable by compiled code", null, false, false);
        }
    }

    record Result(Fast fast, int depth, long steps) {
    }

    /** A compiled subtree: its handle, the depth it needs at most, the steps it takes at most. */
    private record Part(MethodHandle handle, int depth, long steps) {
    }

    /** Compiles {@code node}, or returns {@code null} if it is outside the compiled subset. */
    static Result compile(Node node) {
        int[] budget = {MAX_NODES};
        Part p = part(node, 0, budget);
        if (p == null) {
            return null;
        }
        try {
            MethodHandles.Lookup hidden;
            List<Node> terms = conjuncts(node);
            if (terms.size() >= 2) {
                List<MethodHandle> handles = new ArrayList<>();
                for (Node t : terms) {
                    handles.add(part(t, 0, new int[] {MAX_NODES}).handle);
                }
                while (handles.size() < AND_TERMS) {
                    handles.add(MethodHandles.dropArguments(MethodHandles.constant(Value.class, Value.TRUE), 0,
                            Scope.class));
                }
                hidden = LOOKUP.defineHiddenClassWithClassData(AND_TEMPLATE, List.copyOf(handles), true);
            } else {
                hidden = LOOKUP.defineHiddenClassWithClassData(TEMPLATE, p.handle, true);
            }
            Fast fast = (Fast) hidden.findConstructor(hidden.lookupClass(), methodType(void.class)).invoke();
            return new Result(fast, p.depth, p.steps);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define the compiled class", e);
        }
    }

    /**
     * The operands of a left-nested {@code &&} chain, first to last, at most {@link #AND_TERMS}
     * (a longer chain keeps its first conjuncts together as the first operand).
     */
    static List<Node> conjuncts(Node node) {
        Deque<Node> terms = new ArrayDeque<>();
        Node n = node;
        while (n instanceof EvalAnd && terms.size() < AND_TERMS - 1) {
            terms.push(((EvalAnd) n).right);
            n = ((EvalAnd) n).left;
        }
        terms.push(n);
        return new ArrayList<>(terms);
    }

    /** {@code level}: operator levels entered above this node (each costs one depth, as interpreted). */
    private static Part part(Node node, int level, int[] budget) {
        if (--budget[0] < 0) {
            return null;
        }
        if (node instanceof EvalConstant) {
            Value v = ((EvalConstant) node).value();
            return new Part(MethodHandles.dropArguments(MethodHandles.constant(Value.class, v), 0, Scope.class),
                    level, 1);
        }
        if (node instanceof EvalAttribute) {
            EvalAttribute a = (EvalAttribute) node;
            if (a.absolute || isSpecialName(a.key)) {
                return null;
            }
            // the reference's own step and the attribute's constant; dereferencing needs a level
            return new Part(MethodHandles.insertArguments(ATTRIBUTE, 1, a.key), level + 1, 2);
        }
        if (node instanceof EvalParens) {
            Part inner = part(((EvalParens) node).inner, level + 1, budget);
            return inner == null ? null : new Part(inner.handle, Math.max(level + 1, inner.depth), 1 + inner.steps);
        }
        if (node instanceof EvalUnary) {
            EvalUnary u = (EvalUnary) node;
            Part operand = part(u.operand, level + 1, budget);
            if (operand == null) {
                return null;
            }
            MethodHandle h = MethodHandles.filterReturnValue(operand.handle, MethodHandles.insertArguments(UNARY, 0, u.op));
            return new Part(h, Math.max(level + 1, operand.depth), 1 + operand.steps);
        }
        if (node instanceof EvalBinary) {
            EvalBinary b = (EvalBinary) node;
            Part leaf = attributeVersusConstant(b.op, b.left, b.right, level, budget);
            if (leaf != null) {
                return leaf;
            }
            return strict(MethodHandles.insertArguments(BINARY, 0, b.op), b.left, b.right, level, budget);
        }
        if (node instanceof EvalAttributeCompare) {
            EvalAttributeCompare c = (EvalAttributeCompare) node;
            return attributeVersusConstant(c.op, c.left, c.right, level, budget);
        }
        if (node instanceof EvalIdentity) {
            EvalIdentity i = (EvalIdentity) node;
            return strict(i.negated ? NOT_IDENTICAL : IDENTICAL, i.left, i.right, level, budget);
        }
        if (node instanceof EvalAnd) {
            EvalAnd a = (EvalAnd) node;
            return shortCircuit(AND_DECIDED, AND_SHORT, AND, a.left, a.right, level, budget);
        }
        if (node instanceof EvalOr) {
            EvalOr o = (EvalOr) node;
            return shortCircuit(OR_DECIDED, OR_SHORT, OR, o.left, o.right, level, budget);
        }
        return null;
    }

    /**
     * {@code name op literal} or {@code literal op name} as one operation (fewer handles for the
     * JIT to inline through); the same steps and depth as the two operands and the operator.
     */
    private static Part attributeVersusConstant(Operator op, Node left, Node right, int level, int[] budget) {
        boolean attrLeft = left instanceof EvalAttribute && right instanceof EvalConstant;
        boolean attrRight = right instanceof EvalAttribute && left instanceof EvalConstant;
        if (!attrLeft && !attrRight) {
            return null;
        }
        EvalAttribute a = (EvalAttribute) (attrLeft ? left : right);
        Value c = ((EvalConstant) (attrLeft ? right : left)).value();
        if (a.absolute || isSpecialName(a.key)) {
            return null;
        }
        budget[0] -= 2;
        MethodHandle h = attrLeft ? specialised(op, c, a.key) : null;
        h = h != null ? h : MethodHandles.insertArguments(attrLeft ? ATTRIBUTE_OP_CONSTANT : CONSTANT_OP_ATTRIBUTE, 1,
                a.key, op, c);
        return new Part(h, level + 2, 4);
    }

    /** Both operands, left first, then {@code op (Value, Value) -> Value}. */
    private static Part strict(MethodHandle op, Node left, Node right, int level, int[] budget) {
        Part l = part(left, level + 1, budget);
        Part r = l == null ? null : part(right, level + 1, budget);
        if (r == null) {
            return null;
        }
        MethodHandle h = MethodHandles.filterArguments(op, 0, l.handle, r.handle);  // (Scope, Scope)
        h = MethodHandles.permuteArguments(h, EXPR, 0, 0);
        return new Part(h, Math.max(level + 1, Math.max(l.depth, r.depth)), 1 + l.steps + r.steps);
    }

    /** {@code left}; if it decides the result alone, that; otherwise combine it with {@code right}. */
    private static Part shortCircuit(MethodHandle decided, MethodHandle shortResult, MethodHandle combine,
            Node left, Node right, int level, int[] budget) {
        Part l = part(left, level + 1, budget);
        Part r = l == null ? null : part(right, level + 1, budget);
        if (r == null) {
            return null;
        }
        MethodHandle rest = MethodHandles.filterArguments(combine, 1, r.handle);          // (Value, Scope)
        MethodHandle stop = MethodHandles.dropArguments(shortResult, 1, Scope.class);      // (Value, Scope)
        MethodHandle test = MethodHandles.dropArguments(decided, 1, Scope.class);          // (Value, Scope)
        MethodHandle tail = MethodHandles.guardWithTest(test, stop, rest);
        MethodHandle h = MethodHandles.foldArguments(tail, l.handle);                      // (Scope)
        return new Part(h, Math.max(level + 1, Math.max(l.depth, r.depth)), 1 + l.steps + r.steps);
    }

    /** Names {@link Lookup} treats specially when they are not attributes. */
    private static boolean isSpecialName(String key) {
        switch (key) {
            case "self":
            case "parent":
            case "toplevel":
            case "root":
            case "my":
            case "currenttime":
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------ the operations compiled code is made of

    /**
     * A bare name in the top-level scope: the value of a literal attribute, or undefined when
     * the name is nowhere and there is no enclosing or alternate scope to search.
     */
    static Value attribute(Scope scope, String key) {
        for (ClassAd ad = scope.ad(); ad != null; ad = ad.chainedParent()) {
            Node found = ClassAdAccess.boundNode(ad, key);
            if (found instanceof EvalConstant) {
                return ((EvalConstant) found).value();
            }
            if (found != null) {
                throw Bail.INSTANCE;
            }
        }
        if (scope.parent() == null && scope.alternate() == null) {
            return Value.UNDEFINED;
        }
        throw Bail.INSTANCE;
    }

    // name op integer and name ==/!= string: the value test inline, anything else as interpreted

    static Value attributeLess(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() < c)
                : Operators.binary(Operator.LESS, v, constant);
    }

    static Value attributeLessOrEqual(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() <= c)
                : Operators.binary(Operator.LESS_OR_EQUAL, v, constant);
    }

    static Value attributeGreater(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() > c)
                : Operators.binary(Operator.GREATER, v, constant);
    }

    static Value attributeGreaterOrEqual(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() >= c)
                : Operators.binary(Operator.GREATER_OR_EQUAL, v, constant);
    }

    static Value attributeEqualsInteger(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() == c)
                : Operators.binary(Operator.EQUAL, v, constant);
    }

    static Value attributeNotEqualsInteger(Scope s, String key, long c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof IntegerValue ? Value.of(((IntegerValue) v).value() != c)
                : Operators.binary(Operator.NOT_EQUAL, v, constant);
    }

    static Value attributeEqualsString(Scope s, String key, String c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof StringValue ? Value.of(ByteStrings.equalIgnoreCase(((StringValue) v).bytes(), c))
                : Operators.binary(Operator.EQUAL, v, constant);
    }

    static Value attributeNotEqualsString(Scope s, String key, String c, Value constant) {
        Value v = attribute(s, key);
        return v instanceof StringValue ? Value.of(!ByteStrings.equalIgnoreCase(((StringValue) v).bytes(), c))
                : Operators.binary(Operator.NOT_EQUAL, v, constant);
    }

    /** The specialised operation for {@code name op c}, or {@code null}. */
    private static MethodHandle specialised(Operator op, Value c, String key) {
        if (c instanceof IntegerValue) {
            String name;
            switch (op) {
                case LESS: name = "attributeLess"; break;
                case LESS_OR_EQUAL: name = "attributeLessOrEqual"; break;
                case GREATER: name = "attributeGreater"; break;
                case GREATER_OR_EQUAL: name = "attributeGreaterOrEqual"; break;
                case EQUAL: name = "attributeEqualsInteger"; break;
                case NOT_EQUAL: name = "attributeNotEqualsInteger"; break;
                default: return null;
            }
            MethodHandle h = find(name, Value.class, Scope.class, String.class, long.class, Value.class);
            return MethodHandles.insertArguments(h, 1, key, ((IntegerValue) c).value(), c);
        }
        if (c instanceof StringValue && (op == Operator.EQUAL || op == Operator.NOT_EQUAL)) {
            MethodHandle h = find(op == Operator.EQUAL ? "attributeEqualsString" : "attributeNotEqualsString",
                    Value.class, Scope.class, String.class, String.class, Value.class);
            return MethodHandles.insertArguments(h, 1, key, ((StringValue) c).bytes(), c);
        }
        return null;
    }

    static Value attributeOpConstant(Scope scope, String key, Operator op, Value constant) {
        return Operators.binary(op, attribute(scope, key), constant);
    }

    static Value constantOpAttribute(Scope scope, String key, Operator op, Value constant) {
        return Operators.binary(op, constant, attribute(scope, key));
    }

    static Value unary(Operator op, Value v) {
        return Operators.unary(op, v);
    }

    static Value binary(Operator op, Value a, Value b) {
        return Operators.binary(op, a, b);
    }

    static Value identical(Value a, Value b) {
        return Operators.identical(a, b);
    }

    static Value notIdentical(Value a, Value b) {
        Value same = Operators.identical(a, b);
        return same.isError() ? same : Value.of(same == Value.FALSE);
    }

    static boolean andDecided(Value a) {
        return a.truth() == 0 || a.isError();
    }

    static Value andShort(Value a) {
        return a.truth() == 0 ? Value.FALSE : Value.ERROR;
    }

    static Value and(Value a, Value b) {
        return Logic.and(a, b);
    }

    static boolean orDecided(Value a) {
        return a.truth() == 1 || a.isError();
    }

    static Value orShort(Value a) {
        return a.truth() == 1 ? Value.TRUE : Value.ERROR;
    }

    static Value or(Value a, Value b) {
        return Logic.or(a, b);
    }

    private static MethodHandle find(String name, Class<?> returns, Class<?>... params) {
        try {
            return LOOKUP.findStatic(Compiler.class, name, methodType(returns, params));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static byte[] templateBytes(String name) {
        try (InputStream in = Compiler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
