package org.jclassad.function;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.analysis.Dereference;
import org.jclassad.ast.ListExpr;
import org.jclassad.eval.Arguments;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.NestedEvaluation;
import org.jclassad.eval.Node;
import org.jclassad.value.Value;

/**
 * HTCondor's {@code evalInEachContext(expr, ads)} and {@code countMatches(expr, ads)}: an
 * expression evaluated inside each ad of a list (for instance the custom resources of a slot).
 */
final class ContextFunctions {
    private ContextFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("evalInEachContext", a -> eachContext(a, false));
        r.register("countMatches", a -> eachContext(a, true));
    }

    /**
     * If {@code expr} is an attribute reference that resolves here, the expression it names is
     * used (not its value). Each list element that is an ad gets a fresh evaluation rooted at
     * it; an undefined element gives undefined, any other element error.
     */
    static Value eachContext(Arguments a, boolean count) {
        if (a.size() != 2) {
            return Value.ERROR;
        }
        Node expr = a.node(0);
        if (Dereference.isReference(a.expr(0))) {
            Dereference.Found found = Dereference.deref(a.context(), a.expr(0));
            if (found != null) {
                expr = ClassAdAccess.node(found.attribute());
            }
        }
        Value listValue = a.context().evaluateOrError(a.node(1), a.context().current());
        if (!(a.expr(1) instanceof ListExpr)) {
            if (listValue.isUndefined()) {
                return count ? Value.of(0L) : Value.UNDEFINED;
            }
            if (!(listValue instanceof ListValue)) {
                return Value.ERROR;
            }
        }
        ListValue list = (ListValue) listValue;
        List<Value> results = new ArrayList<>();
        long matches = 0;
        for (int i = 0; i < list.size(); i++) {
            Value element = Lists.elementOrError(a, list, i);
            Value r;
            if (element instanceof ClassAdValue) {
                r = NestedEvaluation.evaluateFresh(a.context(), expr, ((ClassAdValue) element).scope());
            } else {
                r = element.isUndefined() ? Value.UNDEFINED : Value.ERROR;
            }
            if (r.truth() == 1) {
                matches++;
            }
            results.add(r);
        }
        return count ? Value.of(matches) : ListValue.detachedOfValues(results);
    }
}
