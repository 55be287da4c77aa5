package org.jclassad.function;

import java.util.concurrent.ThreadLocalRandom;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.EvalFailure;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.text.CNumbers;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.Value;

/**
 * {@code floor}, {@code ceil}/{@code ceiling}, {@code round} (half to even), {@code pow},
 * {@code quantize} and {@code random}. Out-of-range conversions to integer give
 * Long.MIN_VALUE, as on HTCondor's x86-64 builds.
 */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("floor", a -> round(a, Math::floor));
        r.register("ceil", a -> round(a, Math::ceil));
        r.register("ceiling", a -> round(a, Math::ceil));
        r.register("round", a -> round(a, Math::rint));
        r.register("pow", MathFunctions::pow);
        r.register("quantize", MathFunctions::quantize);
        r.register("random", MathFunctions::random);
    }

    /** Integers unchanged; anything else converted to real (undefined is an error), rounded, made an integer. */
    static Value round(Arguments a, DoubleUnaryOperator rounding) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v instanceof IntegerValue) {
            return v;
        }
        Value r = Conversions.toReal(v);
        if (!(r instanceof RealValue)) {
            return Value.ERROR;
        }
        return Value.of(CNumbers.cLong(rounding.applyAsDouble(((RealValue) r).value())));
    }

    /**
     * {@code pow(base, exp)}: for integers with exp &gt;= 0 the integer
     * {@code (long)(pow(base, exp) + 0.5)} (so through a double, with its rounding quirks);
     * otherwise the real power.
     */
    static Value pow(Arguments a) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value y = a.get(1);
        if (x instanceof IntegerValue && y instanceof IntegerValue && ((IntegerValue) y).value() >= 0) {
            double p = cPow(((IntegerValue) x).value(), ((IntegerValue) y).value());
            return Value.of(CNumbers.cLong(p + 0.5));
        }
        Value rx = Conversions.toReal(x);
        Value ry = Conversions.toReal(y);
        if (!(rx instanceof RealValue) || !(ry instanceof RealValue)) {
            return Value.ERROR;
        }
        return Value.of(cPow(((RealValue) rx).value(), ((RealValue) ry).value()));
    }

    /** C's {@code pow}, where 1 to any power and -1 to an infinite power are 1 (Java says NaN). */
    static double cPow(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        if (y == Math.rint(y) && Math.abs(y) <= 64 && x != 0.0 && Double.isFinite(x)) {
            return exactIntegerPower(x, (int) y);
        }
        boolean negativeBase = x < 0 || (x == 0.0 && 1 / x < 0);
        if (negativeBase && y == Math.rint(y) && Double.isFinite(y)) {
            // C's sign rule for a negative base and an integer exponent: negative for odd powers
            double magnitude = Math.pow(-x, y);
            boolean odd = Math.abs(y) < 0x1p53 && ((long) y & 1L) != 0;
            return odd ? -magnitude : magnitude;
        }
        return Math.pow(x, y);
    }

    /**
     * {@code x} to a small integer power, correctly rounded as glibc's {@code pow} is (Java's
     * {@code Math.pow} may be one unit in the last place off): the power is computed exactly,
     * and a reciprocal to 60 digits, before rounding once to a double.
     */
    private static double exactIntegerPower(double x, int n) {
        BigDecimal p = new BigDecimal(x).pow(Math.abs(n));
        if (n < 0) {
            p = BigDecimal.ONE.divide(p, new MathContext(60));
        }
        return p.doubleValue();
    }

    /**
     * {@code quantize(a, b)}: a rounded up to a multiple of b; with a list, the first element at
     * least a (as it is), else multiples of the last element.
     */
    static Value quantize(Arguments a) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Value x = a.get(0);
        Value b = a.get(1);
        Value rx = Conversions.toReal(x);
        if (!(rx instanceof RealValue)) {
            return Value.ERROR;
        }
        double value = ((RealValue) rx).value();
        double base;
        if (b instanceof ListValue) {
            ListValue list = (ListValue) b;
            Value last = Value.of(0.0);
            base = 0.0;
            for (int i = 0; i < list.size(); i++) {
                last = Lists.element(a, list, i);
                Value r = Conversions.toReal(last);
                if (!(r instanceof RealValue)) {
                    return Value.ERROR;
                }
                base = ((RealValue) r).value();
                if (base >= value) {
                    return last;
                }
            }
            b = last;
        } else {
            Value r = Conversions.toReal(b);
            if (!(r instanceof RealValue)) {
                return Value.ERROR;
            }
            base = ((RealValue) r).value();
        }
        if (b instanceof IntegerValue) {
            long ib = ((IntegerValue) b).value();
            if (ib == 0) {
                return x;
            }
            if (x instanceof IntegerValue) {
                long ix = ((IntegerValue) x).value();
                return Value.of(((ix + ib - 1) / ib) * ib);
            }
            return Value.of(Math.ceil(value / ib) * ib);
        }
        if (base >= -1e-8 && base <= 1e-8) {
            return x;
        }
        return Value.of(Math.ceil(value / base) * base);
    }

    /**
     * {@code random([x])}: an integer in [0, x) for an integer x, a real in [0, x] for a real x
     * (1.0 without an argument); x &lt;= 0 fails the evaluation.
     */
    static Value random(Arguments a) {
        if (a.size() > 1) {
            return Value.ERROR;
        }
        Value v = a.size() == 0 ? Value.of(1.0) : a.get(0);
        ThreadLocalRandom rng = ThreadLocalRandom.current();
        if (v instanceof IntegerValue) {
            int max = (int) ((IntegerValue) v).value();
            if (max <= 0) {
                throw EvalFailure.fail();
            }
            return Value.of((long) rng.nextInt(max));
        }
        if (v instanceof RealValue) {
            double max = ((RealValue) v).value();
            if (max <= 0) {
                throw EvalFailure.fail();
            }
            long k = rng.nextLong((long) Integer.MAX_VALUE + 1);
            return Value.of(max * k / Integer.MAX_VALUE);
        }
        return Value.ERROR;
    }
}
