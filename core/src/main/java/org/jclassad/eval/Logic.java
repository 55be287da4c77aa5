package org.jclassad.eval;

import org.jclassad.value.Value;

/**
 * The second half of {@code &&} and {@code ||}: combining a left value that did not decide the
 * result on its own with the right value.
 */
final class Logic {
    private Logic() {
    }

    static Value and(Value a, Value b) {
        int ta = a.truth();
        if (ta < 0 && !a.isUndefined()) {
            return Value.ERROR;
        }
        int tb = b.truth();
        if (b.isError() || (tb < 0 && !b.isUndefined())) {
            return Value.ERROR;
        }
        if (tb == 0) {
            return Value.FALSE;
        }
        return a.isUndefined() || b.isUndefined() ? Value.UNDEFINED : Value.TRUE;
    }

    static Value or(Value a, Value b) {
        int ta = a.truth();
        if (ta < 0 && !a.isUndefined()) {
            return Value.ERROR;
        }
        int tb = b.truth();
        if (b.isError() || (tb < 0 && !b.isUndefined())) {
            return Value.ERROR;
        }
        if (tb == 1) {
            return Value.TRUE;
        }
        return a.isUndefined() || b.isUndefined() ? Value.UNDEFINED : Value.FALSE;
    }
}
