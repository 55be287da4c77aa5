package org.jclassad.value;

/** The {@code undefined} value. */
final class UndefinedValue extends Value {
    static final UndefinedValue INSTANCE = new UndefinedValue();

    private UndefinedValue() {
    }

    @Override
    public Type type() {
        return Type.UNDEFINED;
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return "undefined";
    }
}
