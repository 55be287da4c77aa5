package org.jclassad.value;

/**
 * A signed 64-bit integer.
 *
 * <pre>{@code
 * IntegerValue i = (IntegerValue) new ClassAd().evaluate("7 / 2");
 * if (i.value() != 3) throw new AssertionError(i);
 * }</pre>
 */
public final class IntegerValue extends Value {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final IntegerValue[] CACHE = new IntegerValue[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new IntegerValue(i + CACHE_LOW);
        }
    }

    private final long value;

    private IntegerValue(long value) {
        this.value = value;
    }

    static IntegerValue make(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return new IntegerValue(value);
    }

    public long value() {
        return value;
    }

    @Override
    public Type type() {
        return Type.INTEGER;
    }

    @Override
    public int truth() {
        return value != 0 ? 1 : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerValue && ((IntegerValue) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
