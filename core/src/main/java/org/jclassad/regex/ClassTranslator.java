package org.jclassad.regex;

import java.util.Map;

/**
 * A PCRE2 bracket expression ({@code [...]}, the {@code [} already read), rebuilt item by item so
 * that Java reads it as PCRE2 does: a {@code ]} first is literal, {@code [} and {@code &&} are
 * plain characters, POSIX classes and escapes become Java's, and ranges are checked as PCRE2
 * checks them (a range cannot start or end with a class such as {@code \w} or {@code [:digit:]}).
 */
final class ClassTranslator {
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "\\p{Digit}"), Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"),
            Map.entry("word", "\\w"), Map.entry("ascii", "\\p{ASCII}"));

    private final PatternText text;
    private final String p;
    private final StringBuilder cls = new StringBuilder("[");
    /** Unicode property items ({@code \\p{Lu}}), which PCRE2 matches case-sensitively even in caseless mode. */
    private final StringBuilder properties = new StringBuilder();
    private boolean negated;
    /** A single character read but not yet written: it may start a range. */
    private int pending = -1;
    /** Whether a {@code -} after {@link #pending} makes a range with the next item. */
    private boolean rangeOpen;
    /** Whether the last item written was a class ({@code \d}, {@code [:alpha:]}), which cannot start a range. */
    private boolean lastWasClass;

    /** Whether caseless matching is on where the class is: then properties must be kept apart. */
    private final boolean caseless;

    ClassTranslator(PatternText text, boolean caseless) {
        this.text = text;
        this.p = text.p;
        this.caseless = caseless;
    }

    /** The Java class for the bracket expression at {@code text.i}, which is left after its {@code ]}. */
    String translate() throws PcreSyntaxException {
        skipEmptyQuotes();
        if (!text.atEnd() && p.charAt(text.i) == '^') {
            negated = true;
            text.i++;
        }
        boolean first = true;
        while (true) {
            if (text.atEnd()) {
                text.i = p.length();
                throw text.error(106, "missing terminating ] for character class");
            }
            char c = p.charAt(text.i);
            if (c == ']' && !first) {
                text.i++;
                break;
            }
            if (skipEmptyQuotes()) {
                continue;
            }
            first = false;
            if (c == '[' && text.i + 1 < p.length() && ":.=".indexOf(p.charAt(text.i + 1)) >= 0
                    && text.posixEnd(text.i) >= 0) {
                posixClass();
                continue;
            }
            if (c == '\\') {
                text.i++;
                escape();
                continue;
            }
            text.i++;
            if (c == '-' && pending >= 0 && !rangeOpen && !text.atEnd() && p.charAt(text.i) != ']') {
                rangeOpen = true;
                continue;
            }
            if (c == '-' && lastWasClass && !text.atEnd() && p.charAt(text.i) != ']') {
                text.i--;
                throw text.error(150, "invalid range in character class");
            }
            single(c);
        }
        flush();
        if (rangeOpen) {
            cls.append("\\-");
        }
        return javaClass();
    }

    /**
     * The Java form: a class, or where properties occur in caseless mode a group that keeps them case-sensitive,
     * {@code (?:(?-i:[props])|[rest])} and for a negated class {@code (?:(?!(?-i:[props]))[^rest])}.
     */
    private String javaClass() {
        String rest = cls.substring(1);
        if (!caseless) {
            rest = properties + rest;
        }
        if (!caseless || properties.length() == 0) {
            return (negated ? "[^" : "[") + rest + "]";
        }
        String props = "(?-i:[" + properties + "])";
        if (negated) {
            return "(?:(?!" + props + ")" + (rest.isEmpty() ? "[\\x{0}-\\x{10ffff}]" : "[^" + rest + "]") + ")";
        }
        return rest.isEmpty() ? props : "(?:" + props + "|[" + rest + "])";
    }

    /** Whether {@link #translate()} gave a group rather than a class (a repeated group costs stack). */
    boolean madeGroup() {
        return caseless && properties.length() > 0;
    }

    /**
     * Skips {@code \\E} and {@code \\Q\\E}, which change nothing, not even whether a {@code ^} or
     * {@code ]} is the first character; whether there were any.
     */
    private boolean skipEmptyQuotes() {
        int from = text.i;
        while (text.startsWith("\\E", text.i) || text.startsWith("\\Q\\E", text.i)) {
            text.i += text.startsWith("\\E", text.i) ? 2 : 4;
        }
        return text.i > from;
    }

    /** {@code [:name:]}, or an error for {@code [.x.]} and {@code [=x=]}. */
    private void posixClass() throws PcreSyntaxException {
        char kind = p.charAt(text.i + 1);
        int close = text.posixEnd(text.i);
        if (rangeOpen) {
            throw text.error(150, "invalid range in character class");
        }
        if (kind != ':') {
            throw text.error(113, "POSIX collating elements are not supported");
        }
        String name = p.substring(text.i + 2, close);
        boolean negated = name.startsWith("^");
        String java = POSIX.get(negated ? name.substring(1) : name);
        if (java == null) {
            text.i += 2;
            throw text.error(130, "unknown POSIX class name");
        }
        if (negated) {
            java = java.startsWith("\\p") ? "\\P" + java.substring(2) : java.toUpperCase();
        }
        text.i = close + 2;
        classItem(java);
    }

    /** An escape inside the class, {@code text.i} just after the backslash. */
    private void escape() throws PcreSyntaxException {
        if (text.atEnd()) {
            throw text.error(101, "\\ at end of pattern");
        }
        char e = p.charAt(text.i++);
        if (rangeOpen && !standsForOneByte(e) && !(e == 'N' && !text.atEnd() && p.charAt(text.i) == '{')) {
            text.i--;
            throw text.error(150, "invalid range in character class");
        }
        switch (e) {
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v': case 'V':
                classItem("\\" + e);
                return;
            case 'p':
            case 'P': {
                if (rangeOpen) {
                    throw text.error(150, "invalid range in character class");
                }
                flush();
                text.property(e, properties);
                lastWasClass = true;
                return;
            }
            case 'b':
                single('\b');
                return;
            case 'Q': {
                String body = text.quoted();
                for (char q : body.toCharArray()) {
                    single(q);
                }
                return;
            }
            case 'E':
                return;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                text.i--;
                single(text.octal(3));
                return;
            case '8':
            case '9':
                single(e);
                return;
            case 'g':
                single('g');
                return;
            case 'B': case 'R': case 'X': case 'A': case 'z': case 'Z': case 'G': case 'k': case 'K': case 'C':
                text.i -= 1;
                throw text.error(107, "invalid escape sequence in character class");
            case 'N':
                if (!text.atEnd() && p.charAt(text.i) == '{' && text.quantifierAt(text.i) == null) {
                    throw text.namedCharacter();
                }
                text.i -= 1;
                throw text.error(171, "\\N is not supported in a class");
            default:
                single(text.simpleEscape(e));
        }
    }

    /** Whether an escape letter in a class stands for one byte (so it may end a range). */
    private static boolean standsForOneByte(char e) {
        return "dDwWsShHvVpPBRXAzZGkKCN".indexOf(e) < 0;
    }

    /** A single character: ends an open range, or waits to see if it starts one. */
    private void single(int c) throws PcreSyntaxException {
        if (rangeOpen) {
            if (c < pending) {
                throw text.error(108, "range out of order in character class");
            }
            PatternText.literal((char) pending, cls);
            cls.append('-');
            PatternText.literal((char) c, cls);
            pending = -1;
            rangeOpen = false;
            lastWasClass = false;
            return;
        }
        flush();
        pending = c;
        lastWasClass = false;
    }

    /** A class item ({@code \d}, {@code [:alpha:]}): it can neither end nor start a range. */
    private void classItem(String java) throws PcreSyntaxException {
        if (rangeOpen) {
            throw text.error(150, "invalid range in character class");
        }
        flush();
        cls.append(java);
        lastWasClass = true;
    }

    private void flush() {
        if (pending >= 0) {
            PatternText.literal((char) pending, cls);
            pending = -1;
        }
    }
}
