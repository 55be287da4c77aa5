package org.jclassad.format;

import org.jclassad.ClassAd;
import org.jclassad.unparse.Unparser;

/**
 * Ads in HTCondor's multi-line "pretty" form (Python's {@code str(ad)}), see {@link Unparser#pretty}.
 * Output is a byte string.
 */
public final class PrettyWriter {
    private PrettyWriter() {
    }

    /** A whole ad. */
    public static String write(ClassAd ad) {
        return Unparser.prettyAd(ad.attributes(), ClassAd.Attribute::name, ClassAd.Attribute::expr);
    }
}
