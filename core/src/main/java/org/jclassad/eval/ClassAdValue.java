package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.value.Value;

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
