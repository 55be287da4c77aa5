package org.jclassad.io;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** Canonical new-syntax text, byte-identical to HTCondor's unparser (a byte string). */
public final class NewSyntaxWriter {
    private NewSyntaxWriter() {
    }

    public static String unparse(Expr e) {
        StringBuilder out = new StringBuilder();
        new ExprWriter(false, out).expr(e);
        return out.toString();
    }

    public static String unparse(Value v) {
        StringBuilder out = new StringBuilder();
        new ExprWriter(false, out).value(v);
        return out.toString();
    }

    public static String unparse(ClassAd ad) {
        StringBuilder out = new StringBuilder(16 + 64 * ad.size());  // about what an attribute prints to
        new ExprWriter(false, out).ad(ad);
        return out.toString();
    }

    /** A string body quoted and escaped as new syntax prints it. */
    public static String quote(String bytes) {
        StringBuilder out = new StringBuilder();
        ExprWriter.quoted(bytes, '"', out);
        return out.toString();
    }
}
