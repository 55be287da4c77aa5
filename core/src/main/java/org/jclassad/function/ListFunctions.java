package org.jclassad.function;

import org.jclassad.ast.Operator;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Operators;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * {@code member}, {@code identicalMember}, {@code anyCompare}, {@code allCompare}, {@code size},
 * {@code sum}, {@code avg}, {@code min} and {@code max}. Comparisons and arithmetic are the
 * operators' own ({@code ==} ignores case on strings, {@code is} does not).
 */
final class ListFunctions {
    private ListFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("member", a -> member(a, false));
        r.register("identicalMember", a -> member(a, true));
        r.register("anyCompare", a -> compareAll(a, false));
        r.register("allCompare", a -> compareAll(a, true));
        r.register("size", ListFunctions::size);
        r.register("sum", a -> sumAvg(a, false));
        r.register("avg", a -> sumAvg(a, true));
        r.register("min", a -> bound(a, Operator.LESS));
        r.register("max", a -> bound(a, Operator.GREATER));
    }

    /**
     * {@code member(x, list)} ({@code ==}) and {@code identicalMember(x, list)} ({@code is}):
     * true at the first element that compares true; comparisons giving undefined or error are
     * skipped.
     */
    static Value member(Arguments a, boolean identical) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value list = a.get(1);
        if (list.isUndefined() || (!identical && x.isUndefined())) {
            return Value.UNDEFINED;
        }
        if (!(list instanceof ListValue) || x instanceof ListValue || x instanceof ClassAdValue) {
            return Value.ERROR;
        }
        if (!identical && x.isError()) {
            return Value.ERROR;
        }
        ListValue l = (ListValue) list;
        for (int i = 0; i < l.size(); i++) {
            Value e = Lists.element(a, l, i);
            Value r = identical ? Operators.identical(e, x) : Operators.binary(Operator.EQUAL, e, x);
            if (r == Value.TRUE) {
                return Value.TRUE;
            }
        }
        return Value.FALSE;
    }

    private static Operator comparison(String op) {
        switch (op) {
            case "<": return Operator.LESS;
            case "<=": return Operator.LESS_OR_EQUAL;
            case "!=": return Operator.NOT_EQUAL;
            case "==": return Operator.EQUAL;
            case ">": return Operator.GREATER;
            case ">=": return Operator.GREATER_OR_EQUAL;
            case "is": return Operator.IS;
            case "isnt": return Operator.ISNT;
            default: return null;
        }
    }

    /**
     * {@code anyCompare(op, list, value)} and {@code allCompare(op, list, value)}: each element
     * is compared with {@code element op value}; an undefined comparison ends the walk with
     * false, an error one with error.
     */
    static Value compareAll(Arguments a, boolean all) {
        if (a.size() != 3) {
            return Value.ERROR;
        }
        Value opValue = a.get(0);
        if (opValue.isUndefined()) {
            return Value.UNDEFINED;
        }
        if (!(opValue instanceof StringValue)) {
            return Value.ERROR;
        }
        Operator op = comparison(((StringValue) opValue).bytes());
        if (op == null) {
            return Value.ERROR;
        }
        Value list = a.get(1);
        if (list.isUndefined()) {
            return Value.UNDEFINED;
        }
        if (!(list instanceof ListValue)) {
            return Value.ERROR;
        }
        Value against = a.get(2);
        ListValue l = (ListValue) list;
        for (int i = 0; i < l.size(); i++) {
            Value e = Lists.element(a, l, i);
            Value r;
            if (op == Operator.IS) {
                r = Operators.identical(e, against);
            } else if (op == Operator.ISNT) {
                r = Operators.identical(e, against);
                r = r instanceof BooleanValue ? Value.of(!((BooleanValue) r).value()) : r;
            } else {
                r = Operators.binary(op, e, against);
            }
            if (r.isUndefined()) {
                return Value.FALSE;
            }
            if (!(r instanceof BooleanValue)) {
                return Value.ERROR;
            }
            boolean b = ((BooleanValue) r).value();
            if (b && !all) {
                return Value.TRUE;
            }
            if (!b && all) {
                return Value.FALSE;
            }
        }
        return Value.of(all);
    }

    /** {@code size(x)}: elements of a list, attributes of an ad, bytes of a string. */
    static Value size(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v.isUndefined()) {
            return Value.UNDEFINED;
        }
        if (v instanceof ListValue) {
            return Value.of((long) ((ListValue) v).size());
        }
        if (v instanceof ClassAdValue) {
            return Value.of((long) ((ClassAdValue) v).ad().size());
        }
        if (v instanceof StringValue) {
            return Value.of((long) ((StringValue) v).bytes().length());
        }
        return Value.ERROR;
    }

    private static boolean isNumber(Value v) {
        return v instanceof IntegerValue || v instanceof RealValue || v instanceof BooleanValue;
    }

    /**
     * The one argument of a list summary: the list, or what the function gives instead
     * (undefined for an undefined argument, error for a wrong count or a non-list).
     */
    private static Value singleList(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value list = a.get(0);
        if (list.isUndefined() || list instanceof ListValue) {
            return list;
        }
        return Value.ERROR;
    }

    /**
     * {@code sum(list)} and {@code avg(list)}: undefined elements are skipped, other
     * non-numbers are an error. The sum starts as integer 0 and takes the first number as it is
     * ({@code sum({true})} is {@code true}); the average divides by the real count, and is
     * integer 0 when nothing was counted.
     */
    static Value sumAvg(Arguments a, boolean average) {
        Value list = singleList(a);
        if (!(list instanceof ListValue)) {
            return list;
        }
        ListValue l = (ListValue) list;
        Value total = Value.of(0L);
        boolean first = true;
        int count = 0;
        for (int i = 0; i < l.size(); i++) {
            Value e = Lists.element(a, l, i);
            if (e.isUndefined()) {
                continue;
            }
            if (!isNumber(e)) {
                return Value.ERROR;
            }
            count++;
            if (first) {
                total = e;
                first = false;
            } else {
                total = Operators.binary(Operator.ADD, total, e);
            }
        }
        if (!average || count == 0) {
            return total;
        }
        return Operators.binary(Operator.DIVIDE, total, Value.of((double) count));
    }

    /**
     * {@code min(list)} and {@code max(list)}: undefined elements are skipped, other non-numbers
     * are an error, no numbers gives undefined. As the comparison converts its operands, the
     * bound is promoted to real when a real takes part, and booleans become integers once
     * compared.
     */
    static Value bound(Arguments a, Operator op) {
        Value list = singleList(a);
        if (!(list instanceof ListValue)) {
            return list;
        }
        ListValue l = (ListValue) list;
        Value result = Value.UNDEFINED;
        for (int i = 0; i < l.size(); i++) {
            Value e = Lists.element(a, l, i);
            if (e.isUndefined()) {
                continue;
            }
            if (!isNumber(e)) {
                return Value.ERROR;
            }
            if (result.isUndefined()) {
                result = e;
                continue;
            }
            boolean real = e instanceof RealValue || result instanceof RealValue;
            Value x = real ? Conversions.toReal(e) : Conversions.toInt(e);
            Value bound = real ? Conversions.toReal(result) : Conversions.toInt(result);
            boolean replace = Operators.binary(op, x, bound) == Value.TRUE;
            result = replace ? x : bound;
        }
        return result;
    }
}
