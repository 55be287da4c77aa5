package org.jclassad.function;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jclassad.text.CNumbers;

/**
 * A PCRE2 pattern (8-bit, non-UTF, as HTCondor compiles them) run on {@link java.util.regex}.
 *
 * <p>The pattern is translated: constructs that the two dialects read differently are rewritten
 * (POSIX classes, {@code \b} on bytes, octal and short hex escapes, literal braces, {@code [}
 * and {@code &&} inside classes, extended mode, {@code (?#...)} comments, {@code \Q...\E},
 * {@code (?P<name>...)} groups), and constructs Java cannot express (recursion, conditionals,
 * verbs, {@code \K}, branch reset, callouts) make the pattern invalid, as a PCRE2 compile error
 * would. Subjects are byte strings, one char per byte, so {@code .} matches one byte.
 *
 * <p>Compiled patterns are cached (bounded). Matching is bounded too: a subject is read through
 * a counter, and a match that reads too much fails like PCRE2's match limit.
 */
final class PcrePattern {
    static final int CASELESS = 1;
    static final int MULTILINE = 2;
    static final int DOTALL = 4;
    static final int EXTENDED = 8;

    /** Subject reads allowed per match attempt, in the spirit of PCRE2's default match limit. */
    static final long MATCH_BUDGET = 10_000_000L;

    private static final int CACHE_LIMIT = 512;
    private static final Map<String, PcrePattern> CACHE = new ConcurrentHashMap<>();
    private static final PcrePattern INVALID = new PcrePattern(null, null);

    private final Pattern search;
    /** The pattern followed by "not where the attempt started": PCRE2's NOTEMPTY_ATSTART for anchored tries. */
    private final Pattern nonEmpty;

    private PcrePattern(Pattern search, Pattern nonEmpty) {
        this.search = search;
        this.nonEmpty = nonEmpty;
    }

    /** Thrown when a match exceeds its budget (PCRE2's "match limit exceeded"). */
    static final class MatchLimitException extends RuntimeException {
        MatchLimitException() {
            super("regular expression match limit exceeded", null, false, false);
        }
    }

    /** Compiles a pattern with option bits; {@code null} if PCRE2 would reject it (or Java cannot run it). */
    static PcrePattern compile(String pattern, int options) {
        String key = options + ":" + pattern;
        PcrePattern p = CACHE.get(key);
        if (p == null) {
            p = build(pattern, options);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, p);
        }
        return p == INVALID ? null : p;
    }

    private static PcrePattern build(String pattern, int options) {
        String java;
        try {
            java = new Translator(pattern, (options & EXTENDED) != 0).translate();
        } catch (IllegalArgumentException unsupported) {
            return INVALID;
        }
        int flags = Pattern.UNIX_LINES;
        if ((options & CASELESS) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((options & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((options & DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        try {
            return new PcrePattern(Pattern.compile(java, flags), Pattern.compile("(?:" + java + ")(?!\\G)", flags));
        } catch (PatternSyntaxException | StackOverflowError invalid) {
            return INVALID;
        }
    }

    /** A search for the first match at or after {@code from} (the subject is a byte string). */
    Matcher find(String subject, int from) {
        Matcher m = search.matcher(new Budget(subject));
        return m.find(from) ? m : null;
    }

    /** A non-empty match starting exactly at {@code at}: PCRE2_ANCHORED with PCRE2_NOTEMPTY_ATSTART. */
    Matcher nonEmptyAt(String subject, int at) {
        Matcher m = nonEmpty.matcher(new Budget(subject));
        m.region(at, subject.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** Whether the pattern matches anywhere. */
    boolean matches(String subject) {
        return find(subject, 0) != null;
    }

    /** Whether some non-empty match exists (PCRE2_NOTEMPTY). */
    boolean matchesNonEmpty(String subject) {
        for (int at = 0; at <= subject.length(); at++) {
            if (nonEmptyAt(subject, at) != null) {
                return true;
            }
        }
        return false;
    }

    /** PCRE2's count of a match: 1 + the highest group that took part. */
    static int groupsSet(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.start(g) >= 0) {
                return g + 1;
            }
        }
        return 1;
    }

    /** A subject that counts its reads and stops a runaway match. */
    private static final class Budget implements CharSequence {
        private final String text;
        private long remaining = MATCH_BUDGET;

        Budget(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw new MatchLimitException();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Rewrites a PCRE2 pattern as a {@link Pattern}; throws IllegalArgumentException where PCRE2 would fail. */
    private static final class Translator {
        private final String p;
        private final StringBuilder out = new StringBuilder();
        private final Deque<Boolean> extendedStack = new ArrayDeque<>();
        private final Map<String, String> names = new HashMap<>();
        private boolean extended;
        private int i;
        private int groupsOpened;

        Translator(String pattern, boolean extended) {
            this.p = pattern;
            this.extended = extended;
        }

        private static IllegalArgumentException bad(String why) {
            return new IllegalArgumentException(why);
        }

        String translate() {
            int n = p.length();
            while (i < n) {
                char c = p.charAt(i);
                if (extended && isPcreSpace(c)) {
                    i++;
                    continue;
                }
                if (extended && c == '#') {
                    while (i < n && p.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                switch (c) {
                    case '\\':
                        i++;
                        escape();
                        break;
                    case '[':
                        i++;
                        characterClass();
                        break;
                    case '(':
                        i++;
                        group();
                        break;
                    case ')':
                        i++;
                        if (extendedStack.isEmpty()) {
                            throw bad("unmatched )");
                        }
                        extended = extendedStack.pop();
                        out.append(')');
                        break;
                    case '{':
                        braces();
                        break;
                    case '}':
                    case ']':
                        i++;
                        out.append('\\').append(c);
                        break;
                    case '.':
                    case '^':
                    case '$':
                    case '|':
                    case '*':
                    case '+':
                    case '?':
                        i++;
                        out.append(c);
                        break;
                    default:
                        i++;
                        literal(c, out);
                }
            }
            if (!extendedStack.isEmpty()) {
                throw bad("missing )");
            }
            return out.toString();
        }

        private static boolean isPcreSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** A literal byte, quoted for Java wherever needed. */
        private static void literal(char c, StringBuilder to) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                to.append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                to.append(String.format("\\x{%x}", (int) c));
            } else {
                to.append('\\').append(c);
            }
        }

        /** {@code {n}}, {@code {n,}} and {@code {n,m}} are quantifiers; any other brace is literal. */
        private void braces() {
            Matcher m = QUANTIFIER.matcher(p).region(i, p.length());
            if (m.lookingAt()) {
                checkRepeat(m.group(1));
                if (m.group(2) != null && !m.group(2).isEmpty()) {
                    checkRepeat(m.group(2));
                }
                out.append(m.group());
                i = m.end();
            } else {
                out.append("\\{");
                i++;
            }
        }

        private static final Pattern QUANTIFIER = Pattern.compile("\\{([0-9]+)(?:,([0-9]*))?\\}");

        private static void checkRepeat(String digits) {
            if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
                throw bad("number too big in {} quantifier");
            }
        }

        private void group() {
            int n = p.length();
            extendedStack.push(extended);
            if (i < n && p.charAt(i) == '*') {
                throw bad("verbs are not supported");
            }
            if (i >= n || p.charAt(i) != '?') {
                groupsOpened++;
                out.append('(');
                return;
            }
            i++;
            if (i >= n) {
                throw bad("unterminated group");
            }
            char c = p.charAt(i);
            switch (c) {
                case '#': {
                    int close = p.indexOf(')', i);
                    if (close < 0) {
                        throw bad("missing ) after comment");
                    }
                    i = close + 1;
                    extendedStack.pop();
                    return;
                }
                case ':':
                case '=':
                case '!':
                case '>':
                    i++;
                    out.append("(?").append(c);
                    return;
                case '<':
                    if (i + 1 < n && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '!')) {
                        out.append("(?<").append(p.charAt(i + 1));
                        i += 2;
                        return;
                    }
                    i++;
                    namedGroup('>');
                    return;
                case '\'':
                    i++;
                    namedGroup('\'');
                    return;
                case 'P':
                    if (i + 1 < n && p.charAt(i + 1) == '<') {
                        i += 2;
                        namedGroup('>');
                        return;
                    }
                    if (i + 1 < n && p.charAt(i + 1) == '=') {
                        i += 2;
                        int close = p.indexOf(')', i);
                        if (close < 0) {
                            throw bad("unterminated (?P=");
                        }
                        out.append("(?:\\k<").append(javaName(p.substring(i, close), false)).append('>');
                        i = close;
                        return;
                    }
                    throw bad("unsupported (?P construct");
                default:
                    optionSetting();
            }
        }

        /** {@code (?imsx-imsx)} or {@code (?imsx-imsx:...)}; x is applied here, the rest by Java. */
        private void optionSetting() {
            int n = p.length();
            StringBuilder on = new StringBuilder();
            StringBuilder off = new StringBuilder();
            boolean negate = false;
            boolean x = extended;
            while (i < n) {
                char c = p.charAt(i++);
                if (c == ')' || c == ':') {
                    String flags = on + (off.length() > 0 ? "-" + off : "");
                    extended = x;
                    if (c == ')') {
                        // not a group: the setting lasts to the end of the enclosing group
                        extendedStack.pop();
                        if (!flags.isEmpty()) {
                            out.append("(?").append(flags).append(')');
                        }
                    } else {
                        out.append("(?").append(flags).append(':');
                    }
                    return;
                }
                switch (c) {
                    case '-':
                        if (negate) {
                            throw bad("repeated - in option setting");
                        }
                        negate = true;
                        break;
                    case 'i':
                    case 'm':
                    case 's':
                        (negate ? off : on).append(c);
                        break;
                    case 'x':
                        x = !negate;
                        break;
                    default:
                        throw bad("unsupported option or group kind (?" + c);
                }
            }
            throw bad("unterminated option setting");
        }

        private void namedGroup(char close) {
            int end = p.indexOf(close, i);
            if (end < 0) {
                throw bad("unterminated group name");
            }
            String name = p.substring(i, end);
            i = end + 1;
            groupsOpened++;
            out.append("(?<").append(javaName(name, true)).append('>');
        }

        /** PCRE names allow underscores and Java's do not, so every name gets a Java-safe alias. */
        private String javaName(String name, boolean define) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
                throw bad("bad group name");
            }
            String alias = names.get(name);
            if (alias == null) {
                if (!define) {
                    return "pcreForward" + name.replace("_", "x");
                }
                alias = "pcreName" + names.size();
                names.put(name, alias);
            } else if (define) {
                throw bad("duplicate group name");
            }
            return alias;
        }

        private void escape() {
            int n = p.length();
            if (i >= n) {
                throw bad("\\ at end of pattern");
            }
            char c = p.charAt(i++);
            switch (c) {
                case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v':
                case 'V': case 'A': case 'z': case 'Z': case 'G': case 'R': case 'X':
                    out.append('\\').append(c);
                    return;
                case 'b':
                    out.append("(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))");
                    return;
                case 'B':
                    out.append("(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))");
                    return;
                case 'N':
                    out.append("[^\\n]");
                    return;
                case 'p':
                case 'P':
                    property(c, out);
                    return;
                case 'Q':
                    quoted(out);
                    return;
                case 'E':
                    return;
                case 'k':
                    namedReference();
                    return;
                case 'g':
                    gReference();
                    return;
                case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
                    int start = i - 1;
                    int end = start;
                    while (end < n && CNumbers.isDigit(p.charAt(end))) {
                        end++;
                    }
                    String digits = p.substring(start, end);
                    int number = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
                    if (number < 10 || c == '8' || c == '9' || number <= capturingGroups()) {
                        if (number > capturingGroups()) {
                            throw bad("reference to non-existent subpattern");
                        }
                        i = end;
                        out.append("(?:\\").append(number).append(')');
                        return;
                    }
                    i = start;
                    literal(octal(3), out);
                    return;
                }
                default:
                    literal(simpleEscape(c), out);
            }
        }

        /** Escapes that stand for one byte (also valid in classes); letters PCRE2 does not know are errors. */
        private char simpleEscape(char c) {
            int n = p.length();
            switch (c) {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'e': return '\u001B';
                case 'a': return '\u0007';
                case '0':
                    return octal(2);
                case 'o': {
                    if (i >= n || p.charAt(i) != '{') {
                        throw bad("missing { after \\o");
                    }
                    int close = p.indexOf('}', i);
                    if (close < 0) {
                        throw bad("missing } after \\o{");
                    }
                    String digits = p.substring(i + 1, close);
                    if (!digits.matches("[0-7]+")) {
                        throw bad("bad octal");
                    }
                    i = close + 1;
                    return byteValue(Long.parseLong(digits.length() > 12 ? "7777777" : digits, 8));
                }
                case 'x': {
                    if (i < n && p.charAt(i) == '{') {
                        int close = p.indexOf('}', i);
                        if (close < 0) {
                            throw bad("missing } after \\x{");
                        }
                        String digits = p.substring(i + 1, close);
                        if (!digits.matches("[0-9A-Fa-f]+")) {
                            throw bad("bad hex");
                        }
                        i = close + 1;
                        return byteValue(Long.parseLong(digits.length() > 12 ? "fffffff" : digits, 16));
                    }
                    int v = 0;
                    int k = 0;
                    while (k < 2 && i < n && Character.digit(p.charAt(i), 16) >= 0 && p.charAt(i) < 0x80) {
                        v = v * 16 + Character.digit(p.charAt(i), 16);
                        i++;
                        k++;
                    }
                    return (char) v;
                }
                case 'c': {
                    if (i >= n || p.charAt(i) < 0x20 || p.charAt(i) > 0x7e) {
                        throw bad("bad \\c");
                    }
                    char x = p.charAt(i++);
                    if (x >= 'a' && x <= 'z') {
                        x -= 32;
                    }
                    return (char) (x ^ 0x40);
                }
                default:
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                        throw bad("unrecognized escape \\" + c);
                    }
                    return c;
            }
        }

        private static char byteValue(long v) {
            if (v > 0xFF) {
                throw bad("character code too large in non-UTF mode");
            }
            return (char) v;
        }

        /** Up to {@code max} more octal digits at {@code i} (after a leading 0, or all of them). */
        private char octal(int max) {
            int v = 0;
            int k = 0;
            while (k < max && i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                v = v * 8 + (p.charAt(i) - '0');
                i++;
                k++;
            }
            return byteValue(v);
        }

        private int capturingGroups() {
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
                    if (k + 1 < p.length() && p.charAt(k + 1) == ']') {
                        k++;
                    }
                } else if (c == '(') {
                    if (k + 1 >= p.length() || p.charAt(k + 1) != '?') {
                        count++;
                    } else if (k + 2 < p.length() && (p.charAt(k + 2) == '<' || p.charAt(k + 2) == 'P'
                            || p.charAt(k + 2) == '\'')
                            && !(k + 3 < p.length() && (p.charAt(k + 3) == '=' || p.charAt(k + 3) == '!'))) {
                        count++;
                    }
                }
            }
            return count;
        }

        private void property(char c, StringBuilder to) {
            int n = p.length();
            if (i >= n) {
                throw bad("malformed \\p");
            }
            if (p.charAt(i) == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw bad("malformed \\p{");
                }
                to.append('\\').append(c).append(p, i, close + 1);
                i = close + 1;
            } else {
                to.append('\\').append(c).append(p.charAt(i++));
            }
        }

        private void quoted(StringBuilder to) {
            int end = p.indexOf("\\E", i);
            String body = end < 0 ? p.substring(i) : p.substring(i, end);
            for (int k = 0; k < body.length(); k++) {
                literal(body.charAt(k), to);
            }
            i = end < 0 ? p.length() : end + 2;
        }

        private void namedReference() {
            int n = p.length();
            if (i >= n) {
                throw bad("bad \\k");
            }
            char open = p.charAt(i);
            char close = open == '<' ? '>' : open == '\'' ? '\'' : open == '{' ? '}' : 0;
            if (close == 0) {
                throw bad("bad \\k");
            }
            int end = p.indexOf(close, i + 1);
            if (end < 0) {
                throw bad("bad \\k");
            }
            out.append("(?:\\k<").append(javaName(p.substring(i + 1, end), false)).append(">)");
            i = end + 1;
        }

        private void gReference() {
            int n = p.length();
            String ref;
            if (i < n && p.charAt(i) == '{') {
                int end = p.indexOf('}', i);
                if (end < 0) {
                    throw bad("bad \\g");
                }
                ref = p.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                if (end < n && (p.charAt(end) == '-' || p.charAt(end) == '+')) {
                    end++;
                }
                while (end < n && CNumbers.isDigit(p.charAt(end))) {
                    end++;
                }
                ref = p.substring(i, end);
                i = end;
            }
            if (ref.matches("[0-9]{1,5}")) {
                out.append("(?:\\").append(Integer.parseInt(ref)).append(')');
            } else if (ref.matches("-[0-9]{1,5}")) {
                int number = groupsOpened + 1 + Integer.parseInt(ref);
                if (number < 1) {
                    throw bad("bad relative reference");
                }
                out.append("(?:\\").append(number).append(')');
            } else if (!ref.isEmpty() && !ref.startsWith("+")) {
                out.append("(?:\\k<").append(javaName(ref, false)).append(">)");
            } else {
                throw bad("unsupported \\g reference");
            }
        }

        private static final Map<String, String> POSIX = Map.ofEntries(
                Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "\\p{Digit}"), Map.entry("alnum", "\\p{Alnum}"),
                Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s"),
                Map.entry("blank", "\\p{Blank}"), Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"),
                Map.entry("graph", "\\p{Graph}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"),
                Map.entry("word", "\\w"), Map.entry("ascii", "\\p{ASCII}"));

        /** A bracket expression, rebuilt item by item so Java reads it as PCRE2 does. */
        private void characterClass() {
            int n = p.length();
            StringBuilder cls = new StringBuilder("[");
            if (i < n && p.charAt(i) == '^') {
                cls.append('^');
                i++;
            }
            boolean first = true;
            int pendingSingle = -1;
            boolean pendingRange = false;
            while (true) {
                if (i >= n) {
                    throw bad("missing terminating ] for character class");
                }
                char c = p.charAt(i);
                if (c == ']' && !first) {
                    i++;
                    break;
                }
                first = false;
                String item = null;
                int single = -1;
                if (c == '[' && i + 1 < n && (p.charAt(i + 1) == ':' || p.charAt(i + 1) == '.'
                        || p.charAt(i + 1) == '=')) {
                    int close = p.indexOf(p.charAt(i + 1) + "]", i + 2);
                    if (close >= 0 && p.charAt(i + 1) == ':') {
                        String name = p.substring(i + 2, close);
                        boolean negated = name.startsWith("^");
                        String java = POSIX.get(negated ? name.substring(1) : name);
                        if (java == null) {
                            throw bad("unknown POSIX class name");
                        }
                        if (negated) {
                            java = java.startsWith("\\p") ? "\\P" + java.substring(2) : java.toUpperCase();
                        }
                        item = java;
                        i = close + 2;
                    } else if (close >= 0) {
                        throw bad("POSIX collating elements are not supported");
                    } else {
                        single = '[';
                        i++;
                    }
                } else if (c == '\\') {
                    i++;
                    if (i >= n) {
                        throw bad("\\ at end of pattern");
                    }
                    char e = p.charAt(i++);
                    switch (e) {
                        case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H':
                        case 'v': case 'V':
                            item = "\\" + e;
                            break;
                        case 'p':
                        case 'P': {
                            StringBuilder b = new StringBuilder();
                            property(e, b);
                            item = b.toString();
                            break;
                        }
                        case 'b':
                            single = '\b';
                            break;
                        case 'Q': {
                            int end = p.indexOf("\\E", i);
                            String body = end < 0 ? p.substring(i) : p.substring(i, end);
                            i = end < 0 ? n : end + 2;
                            if (body.isEmpty()) {
                                continue;
                            }
                            StringBuilder b = new StringBuilder();
                            for (int k = 0; k < body.length() - 1; k++) {
                                literal(body.charAt(k), b);
                            }
                            flushPending(cls, pendingSingle, pendingRange);
                            pendingRange = false;
                            cls.append(b);
                            pendingSingle = body.charAt(body.length() - 1);
                            continue;
                        }
                        case 'E':
                            continue;
                        case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                            i--;
                            single = octal(3);
                            break;
                        case 'B': case 'R': case 'X': case 'N': case 'A': case 'z': case 'Z': case 'G': case 'g':
                        case 'k': case '8': case '9':
                            throw bad("escape not allowed in a class");
                        default:
                            single = simpleEscape(e);
                    }
                } else {
                    single = c;
                    i++;
                }
                if (item != null) {
                    if (pendingRange) {
                        throw bad("invalid range in character class");
                    }
                    flushPending(cls, pendingSingle, false);
                    pendingSingle = -1;
                    cls.append(item);
                    continue;
                }
                if (pendingRange) {
                    if (single < pendingSingle) {
                        throw bad("range out of order in character class");
                    }
                    literal((char) pendingSingle, cls);
                    cls.append('-');
                    literal((char) single, cls);
                    pendingSingle = -1;
                    pendingRange = false;
                    continue;
                }
                if (single == '-' && pendingSingle >= 0 && c == '-' && i < n && p.charAt(i) != ']') {
                    pendingRange = true;
                    continue;
                }
                flushPending(cls, pendingSingle, false);
                pendingSingle = single;
            }
            flushPending(cls, pendingSingle, pendingRange);
            out.append(cls).append(']');
        }

        private static void flushPending(StringBuilder cls, int single, boolean dash) {
            if (single >= 0) {
                literal((char) single, cls);
            }
            if (dash) {
                cls.append("\\-");
            }
        }
    }
}
