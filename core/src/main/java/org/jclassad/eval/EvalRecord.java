package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** An ad literal: the ad, enclosed by the scope it is evaluated in. */
final class EvalRecord extends Node {
    private final ClassAd ad;

    EvalRecord(Expr source, ClassAd ad) {
        super(source);
        this.ad = ad;
    }

    @Override
    Value eval(EvalContext ctx) {
        return new ClassAdValue(new Scope(ad, ctx.current));
    }
}
