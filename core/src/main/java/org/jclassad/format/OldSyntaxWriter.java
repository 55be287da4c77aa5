package org.jclassad.format;

import java.util.List;
import java.util.function.Predicate;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Node;
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

    private static final Predicate<String> ALL = name -> true;

    /** {@code Name = expr\n} per attribute, names sorted by byte order (HTCondor's sPrintAd). */
    public static String longForm(ClassAd ad) {
        StringBuilder out = new StringBuilder(64 * ad.size());
        longFormByName(out, ad, true, ALL);
        return out.toString();
    }

    /**
     * The long form of an ad without a parent, by name (ignoring case, or by bytes), keeping the
     * names {@code keep} accepts: the common case, printed without a list of attributes. {@code keep}
     * is best a constant: each shape keeps its filtered order for the last predicate it was given.
     */
    public static void longFormByName(StringBuilder s, ClassAd ad, boolean byBytes, Predicate<String> keep) {
        Unparser w = new Unparser(Syntax.OLD, s);
        ClassAdAccess.forEachByName(ad, byBytes, keep, (name, node) -> appendLine(s, w, name, false, node));
    }

    /**
     * Appends {@code Name = expr} and a newline to {@code s} (which {@code w} writes to), the name
     * quoted when {@code quoteName} and it is not a plain identifier; a literal is printed from its
     * value, anything else unparsed.
     */
    public static void appendLine(StringBuilder s, Unparser w, String name, boolean quoteName, Node node) {
        if (quoteName) {
            w.name(name);
        } else {
            s.append(name);
        }
        s.append(" = ");
        Value literal = node.literalValue();
        if (literal != null) {
            w.value(literal);
        } else {
            w.expr(node.source());
        }
        s.append('\n');
    }

    /** {@code Name = expr\n} per attribute in the ad's own order (the library's whole-ad print). */
    public static String libraryOrder(ClassAd ad) {
        if (ad.size() == 0) {
            return "\n";
        }
        return lines(ad.attributes());
    }

    private static String lines(List<ClassAd.Attribute> attrs) {
        StringBuilder out = new StringBuilder();
        Unparser w = new Unparser(Syntax.OLD, out);
        for (ClassAd.Attribute a : attrs) {
            appendLine(out, w, a.name(), true, ClassAdAccess.node(a));
        }
        return out.toString();
    }
}
