package org.jclassad.format;

import org.jclassad.ClassAd;
import org.jclassad.unparse.Syntax;
import org.jclassad.unparse.Unparser;

/**
 * Ads in canonical new syntax, {@code [ a = 1; b = a + 1 ]}, byte-identical to HTCondor (a byte
 * string). Expressions and values alone print with {@link Unparser}.
 */
public final class NewSyntaxWriter {
    private NewSyntaxWriter() {
    }

    public static String unparse(ClassAd ad) {
        StringBuilder out = new StringBuilder(16 + 64 * ad.size());  // about what an attribute prints to
        new Unparser(Syntax.NEW, out).ad(ad.attributes(), ClassAd.Attribute::name, ClassAd.Attribute::expr);
        return out.toString();
    }
}
