package org.jclassad.value;

/** The {@code error} value. */
final class ErrorValue extends Value {
    static final ErrorValue INSTANCE = new ErrorValue();

    private ErrorValue() {
    }

    @Override
    public Type type() {
        return Type.ERROR;
    }

    /** New syntax, as HTCondor prints this value. */
    @Override
    public String toString() {
        return "error";
    }
}
