package org.jclassad.format;

import java.util.List;
import java.util.function.Predicate;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.unparse.Syntax;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

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
        longFormByName(out, ad, true, name -> true);
        return out.toString();
    }

    /**
     * The long form of an ad without a parent, by name (ignoring case, or by bytes), keeping the
     * names {@code keep} accepts: the common case, printed without a list of attributes.
     */
    public static void longFormByName(StringBuilder s, ClassAd ad, boolean byBytes, Predicate<String> keep) {
        Unparser w = new Unparser(Syntax.OLD, s);
        ClassAdAccess.forEachByName(ad, byBytes, (name, node) -> {
            if (keep.test(name)) {
                s.append(name).append(" = ");
                Value literal = node.literalValue();
                if (literal != null) {
                    w.value(literal);
                } else {
                    w.expr(node.source());
                }
                s.append('\n');
            }
        });
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
