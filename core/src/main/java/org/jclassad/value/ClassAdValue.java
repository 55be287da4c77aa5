package org.jclassad.value;

import org.jclassad.ClassAd;
import org.jclassad.eval.Scope;

/** A ClassAd as a value: the ad together with the scope chain it lives in. */
public final class ClassAdValue extends Value {
    private final Scope scope;

    public ClassAdValue(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public ClassAd ad() {
        return scope.ad();
    }

    @Override
    public Type type() {
        return Type.CLASSAD;
    }
}
