package org.jclassad.transform.config;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/** How an ad attribute reads as macro text: a string literal raw, anything else unparsed. */
public final class AdText {
    private AdText() {
    }

    /** The text of {@code attr} in {@code ad}, or {@code null} when the ad lacks it. */
    public static String attributeText(ClassAd ad, String attr) {
        Expr e = ad.lookup(attr);
        if (e == null) {
            return null;
        }
        if (e instanceof Literal lit && lit.value() instanceof StringValue s) {
            return s.bytes();
        }
        return Unparser.oldSyntax(e);
    }

    /** A value as macro text: a string raw, anything else in old syntax. */
    public static String valueText(Value v) {
        if (v instanceof StringValue s) {
            return s.bytes();
        }
        return Unparser.oldSyntax(v);
    }
}
