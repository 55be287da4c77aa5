package org.jclassad.io;

import org.jclassad.ClassAd;
import org.jclassad.unparse.PrettyPrinter;

/**
 * Ads in HTCondor's multi-line "pretty" form (Python's {@code str(ad)}), see {@link PrettyPrinter}.
 * Output is a byte string.
 */
public final class PrettyWriter {
    private PrettyWriter() {
    }

    /** A whole ad. */
    public static String write(ClassAd ad) {
        return PrettyPrinter.ad(ad.attributes(), ClassAd.Attribute::name, ClassAd.Attribute::expr);
    }
}
