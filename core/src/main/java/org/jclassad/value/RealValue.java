package org.jclassad.value;

import org.jclassad.text.RealText;

/**
 * An IEEE double; NaN, infinities and -0.0 are all representable.
 *
 * <pre>{@code
 * RealValue r = (RealValue) new ClassAd().evaluate("7 / 2.0");
 * if (r.value() != 3.5) throw new AssertionError(r);
 * }</pre>
 */
public final class RealValue extends Value {
    private static final RealValue ZERO = new RealValue(0.0);

    private final double value;

    private RealValue(double value) {
        this.value = value;
    }

    static RealValue make(double value) {
        if (value == 0.0 && Double.doubleToRawLongBits(value) == 0L) {
            return ZERO;
        }
        return new RealValue(value);
    }

    public double value() {
        return value;
    }

    @Override
    public Type type() {
        return Type.REAL;
    }

    @Override
    public int truth() {
        return value != 0.0 || Double.isNaN(value) ? 1 : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealValue
                && Double.doubleToLongBits(((RealValue) o).value) == Double.doubleToLongBits(value);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return RealText.newSyntax(value);
    }
}
