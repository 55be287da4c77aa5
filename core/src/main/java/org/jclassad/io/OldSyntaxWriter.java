package org.jclassad.io;

import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.value.Value;

/** Old-syntax text: HTCondor's long format ({@code Name = expr} lines) and old expression print. */
public final class OldSyntaxWriter {
    private OldSyntaxWriter() {
    }

    public static String unparse(Expr e) {
        StringBuilder out = new StringBuilder();
        new ExprWriter(true, out).expr(e);
        return out.toString();
    }

    public static String unparse(Value v) {
        StringBuilder out = new StringBuilder();
        new ExprWriter(true, out).value(v);
        return out.toString();
    }

    /** {@code Name = expr\n} per attribute, names sorted by byte order (HTCondor's sPrintAd). */
    public static String longForm(ClassAd ad) {
        List<ClassAd.Attribute> attrs = new ArrayList<>(ad.attributes());
        attrs.sort((a, b) -> a.name().compareTo(b.name()));
        return lines(attrs);
    }

    /** {@code Name = expr\n} per attribute in the ad's own order (the library's whole-ad print). */
    public static String libraryOrder(ClassAd ad) {
        if (ad.size() == 0) {
            return "\n";
        }
        return lines(ad.attributes(), true);
    }

    private static String lines(List<ClassAd.Attribute> attrs) {
        return lines(attrs, false);
    }

    private static String lines(List<ClassAd.Attribute> attrs, boolean quoteNames) {
        StringBuilder out = new StringBuilder();
        ExprWriter w = new ExprWriter(true, out);
        for (ClassAd.Attribute a : attrs) {
            if (quoteNames) {
                w.name(a.name());
            } else {
                out.append(a.name());
            }
            out.append(" = ");
            w.expr(a.expr());
            out.append('\n');
        }
        return out.toString();
    }
}
