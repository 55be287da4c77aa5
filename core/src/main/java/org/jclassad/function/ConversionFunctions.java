package org.jclassad.function;

import java.time.ZoneId;

import java.util.function.UnaryOperator;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.EvalFailure;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.text.CNumbers;
import org.jclassad.text.CivilTime;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * {@code int}, {@code real}, {@code string}, {@code bool}, and {@code absTime}/{@code relTime}
 * at run time (a single string literal argument is already a time literal after parsing).
 */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("int", a -> convert(a, Conversions::toInt));
        r.register("real", a -> convert(a, Conversions::toReal));
        r.register("string", a -> convert(a, Conversions::toStringValue));
        r.register("bool", ConversionFunctions::bool);
        r.register("absTime", ConversionFunctions::absTime);
        r.register("relTime", ConversionFunctions::relTime);
    }

    private static Value convert(Arguments a, UnaryOperator<Value> conversion) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        return conversion.apply(a.get(0));
    }

    /**
     * {@code bool(x)}: numbers are true when non-zero (NaN too), relative times when their whole
     * seconds are; the strings "true" and "false" in any case; any other string is undefined.
     */
    static Value bool(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v.isUndefined() || v instanceof BooleanValue) {
            return v;
        }
        if (v instanceof IntegerValue) {
            return Value.of(((IntegerValue) v).value() != 0);
        }
        if (v instanceof RealValue) {
            return Value.of(((RealValue) v).value() != 0.0);
        }
        if (v instanceof RelTimeValue) {
            return Value.of(Conversions.relWholeSeconds((RelTimeValue) v) != 0);
        }
        if (v instanceof StringValue) {
            String s = ((StringValue) v).bytes();
            if (s.equalsIgnoreCase("false")) {
                return Value.FALSE;
            }
            if (s.equalsIgnoreCase("true")) {
                return Value.TRUE;
            }
            return Value.UNDEFINED;
        }
        return Value.ERROR;
    }

    /** The zone's offset (seconds east of UTC) at an instant. */
    static int localOffset(ZoneId zone, long epochSeconds) {
        return CivilTime.offset(zone, epochSeconds);
    }

    /**
     * {@code absTime()}, {@code absTime(t)} and {@code absTime(t, offset)}: numbers and relative
     * times become absolute times (32-bit seconds; the local offset unless one is given);
     * absolute times and, as in HTCondor, strings are returned unchanged.
     */
    static Value absTime(Arguments a) {
        if (a.size() == 0) {
            return TimeFunctions.now(a);
        }
        if (a.size() > 2) {
            return Value.ERROR;
        }
        Value t = a.get(0);
        Integer offset = null;
        if (a.size() == 2) {
            Value o = a.get(1);
            if (o instanceof IntegerValue) {
                offset = (int) ((IntegerValue) o).value();
            } else if (o instanceof RealValue) {
                offset = CNumbers.cInt(((RealValue) o).value());
            } else if (o instanceof RelTimeValue) {
                offset = Conversions.relWholeSeconds((RelTimeValue) o);
            } else {
                return Value.ERROR;
            }
        }
        ZoneId zone = a.context().options().zone();
        long secs;
        if (t instanceof IntegerValue) {
            secs = (int) ((IntegerValue) t).value();
            int off = offset != null ? offset : localOffset(zone, secs);
            if (off == -1) {
                throw EvalFailure.fail();
            }
            return Value.absTime(secs, off);
        }
        if (t instanceof RealValue) {
            secs = CNumbers.cInt(((RealValue) t).value());
        } else if (t instanceof RelTimeValue) {
            secs = Conversions.relWholeSeconds((RelTimeValue) t);
        } else if (t instanceof AbsTimeValue || t instanceof StringValue || t.isUndefined()) {
            return t;
        } else {
            return Value.ERROR;
        }
        return Value.absTime(secs, offset != null ? offset : localOffset(zone, secs));
    }

    /**
     * {@code relTime(t)} at run time: numbers become relative times (integers read as 32 bits,
     * reals keep their fraction), an absolute time gives its epoch seconds, and a computed
     * string gives 0, as in HTCondor.
     */
    static Value relTime(Arguments a) {
        if (a.size() < 1 || a.size() > 2) {
            return Value.ERROR;
        }
        Value t = a.get(0);
        if (a.size() == 2) {
            a.get(1);
            return Value.ERROR;
        }
        if (t.isUndefined() || t instanceof RelTimeValue) {
            return t;
        }
        if (t instanceof IntegerValue) {
            return Value.relTime((int) ((IntegerValue) t).value());
        }
        if (t instanceof RealValue) {
            return Value.relTime(((RealValue) t).value());
        }
        if (t instanceof AbsTimeValue) {
            return Value.relTime((double) ((AbsTimeValue) t).seconds());
        }
        if (t instanceof StringValue) {
            return Value.relTime(0.0);
        }
        return Value.ERROR;
    }
}
