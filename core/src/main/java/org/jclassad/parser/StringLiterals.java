package org.jclassad.parser;

/**
 * Escape processing of string literals and quoted names (byte strings in, byte strings out): the
 * one routine HTCondor applies to new-syntax strings, quoted names and XML {@code <s>} text, and the
 * joining of adjacent quoted segments that its lexer (shared by the JSON reader) performs.
 */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** Thrown for an escape HTCondor rejects ({@code \0}: strings cannot hold NUL). */
    public static final class BadEscape extends Exception {
        final int offset;

        BadEscape(int offset) {
            super("a string cannot contain a NUL byte (\\0 escape)", null, false, false);
            this.offset = offset;
        }
    }

    /**
     * Joins the bodies of adjacent quoted segments in a token such as {@code "ab" "cd"} (the
     * raw bodies, before escapes are processed).
     */
    public static String joinQuotedBodies(String token, char quote) {
        StringBuilder raw = new StringBuilder(token.length());
        int i = 0;
        int n = token.length();
        while (i < n) {
            char c = token.charAt(i);
            if (c != quote) {
                i++;
                continue;
            }
            i++;
            while (i < n) {
                char d = token.charAt(i);
                if (d == '\\' && i + 1 < n) {
                    raw.append(d).append(token.charAt(i + 1));
                    i += 2;
                } else if (d == quote) {
                    i++;
                    break;
                } else {
                    raw.append(d);
                    i++;
                }
            }
        }
        return raw.toString();
    }

    /** New-syntax escape processing. */
    public static String unescape(String raw) throws BadEscape {
        int backslash = raw.indexOf('\\');
        if (backslash < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        out.append(raw, 0, backslash);
        int n = raw.length();
        for (int i = backslash; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'a': out.append('\u0007'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'v': out.append('\u000B'); break;
                default:
                    if (e >= '0' && e <= '7') {
                        int start = i - 1;
                        int value = e - '0';
                        if (i + 1 < n && isOctal(raw.charAt(i + 1))) {
                            value = value * 8 + (raw.charAt(++i) - '0');
                            if (e <= '3' && i + 1 < n && isOctal(raw.charAt(i + 1))) {
                                value = value * 8 + (raw.charAt(++i) - '0');
                            }
                        }
                        if (value == 0) {
                            throw new BadEscape(start);
                        }
                        out.append((char) value);
                    } else {
                        out.append(e);
                    }
            }
        }
        return out.toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** Old-syntax body: a backslash before a literal quote is dropped; nothing else changes. */
    static String oldSyntaxBody(String token, char quote) {
        int last = token.length() - 1;
        String body = token.substring(1, last);
        int backslash = token.indexOf('\\', 1);
        if (backslash < 0 || backslash >= last) {
            return body;  // nothing escaped (most values)
        }
        return body.replace("\\" + quote, String.valueOf(quote));
    }
}
