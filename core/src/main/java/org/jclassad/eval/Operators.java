package org.jclassad.eval;

import org.jclassad.ast.Operator;
import org.jclassad.text.ByteStrings;
import org.jclassad.text.CNumbers;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * HTCondor's operator semantics on values: strictness, promotion, the time arithmetic table,
 * comparisons and identity. Pure functions; the evaluation nodes decide what to evaluate.
 */
public final class Operators {
    private Operators() {
    }

    /** A strict binary operator applied to evaluated operands. */
    public static Value binary(Operator op, Value a, Value b) {
        if (a instanceof IntegerValue && b instanceof IntegerValue) {
            Value c = compareIntegers(op, ((IntegerValue) a).value(), ((IntegerValue) b).value());
            if (c != null) {
                return c;
            }
        } else if (a instanceof StringValue && b instanceof StringValue
                && (op == Operator.EQUAL || op == Operator.NOT_EQUAL)) {
            boolean same = ByteStrings.equalIgnoreCase(((StringValue) a).bytes(), ((StringValue) b).bytes());
            return Value.of(same == (op == Operator.EQUAL));
        }
        if (a.isError() || b.isError()) {
            return Value.ERROR;
        }
        if (a.isUndefined() || b.isUndefined()) {
            return Value.UNDEFINED;
        }
        switch (op) {
            case ADD:
            case SUBTRACT:
            case MULTIPLY:
            case DIVIDE:
            case MODULUS:
                return arithmetic(op, a, b);
            case EQUAL:
            case NOT_EQUAL:
            case LESS:
            case LESS_OR_EQUAL:
            case GREATER:
            case GREATER_OR_EQUAL:
                return compare(op, a, b);
            case BITWISE_AND:
            case BITWISE_OR:
            case BITWISE_XOR:
            case SHIFT_LEFT:
            case SHIFT_RIGHT:
            case UNSIGNED_SHIFT_RIGHT:
                return bitwise(op, a, b);
            default:
                throw new IllegalArgumentException("not a strict binary operator: " + op);
        }
    }

    /** The common case of a Requirements clause: integers compared; {@code null} for other operators. */
    private static Value compareIntegers(Operator op, long x, long y) {
        switch (op) {
            case LESS: return Value.of(x < y);
            case LESS_OR_EQUAL: return Value.of(x <= y);
            case GREATER: return Value.of(x > y);
            case GREATER_OR_EQUAL: return Value.of(x >= y);
            case EQUAL: return Value.of(x == y);
            case NOT_EQUAL: return Value.of(x != y);
            default: return null;
        }
    }

    /** A prefix operator applied to its evaluated operand. */
    public static Value unary(Operator op, Value v) {
        if (v.isError() || v.isUndefined()) {
            return v;
        }
        switch (op) {
            case PLUS:
                if (v instanceof IntegerValue || v instanceof RealValue || v instanceof RelTimeValue) {
                    return v;
                }
                return Value.ERROR;
            case NEGATE:
                if (v instanceof IntegerValue) {
                    return Value.of(-((IntegerValue) v).value());
                }
                if (v instanceof RealValue) {
                    return Value.of(-((RealValue) v).value());
                }
                if (v instanceof RelTimeValue) {
                    return Value.relTime(-((RelTimeValue) v).seconds());
                }
                return Value.ERROR;
            case NOT:
                if (v instanceof BooleanValue) {
                    return Value.of(!((BooleanValue) v).value());
                }
                if (v instanceof IntegerValue) {
                    return Value.of(((IntegerValue) v).value() == 0);
                }
                if (v instanceof RealValue) {
                    return Value.of(((RealValue) v).value() == 0.0);
                }
                return Value.ERROR;
            case BITWISE_NOT:
                if (v instanceof IntegerValue) {
                    return Value.of(~((IntegerValue) v).value());
                }
                return Value.ERROR;
            default:
                throw new IllegalArgumentException("not a prefix operator: " + op);
        }
    }

    static boolean isTime(Value v) {
        return v instanceof AbsTimeValue || v instanceof RelTimeValue;
    }

    static Value arithmetic(Operator op, Value a, Value b) {
        if (a instanceof StringValue || b instanceof StringValue || a instanceof ListValue || b instanceof ListValue
                || a instanceof ClassAdValue || b instanceof ClassAdValue) {
            return Value.ERROR;
        }
        if (isTime(a) || isTime(b)) {
            return timeArithmetic(op, a, b);
        }
        if (a instanceof RealValue || b instanceof RealValue) {
            return realArithmetic(op, toDouble(a), toDouble(b));
        }
        long x = toLong(a);
        long y = toLong(b);
        switch (op) {
            case ADD: return Value.of(x + y);
            case SUBTRACT: return Value.of(x - y);
            case MULTIPLY: return Value.of(x * y);
            case DIVIDE:
                if (y == 0) {
                    return Value.ERROR;
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return Value.of(Long.MAX_VALUE);
                }
                return Value.of(x / y);
            default:
                if (y == 0) {
                    return Value.ERROR;
                }
                if (y == -1) {
                    return Value.of(0L);
                }
                return Value.of(x % y);
        }
    }

    static Value realArithmetic(Operator op, double x, double y) {
        double r;
        switch (op) {
            case ADD: r = x + y; break;
            case SUBTRACT: r = x - y; break;
            case MULTIPLY: r = x * y; break;
            case DIVIDE: r = x / y; break;
            default: return Value.ERROR;
        }
        return real(r);
    }

    /** HTCondor turns a real result of +infinity into {@code error}. */
    public static Value real(double r) {
        if (r == Double.POSITIVE_INFINITY) {
            return Value.ERROR;
        }
        return Value.of(r);
    }

    private static Value timeArithmetic(Operator op, Value a, Value b) {
        if (op == Operator.MODULUS) {
            return Value.ERROR;
        }
        if (a instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) a;
            if (b instanceof RelTimeValue && (op == Operator.ADD || op == Operator.SUBTRACT)) {
                int delta = CNumbers.cInt(((RelTimeValue) b).seconds());
                long secs = op == Operator.ADD ? t.seconds() + delta : t.seconds() - delta;
                return Value.absTime(secs, t.offset());
            }
            if (b instanceof AbsTimeValue && op == Operator.SUBTRACT) {
                return Value.relTime((double) (t.seconds() - ((AbsTimeValue) b).seconds()));
            }
            return Value.ERROR;
        }
        if (a instanceof RelTimeValue) {
            double s = ((RelTimeValue) a).seconds();
            if (b instanceof AbsTimeValue && op == Operator.ADD) {
                AbsTimeValue t = (AbsTimeValue) b;
                return Value.absTime(t.seconds() + CNumbers.cInt(s), t.offset());
            }
            if (b instanceof RelTimeValue) {
                double u = ((RelTimeValue) b).seconds();
                if (op == Operator.ADD) {
                    return Value.relTime(s + u);
                }
                if (op == Operator.SUBTRACT) {
                    return Value.relTime(s - u);
                }
                return Value.ERROR;
            }
            if (b instanceof IntegerValue || b instanceof RealValue) {
                double n = toDouble(b);
                if (op == Operator.MULTIPLY) {
                    return Value.relTime(s * n);
                }
                if (op == Operator.DIVIDE) {
                    return Value.relTime(s / n);
                }
            }
            return Value.ERROR;
        }
        if ((a instanceof IntegerValue || a instanceof RealValue) && b instanceof RelTimeValue
                && op == Operator.MULTIPLY) {
            return Value.relTime(toDouble(a) * ((RelTimeValue) b).seconds());
        }
        return Value.ERROR;
    }

    static Value compare(Operator op, Value a, Value b) {
        if (a instanceof ListValue || b instanceof ListValue || a instanceof ClassAdValue || b instanceof ClassAdValue) {
            return Value.ERROR;
        }
        int c;
        if (a instanceof StringValue || b instanceof StringValue) {
            if (!(a instanceof StringValue && b instanceof StringValue)) {
                return Value.ERROR;
            }
            c = ByteStrings.compareIgnoreCase(((StringValue) a).bytes(), ((StringValue) b).bytes());
            return Value.of(test(op, c));
        }
        if (a instanceof AbsTimeValue || b instanceof AbsTimeValue) {
            if (!(a instanceof AbsTimeValue && b instanceof AbsTimeValue)) {
                return Value.ERROR;
            }
            c = Long.compare(((AbsTimeValue) a).seconds(), ((AbsTimeValue) b).seconds());
            return Value.of(test(op, c));
        }
        if (a instanceof RelTimeValue || b instanceof RelTimeValue) {
            if (!(a instanceof RelTimeValue && b instanceof RelTimeValue)) {
                return Value.ERROR;
            }
            return Value.of(testDouble(op, ((RelTimeValue) a).seconds(), ((RelTimeValue) b).seconds()));
        }
        if (a instanceof RealValue || b instanceof RealValue) {
            return Value.of(testDouble(op, toDouble(a), toDouble(b)));
        }
        return Value.of(test(op, Long.compare(toLong(a), toLong(b))));
    }

    private static boolean test(Operator op, int c) {
        switch (op) {
            case EQUAL: return c == 0;
            case NOT_EQUAL: return c != 0;
            case LESS: return c < 0;
            case LESS_OR_EQUAL: return c <= 0;
            case GREATER: return c > 0;
            default: return c >= 0;
        }
    }

    private static boolean testDouble(Operator op, double x, double y) {
        switch (op) {
            case EQUAL: return x == y;
            case NOT_EQUAL: return x != y;
            case LESS: return x < y;
            case LESS_OR_EQUAL: return x <= y;
            case GREATER: return x > y;
            default: return x >= y;
        }
    }

    static Value bitwise(Operator op, Value a, Value b) {
        if (!(a instanceof IntegerValue && b instanceof IntegerValue)) {
            return Value.ERROR;
        }
        long x = ((IntegerValue) a).value();
        long n = ((IntegerValue) b).value();
        switch (op) {
            case BITWISE_AND: return Value.of(x & n);
            case BITWISE_OR: return Value.of(x | n);
            case BITWISE_XOR: return Value.of(x ^ n);
            case SHIFT_LEFT: return Value.of(x << n);
            case SHIFT_RIGHT:
                if (x >= 0) {
                    return Value.of(x >> n);
                }
                if (n <= 0) {
                    return Value.of(x);
                }
                if (n >= 64) {
                    return Value.of(-1L);
                }
                return Value.of(x >> n);
            default:
                if (x >= 0) {
                    return Value.of(x >> n);
                }
                return Value.of((x >>> 1) >> (n - 1));
        }
    }

    /** {@code =?=}: same type and same value, strings case-sensitively; lists and ads give error. */
    public static Value identical(Value a, Value b) {
        if (a.type() != b.type()) {
            return Value.FALSE;
        }
        if (a instanceof ListValue) {
            if (((ListValue) a).isDetached() != ((ListValue) b).isDetached()) {
                return Value.FALSE;
            }
            return Value.ERROR;
        }
        if (a instanceof ClassAdValue) {
            return Value.ERROR;
        }
        if (a.isUndefined() || a.isError()) {
            return Value.TRUE;
        }
        if (a instanceof RealValue) {
            return Value.of(((RealValue) a).value() == ((RealValue) b).value());
        }
        if (a instanceof RelTimeValue) {
            return Value.of(((RelTimeValue) a).seconds() == ((RelTimeValue) b).seconds());
        }
        return Value.of(a.equals(b));
    }

    static long toLong(Value v) {
        if (v instanceof IntegerValue) {
            return ((IntegerValue) v).value();
        }
        return ((BooleanValue) v).value() ? 1 : 0;
    }

    static double toDouble(Value v) {
        if (v instanceof RealValue) {
            return ((RealValue) v).value();
        }
        return toLong(v);
    }
}
