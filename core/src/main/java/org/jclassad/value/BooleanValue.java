package org.jclassad.value;

/**
 * {@code true} or {@code false}.
 *
 * <pre>{@code
 * BooleanValue b = (BooleanValue) new ClassAd().evaluate("1 < 2");
 * if (!b.value() || b != Value.TRUE) throw new AssertionError(b);
 * }</pre>
 */
public final class BooleanValue extends Value {
    static final BooleanValue TRUE = new BooleanValue(true);
    static final BooleanValue FALSE = new BooleanValue(false);

    private final boolean value;

    private BooleanValue(boolean value) {
        this.value = value;
    }

    public boolean value() {
        return value;
    }

    @Override
    public Type type() {
        return Type.BOOLEAN;
    }

    @Override
    public int truth() {
        return value ? 1 : 0;
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return value ? "true" : "false";
    }
}
