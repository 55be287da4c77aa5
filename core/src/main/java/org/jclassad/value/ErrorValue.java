package org.jclassad.value;

/** The {@code error} value. */
public final class ErrorValue extends Value {
    static final ErrorValue INSTANCE = new ErrorValue();

    private ErrorValue() {
    }

    @Override
    public Type type() {
        return Type.ERROR;
    }
}
