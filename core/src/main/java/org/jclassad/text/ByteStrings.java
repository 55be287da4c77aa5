package org.jclassad.text;

/**
 * Byte strings (one {@code char} per byte, as every ClassAd string is held) treated as C treats
 * them: ASCII-only case folding ({@code strcasecmp}, {@code tolower}) and C escapes in quoted text.
 */
public final class ByteStrings {
    private ByteStrings() {
    }

    /** ASCII lower case of one byte. */
    public static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** ASCII lower case of a byte string; the same instance when there is nothing to fold. */
    public static String lowerCase(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = bytes.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 32;
                    }
                }
                return new String(chars);
            }
        }
        return bytes;
    }

    /** ASCII upper or lower case of a byte string; other bytes unchanged. */
    public static String changeCase(String bytes, boolean upper) {
        char[] chars = bytes.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (upper && c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }

    /** {@code strcasecmp}: only A-Z are folded, bytes compare unsigned. */
    public static int compareIgnoreCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int x = lower(a.charAt(i));
            int y = lower(b.charAt(i));
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code compareIgnoreCase(a, b) == 0}, without computing an order. */
    public static boolean equalIgnoreCase(String a, String b) {
        if (a == b) {
            return true;
        }
        int n = a.length();
        if (n != b.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && lower(x) != lower(y)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} print as they are between quotes: printable ASCII, no backslash, no quote. */
    private static boolean isPlainText(String bytes, char quote) {
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\\' || c == quote) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code bytes} between {@code quote}s with C escapes: the named escapes for controls,
     * three octal digits for other unprintable bytes, a backslash before the quote and itself.
     */
    public static void appendQuoted(StringBuilder out, String bytes, char quote) {
        if (isPlainText(bytes, quote)) {
            out.append(quote).append(bytes).append(quote);
            return;
        }
        out.append(quote);
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case '\u0007': out.append("\\a"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\u000B': out.append("\\v"); break;
                default:
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c >= 0x7f) {
                        out.append('\\').append((char) ('0' + ((c >> 6) & 7))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append(quote);
    }
}
