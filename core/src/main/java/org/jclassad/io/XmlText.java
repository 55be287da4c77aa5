package org.jclassad.io;

import org.jclassad.parser.StringLiterals;

/** Decoding of XML ad text: the three entities HTCondor writes, and ClassAd string escapes. */
final class XmlText {
    private XmlText() {
    }

    /** {@code &amp; &lt; &gt;} decoded; any other entity is kept as written. */
    static String entity(String e) {
        switch (e) {
            case "&amp;": return "&";
            case "&lt;": return "<";
            case "&gt;": return ">";
            default: return e;
        }
    }

    /** Every {@code &...;} of {@code s} passed through {@link #entity}. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > 0) {
                out.append(entity(s.substring(i, semi + 1)));
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** HTCondor's escape processing of XML text (that of new-syntax strings); {@code null} for a {@code \0}. */
    static String unescape(String text) {
        try {
            return StringLiterals.unescape(text);
        } catch (StringLiterals.BadEscape e) {
            return null;
        }
    }
}
