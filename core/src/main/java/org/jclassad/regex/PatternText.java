package org.jclassad.regex;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PCRE2 pattern being read: the text, the read position, and the escapes both the pattern
 * and its character classes share ({@code \t}, octal and hex codes, {@code \cX}, {@code \p{..}},
 * {@code \Q...\E}). Errors carry PCRE2's error number and offset.
 */
final class PatternText {
    /** {@code {n}}, {@code {n,}}, {@code {n,m}}: PCRE2's quantifier; other braces are literal. */
    static final Pattern QUANTIFIER = Pattern.compile("\\{([0-9]+)(?:,([0-9]*))?\\}");

    final String p;
    int i;

    PatternText(String pattern) {
        this.p = pattern;
    }

    int length() {
        return p.length();
    }

    boolean atEnd() {
        return i >= p.length();
    }

    boolean startsWith(String s, int at) {
        return p.startsWith(s, at);
    }

    char at(int k) {
        return p.charAt(k);
    }

    /**
     * The quantifier written at {@code at}, or {@code null} if the brace there is a literal;
     * its numbers are checked as PCRE2 checks them.
     */
    String quantifierAt(int at) throws PcreSyntaxException {
        Matcher m = QUANTIFIER.matcher(p).region(at, p.length());
        if (!m.lookingAt()) {
            return null;
        }
        int min = repeatCount(m.group(1), m.end(1));
        if (m.group(2) != null && !m.group(2).isEmpty() && repeatCount(m.group(2), m.end(2)) < min) {
            i = m.end(2);
            throw error(104, "numbers out of order in {} quantifier");
        }
        return m.group();
    }

    private int repeatCount(String digits, int end) throws PcreSyntaxException {
        if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
            i = end;
            throw error(105, "number too big in {} quantifier");
        }
        return Integer.parseInt(digits);
    }

    /** The count of {@code {n}} or {@code {n,n}}; -1 for quantifiers that vary. */
    static int exactCount(String q) {
        Matcher m = QUANTIFIER.matcher(q);
        if (!m.matches()) {
            return -1;
        }
        String max = m.group(2);
        if (max == null || max.equals(m.group(1))) {
            return Integer.parseInt(m.group(1));
        }
        return -1;
    }

    /** White space as PCRE2's extended mode skips it. */
    static boolean isPcreSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A PCRE2 compile error at the current position. */
    PcreSyntaxException error(int code, String message) {
        return new PcreSyntaxException(code, Math.min(i, p.length()), message);
    }

    /** Valid PCRE2 that {@code java.util.regex} cannot express. */
    PcreSyntaxException unsupported(String what) {
        return new PcreSyntaxException(0, Math.min(i, p.length()), what + " is not supported by jclassad");
    }

    /** A literal byte, quoted for Java wherever needed. */
    static void literal(char c, StringBuilder to) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            to.append(c);
        } else if (c < 0x20 || c >= 0x7f) {
            to.append("\\x{").append(Integer.toHexString(c)).append('}');
        } else {
            to.append('\\').append(c);
        }
    }

    /**
     * The byte an escape letter stands for ({@code c} read, {@code i} just after it), also valid
     * in classes; a letter or digit PCRE2 does not know is an error.
     */
    char simpleEscape(char c) throws PcreSyntaxException {
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'e': return '\u001B';
            case 'a': return '\u0007';
            case '0':
                return octal(2);
            case 'o':
                return braced('o', 8, 155, "missing opening brace after \\o", 164,
                        "non-octal character in \\o{} (closing brace missing?)");
            case 'x': {
                if (!atEnd() && p.charAt(i) == '{') {
                    return braced('x', 16, 0, null, 167, "non-hex character in \\x{} (closing brace missing?)");
                }
                int v = 0;
                int k = 0;
                while (k < 2 && !atEnd() && Character.digit(p.charAt(i), 16) >= 0 && p.charAt(i) < 0x80) {
                    v = v * 16 + Character.digit(p.charAt(i), 16);
                    i++;
                    k++;
                }
                return (char) v;
            }
            case 'c': {
                if (atEnd()) {
                    throw error(102, "\\c at end of pattern");
                }
                char x = p.charAt(i);
                if (x < 0x20 || x > 0x7e) {
                    throw error(168, "\\c must be followed by a printable ASCII character");
                }
                i++;
                if (x >= 'a' && x <= 'z') {
                    x -= 32;
                }
                return (char) (x ^ 0x40);
            }
            case 'L': case 'l': case 'U': case 'u':
                throw error(137, "PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u");
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    i--;
                    throw error(103, "unrecognized character follows \\");
                }
                return c;
        }
    }

    /** {@code \o{...}} or {@code \x{...}}, {@code i} at the brace. */
    private char braced(char letter, int radix, int noBraceCode, String noBrace, int badCode, String bad)
            throws PcreSyntaxException {
        if (atEnd() || p.charAt(i) != '{') {
            throw error(noBraceCode, noBrace);
        }
        int start = i + 1;
        int k = start;
        while (k < p.length() && Character.digit(p.charAt(k), radix) >= 0 && p.charAt(k) < 0x80) {
            k++;
        }
        if (k == start && k < p.length() && p.charAt(k) == '}') {
            i = k;
            throw error(178, "digits missing in \\x{} or \\o{} or \\N{U+}");
        }
        if (k == start || k >= p.length() || p.charAt(k) != '}') {
            i = k;
            throw error(badCode, bad);
        }
        long v = 0;
        for (int d = start; d < k && v <= 0xFF; d++) {
            v = v * radix + Character.digit(p.charAt(d), radix);
        }
        i = k + 1;
        if (v > 0xFF) {
            i = k;
            throw error(134, "character code point value in \\x{} or \\o{} is too large");
        }
        return (char) v;
    }

    /**
     * PCRE2's test for POSIX syntax at {@code at} ({@code [} followed by {@code :}, {@code .} or
     * {@code =}): the index of the terminator ({@code :]}...), or -1 when a {@code ]} or another
     * opening comes first. Escaped {@code ]} and backslashes are skipped.
     */
    int posixEnd(int at) {
        char terminator = p.charAt(at + 1);
        for (int k = at + 2; k < p.length(); k++) {
            char c = p.charAt(k);
            char next = k + 1 < p.length() ? p.charAt(k + 1) : 0;
            if (c == '\\' && (next == ']' || next == '\\')) {
                k++;
            } else if (c == '[' && next == terminator || c == ']') {
                return -1;
            } else if (c == terminator && next == ']') {
                return k;
            }
        }
        return -1;
    }

    /** The error for {@code \\N{...}} ({@code i} at the brace): PCRE2 knows no character names in 8-bit mode. */
    PcreSyntaxException namedCharacter() {
        if (p.startsWith("{U+", i)) {
            return error(193, "\\N{U+dddd} is supported only in Unicode (UTF) mode");
        }
        return error(137, "PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u");
    }

    /** Up to {@code max} more octal digits at {@code i} (after a leading 0, or all of them). */
    char octal(int max) throws PcreSyntaxException {
        int v = 0;
        int k = 0;
        while (k < max && !atEnd() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
            v = v * 8 + (p.charAt(i) - '0');
            i++;
            k++;
        }
        if (v > 0xFF) {
            throw error(151, "octal value is greater than \\377 in 8-bit non-UTF-8 mode");
        }
        return (char) v;
    }

    /**
     * {@code \p{Name}}, {@code \p{^Name}} or {@code \pL} ({@code c} is {@code p} or {@code P},
     * {@code i} after it), appended as a Java class, or as a class nested in the enclosing one.
     */
    void property(char c, StringBuilder to) throws PcreSyntaxException {
        if (atEnd()) {
            throw error(146, "malformed \\P or \\p sequence");
        }
        String name;
        if (p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                i = p.length();
                throw error(146, "malformed \\P or \\p sequence");
            }
            name = p.substring(i + 1, close);
            i = close + 1;
        } else {
            name = p.substring(i, i + 1);
            if (name.equals("^") || name.equals("{")) {
                i++;
                throw error(146, "malformed \\P or \\p sequence");
            }
            i++;
        }
        boolean negated = c == 'P';
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        String body = UnicodeProperties.classBody(name);
        if (body == null) {
            throw error(147, "unknown property name after \\P or \\p");
        }
        to.append(negated ? "[^" : "[").append(body).append(']');
    }

    /** The text of {@code \Q...\E} after the {@code \Q} (to the end of the pattern if no {@code \E}). */
    String quoted() {
        int end = p.indexOf("\\E", i);
        String body = end < 0 ? p.substring(i) : p.substring(i, end);
        i = end < 0 ? p.length() : end + 2;
        return body;
    }

    /** How many capturing groups the whole pattern has (for back references written before them). */
    int capturingGroups() {
        scanGroups();
        return groupCount;
    }

    /** The number of the capturing group with this name, anywhere in the pattern; 0 if there is none. */
    int groupNumber(String name) {
        scanGroups();
        return groupNames.getOrDefault(name, 0);
    }

    private int groupCount = -1;
    private final Map<String, Integer> groupNames = new HashMap<>();

    /** Counts the capturing groups and notes the number of each named one (the first of a name). */
    private void scanGroups() {
        if (groupCount >= 0) {
            return;
        }
        int count = 0;
        boolean inClass = false;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '\\') {
                k++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                if (k + 1 < p.length() && p.charAt(k + 1) == '^') {
                    k++;
                }
                if (k + 1 < p.length() && p.charAt(k + 1) == ']') {
                    k++;
                }
            } else if (c == '(' && !p.startsWith("(?", k)) {
                count++;
            } else if (c == '(') {
                String name = null;
                if (p.startsWith("(?<", k) && !p.startsWith("(?<=", k) && !p.startsWith("(?<!", k)) {
                    name = nameAt(k + 3, '>');
                } else if (p.startsWith("(?'", k)) {
                    name = nameAt(k + 3, '\'');
                } else if (p.startsWith("(?P<", k)) {
                    name = nameAt(k + 4, '>');
                } else {
                    continue;
                }
                count++;
                if (name != null) {
                    groupNames.putIfAbsent(name, count);
                }
            }
        }
        groupCount = count;
    }

    private String nameAt(int from, char close) {
        int end = p.indexOf(close, from);
        return end < 0 ? null : p.substring(from, end);
    }

}
