package org.jclassad.format;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.unparse.Syntax;
import org.jclassad.unparse.Unparser;

/**
 * Ads in HTCondor's long format: {@code Name = expr} lines in old syntax. Expressions and values
 * alone print with {@link Unparser#oldSyntax}.
 */
public final class OldSyntaxWriter {
    private OldSyntaxWriter() {
    }

    /** {@code Name = expr\n} per attribute, names sorted by byte order (HTCondor's sPrintAd). */
    public static String longForm(ClassAd ad) {
        StringBuilder out = new StringBuilder(64 * ad.size());
        AdStreamWriter.longFormByName(out, ad, true, true);
        return out.toString();
    }

    /** {@code Name = expr\n} per attribute in the ad's own order (the library's whole-ad print). */
    public static String libraryOrder(ClassAd ad) {
        if (ad.size() == 0) {
            return "\n";
        }
        return lines(ad.attributes(), true);
    }

    private static String lines(List<ClassAd.Attribute> attrs, boolean quoteNames) {
        StringBuilder out = new StringBuilder();
        Unparser w = new Unparser(Syntax.OLD, out);
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
