package org.jclassad.function;

import org.jclassad.text.CNumbers;
import org.jclassad.text.TimeText;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The value conversions HTCondor's functions share: to string, to real and to integer, with
 * C's number parsing ({@code strtod}) and x86-64's out-of-range float-to-integer results.
 */
final class Conversions {
    private Conversions() {
    }

    /**
     * HTCondor's string conversion: strings unchanged, times in their text forms, everything
     * else unparsed. Undefined stays undefined, error stays error.
     */
    static Value toStringValue(Value v) {
        if (v.isUndefined() || v.isError() || v instanceof StringValue) {
            return v;
        }
        return Value.ofBytes(text(v));
    }

    /** The string form of a defined, non-error value (see {@link #toStringValue}). */
    static String text(Value v) {
        if (v instanceof StringValue) {
            return ((StringValue) v).bytes();
        }
        if (v instanceof AbsTimeValue) {
            AbsTimeValue t = (AbsTimeValue) v;
            return TimeText.absolute(t.seconds(), t.offset());
        }
        if (v instanceof RelTimeValue) {
            return TimeText.relative(relWholeSeconds((RelTimeValue) v));
        }
        return Unparser.newSyntax(v);
    }

    /** HTCondor's real conversion: a real, or undefined/error when it cannot convert. */
    static Value toReal(Value v) {
        if (v instanceof RealValue || v.isUndefined()) {
            return v;
        }
        if (v instanceof IntegerValue) {
            return Value.of((double) ((IntegerValue) v).value());
        }
        if (v instanceof BooleanValue) {
            return Value.of(((BooleanValue) v).value() ? 1.0 : 0.0);
        }
        if (v instanceof AbsTimeValue) {
            return Value.of((double) ((AbsTimeValue) v).seconds());
        }
        if (v instanceof RelTimeValue) {
            return Value.of((double) relWholeSeconds((RelTimeValue) v));
        }
        if (v instanceof StringValue) {
            CNumbers.Strtod r = CNumbers.strtod(((StringValue) v).bytes(), 0);
            if (r.end() == 0 && r.value() == 0.0) {
                return Value.ERROR;
            }
            return Value.of(r.value());
        }
        return Value.ERROR;
    }

    /** HTCondor's integer conversion: an integer, or undefined/error when it cannot convert. */
    static Value toInt(Value v) {
        if (v instanceof IntegerValue || v.isUndefined()) {
            return v;
        }
        if (v instanceof BooleanValue) {
            return Value.of(((BooleanValue) v).value() ? 1L : 0L);
        }
        if (v instanceof RealValue) {
            return Value.of(CNumbers.cLong(((RealValue) v).value()));
        }
        if (v instanceof AbsTimeValue) {
            return Value.of(((AbsTimeValue) v).seconds());
        }
        if (v instanceof RelTimeValue) {
            return Value.of((long) relWholeSeconds((RelTimeValue) v));
        }
        if (v instanceof StringValue) {
            CNumbers.Strtod r = CNumbers.strtod(((StringValue) v).bytes(), 0);
            long i = CNumbers.cLong(r.value());
            if (r.end() == 0 && i == 0) {
                return Value.ERROR;
            }
            return Value.of(i);
        }
        return Value.ERROR;
    }

    /** A relative time read as whole seconds, as HTCondor does through a C {@code int}. */
    static int relWholeSeconds(RelTimeValue v) {
        return CNumbers.cInt(v.seconds());
    }

}
