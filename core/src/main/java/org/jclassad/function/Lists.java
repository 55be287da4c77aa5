package org.jclassad.function;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Scope;
import org.jclassad.value.Value;

/** Evaluating the elements of a list value, as the list functions do. */
final class Lists {
    private Lists() {
    }

    private static Scope scopeOf(Arguments a, ListValue list) {
        return list.scope() == null ? a.context().current() : list.scope();
    }

    /** Element {@code i}, evaluated where the list was written; a failure fails the whole evaluation. */
    static Value element(Arguments a, ListValue list, int i) {
        return a.context().evaluateIn(list.elements().get(i), scopeOf(a, list));
    }

    /** Element {@code i}; a failed evaluation gives {@code error}. */
    static Value elementOrError(Arguments a, ListValue list, int i) {
        return a.context().evaluateOrError(list.elements().get(i), scopeOf(a, list));
    }
}
