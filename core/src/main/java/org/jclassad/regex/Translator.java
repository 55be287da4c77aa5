package org.jclassad.regex;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a PCRE2 pattern as a {@link java.util.regex.Pattern}: what the two dialects read alike
 * is copied, what they read differently is rewritten ({@code \b} on bytes, octal and short hex
 * codes, literal braces, {@code (?#...)}, {@code \Q...\E}, named groups, extended and ungreedy
 * modes), and what PCRE2 rejects is a {@link PcreSyntaxException} with PCRE2's error number.
 * Character classes are {@link ClassTranslator}'s.
 */
final class Translator {
    /** {@code \\b} on bytes: Java's own treats bytes over 0x7F such as {@code é} as letters. */
    private static final String WORD_BOUNDARY = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";

    private final PatternText text;
    private final String p;
    private final StringBuilder out = new StringBuilder();
    /** The group names defined so far (a second definition is PCRE2's error 143). */
    private final Set<String> names = new HashSet<>();
    private final GroupStructure groups;
    private boolean extended;
    private boolean ungreedy;
    private boolean caseless;
    private int groupsOpened;

    Translator(String pattern, Set<PcreOption> options) {
        this.text = new PatternText(pattern);
        this.p = pattern;
        this.extended = options.contains(PcreOption.EXTENDED);
        this.ungreedy = options.contains(PcreOption.UNGREEDY);
        this.caseless = options.contains(PcreOption.CASELESS);
        this.groups = new GroupStructure(modes());
    }

    /** The Java pattern. */
    String translate() throws PcreSyntaxException {
        while (!text.atEnd()) {
            char c = p.charAt(text.i);
            if (extended && PatternText.isPcreSpace(c)) {
                text.i++;
                continue;
            }
            if (extended && c == '#') {
                while (!text.atEnd() && p.charAt(text.i) != '\n') {
                    text.i++;
                }
                continue;
            }
            switch (c) {
                case '\\':
                    text.i++;
                    escape();
                    break;
                case '[':
                    bracket();
                    break;
                case '(':
                    text.i++;
                    group();
                    break;
                case ')':
                    closeGroup();
                    break;
                case '{':
                    braces();
                    break;
                case '*':
                case '+':
                case '?':
                    text.i++;
                    quantifier(String.valueOf(c));
                    break;
                case '}':
                case ']':
                    text.i++;
                    out.append('\\').append(c);
                    item(1);
                    break;
                case '^':
                case '$':
                    text.i++;
                    out.append(c);
                    groups.assertion();
                    break;
                case '|':
                    text.i++;
                    out.append(c);
                    groups.alternative();
                    break;
                case '.':
                    text.i++;
                    out.append(c);
                    item(1);
                    break;
                default:
                    text.i++;
                    PatternText.literal(c, out);
                    item(1);
            }
        }
        if (groups.inGroup()) {
            throw text.error(114, "missing closing parenthesis");
        }
        groups.finish();
        return out.toString();
    }

    /** See {@link GroupStructure#repeatedGroupDepth()}. */
    int repeatedGroupDepth() {
        return groups.repeatedGroupDepth();
    }

    private GroupStructure.Modes modes() {
        return new GroupStructure.Modes(extended, ungreedy, caseless);
    }

    private void item(int width) {
        groups.item(width);
    }

    /**
     * {@code [...]}: PCRE2's word boundaries {@code [[:<:]]} and {@code [[:>:]]}, an error for POSIX
     * syntax outside a class ({@code [:alpha:]}), or a character class.
     */
    private void bracket() throws PcreSyntaxException {
        if (text.startsWith("[[:<:]]", text.i) || text.startsWith("[[:>:]]", text.i)) {
            boolean start = p.charAt(text.i + 3) == '<';
            text.i += 7;
            // a word boundary, then a look-ahead or look-behind, which a quantifier may follow
            out.append(WORD_BOUNDARY).append(start ? "(?=\\w)" : "(?<=\\w)");
            if (start) {
                groups.lookahead();
            } else {
                item(0);
            }
            return;
        }
        if (text.i + 1 < p.length() && ":.=".indexOf(p.charAt(text.i + 1)) >= 0 && text.posixEnd(text.i) >= 0) {
            throw p.charAt(text.i + 1) == ':' ? text.error(112, "POSIX named classes are supported only within a class")
                    : text.error(113, "POSIX collating elements are not supported");
        }
        text.i++;
        ClassTranslator cls = new ClassTranslator(text, caseless);
        out.append(cls.translate());
        if (cls.madeGroup()) {
            groups.groupLikeItem(1);
        } else {
            item(1);
        }
    }

    /** A quantifier just read ({@code q}), with its lazy or possessive suffix and ungreedy mode applied. */
    private void quantifier(String q) throws PcreSyntaxException {
        if (!groups.repeatable()) {
            text.i -= q.length();
            throw text.error(109, "quantifier does not follow a repeatable item");
        }
        groups.repeat(q, PatternText.exactCount(q));
        out.append(q);
        boolean lazy = ungreedy;
        skipIgnored();
        if (!text.atEnd() && p.charAt(text.i) == '+') {
            text.i++;
            out.append('+');
        } else {
            if (!text.atEnd() && p.charAt(text.i) == '?') {
                text.i++;
                lazy = !lazy;
            }
            if (lazy) {
                out.append('?');
            }
        }
    }

    /**
     * Skips what PCRE2 reads as nothing between an item and its quantifier's suffix: {@code (?#...)}
     * comments, empty quotes ({@code \\E}, {@code \\Q\\E}), and in extended mode white space and
     * {@code #} comments.
     */
    private void skipIgnored() {
        while (!text.atEnd()) {
            char c = p.charAt(text.i);
            if (text.startsWith("(?#", text.i) && p.indexOf(')', text.i) > 0) {
                text.i = p.indexOf(')', text.i) + 1;
            } else if (text.startsWith("\\E", text.i)) {
                text.i += 2;
            } else if (text.startsWith("\\Q\\E", text.i)) {
                text.i += 4;
            } else if (extended && PatternText.isPcreSpace(c)) {
                text.i++;
            } else if (extended && c == '#') {
                while (!text.atEnd() && p.charAt(text.i) != '\n') {
                    text.i++;
                }
            } else {
                return;
            }
        }
    }

    /** {@code {n}}, {@code {n,}} and {@code {n,m}} are quantifiers; any other brace is literal. */
    private void braces() throws PcreSyntaxException {
        String q = text.quantifierAt(text.i);
        if (q == null) {
            out.append("\\{");
            text.i++;
            item(1);
            return;
        }
        text.i += q.length();
        quantifier(q);
    }

    /** Opens a group written as {@code javaGroup}; {@code number} is its group number (0 if not capturing). */
    private void open(String javaGroup, int start, int number) {
        groups.open(javaGroup, start, number, modes());
        out.append(javaGroup);
    }

    private void closeGroup() throws PcreSyntaxException {
        if (!groups.inGroup()) {
            throw text.error(122, "unmatched closing parenthesis");
        }
        text.i++;
        out.append(')');
        GroupStructure.Modes restored = groups.close();
        extended = restored.extended();
        ungreedy = restored.ungreedy();
        caseless = restored.caseless();
    }

    private void group() throws PcreSyntaxException {
        if (!text.atEnd() && p.charAt(text.i) == '*') {
            throw text.unsupported("a backtracking verb (*...)");
        }
        int start = text.i - 1;
        if (text.atEnd() || p.charAt(text.i) != '?') {
            open("(", start, ++groupsOpened);
            return;
        }
        text.i++;
        if (text.atEnd()) {
            throw text.error(114, "missing closing parenthesis");
        }
        char c = p.charAt(text.i);
        switch (c) {
            case '#': {
                int close = p.indexOf(')', text.i);
                if (close < 0) {
                    text.i = p.length();
                    throw text.error(118, "missing ) after (?# comment");
                }
                text.i = close + 1;
                return;
            }
            case ':':
            case '=':
            case '!':
            case '>':
                text.i++;
                open("(?" + c, start, 0);
                return;
            case '<':
                if (text.i + 1 < p.length() && (p.charAt(text.i + 1) == '=' || p.charAt(text.i + 1) == '!')) {
                    open("(?<" + p.charAt(text.i + 1), start, 0);
                    text.i += 2;
                    return;
                }
                text.i++;
                namedGroup('>', start);
                return;
            case '\'':
                text.i++;
                namedGroup('\'', start);
                return;
            case 'P':
                pGroup(start);
                return;
            case '|':
                throw text.unsupported("a branch reset group (?|...)");
            case '(':
                throw text.unsupported("a conditional group (?(...)...)");
            case 'C':
                throw text.unsupported("a callout (?C...)");
            case 'R': case '&': case '+': case '0': case '1': case '2': case '3': case '4': case '5': case '6':
            case '7': case '8': case '9':
                throw text.unsupported("recursion or a subroutine call");
            case '-':
                if (text.i + 1 < p.length() && Character.isDigit(p.charAt(text.i + 1))) {
                    throw text.unsupported("recursion or a subroutine call");
                }
                optionSetting(start);
                return;
            default:
                optionSetting(start);
        }
    }

    private void pGroup(int start) throws PcreSyntaxException {
        text.i++;
        if (!text.atEnd() && p.charAt(text.i) == '<') {
            text.i++;
            namedGroup('>', start);
            return;
        }
        if (!text.atEnd() && p.charAt(text.i) == '=') {
            text.i++;
            int close = p.indexOf(')', text.i);
            if (close < 0) {
                text.i = p.length();
                throw text.error(142, "syntax error in subpattern name (missing terminator)");
            }
            reference(p.substring(text.i, close));
            text.i = close + 1;
            item(GroupStructure.VARIABLE);
            return;
        }
        if (!text.atEnd() && p.charAt(text.i) == '>') {
            throw text.unsupported("a subroutine call (?P>name)");
        }
        throw text.error(141, "unrecognized character after (?P");
    }

    /** {@code (?imsxU-imsxU)} or {@code (?imsxU-imsxU:...)}; x and U are applied here, the rest by Java. */
    private void optionSetting(int start) throws PcreSyntaxException {
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean negate = false;
        boolean x = extended;
        boolean u = ungreedy;
        boolean i = caseless;
        while (!text.atEnd()) {
            char c = p.charAt(text.i++);
            if (c == ')' || c == ':') {
                String flags = on + (off.length() > 0 ? "-" + off : "");
                if (c == ')') {
                    // not a group: the setting lasts to the end of the enclosing group
                    extended = x;
                    ungreedy = u;
                    caseless = i;
                    if (!flags.isEmpty()) {
                        out.append("(?").append(flags).append(')');
                    }
                    groups.setting();
                } else {
                    open("(?" + flags + ':', start, 0);
                    extended = x;
                    ungreedy = u;
                    caseless = i;
                }
                return;
            }
            switch (c) {
                case '-':
                    if (negate) {
                        text.i--;
                        throw text.error(194, "invalid hyphen in option setting");
                    }
                    negate = true;
                    break;
                case 'i':
                    i = !negate;
                    (negate ? off : on).append(c);
                    break;
                case 'm':
                case 's':
                    (negate ? off : on).append(c);
                    break;
                case 'x':
                    x = !negate;
                    break;
                case 'U':
                    u = !negate;
                    break;
                case 'n': case 'J': case '^':
                    throw text.unsupported("the option (?" + c + ")");
                default:
                    text.i--;
                    throw text.error(111, "unrecognized character after (? or (?-");
            }
        }
        throw text.error(114, "missing closing parenthesis");
    }

    private void namedGroup(char close, int groupStart) throws PcreSyntaxException {
        int start = text.i;
        int end = start;
        while (end < p.length() && (Character.isLetterOrDigit(p.charAt(end)) && p.charAt(end) < 0x80
                || p.charAt(end) == '_')) {
            end++;
        }
        if (end < p.length() && end > start && p.charAt(start) >= '0' && p.charAt(start) <= '9') {
            throw text.error(144, "subpattern name must start with a non-digit");
        }
        if (end >= p.length() || p.charAt(end) != close || end == start) {
            text.i = end;
            throw text.error(142, "syntax error in subpattern name (missing terminator)");
        }
        if (end - start > 32) {
            text.i = end;
            throw text.error(148, "subpattern name is too long (maximum 32 code units)");
        }
        String name = p.substring(start, end);
        text.i = end + 1;
        checkName(name);
        if (!names.add(name)) {
            throw text.error(143, "two named subpatterns have the same name (PCRE2_DUPNAMES not set)");
        }
        open("(", groupStart, ++groupsOpened);
    }

    private void checkName(String name) throws PcreSyntaxException {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
            throw text.error(142, "syntax error in subpattern name (missing terminator)");
        }
    }

    /** A back reference by name, written as Java's numbered one (Java refuses references to names defined later). */
    private void reference(String name) throws PcreSyntaxException {
        checkName(name);
        int number = text.groupNumber(name);
        if (number == 0) {
            groups.noSuchGroup(text.i);
        }
        out.append("(?:\\").append(number).append(')');
        item(groups.groupWidth(number));
    }

    private void escape() throws PcreSyntaxException {
        if (text.atEnd()) {
            throw text.error(101, "\\ at end of pattern");
        }
        char c = p.charAt(text.i++);
        switch (c) {
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v':
            case 'V':
                out.append('\\').append(c);
                item(1);
                return;
            case 'R': case 'X':
                out.append('\\').append(c);
                item(GroupStructure.VARIABLE);
                return;
            case 'A': case 'z': case 'Z': case 'G':
                out.append('\\').append(c);
                groups.assertion();
                return;
            case 'b':
                out.append(WORD_BOUNDARY);
                groups.assertion();
                return;
            case 'B':
                out.append("(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))");
                groups.assertion();
                return;
            case 'N':
                if (!text.atEnd() && p.charAt(text.i) == '{' && text.quantifierAt(text.i) == null) {
                    throw text.namedCharacter();
                }
                out.append("[^\\n]");
                item(1);
                return;
            case 'p':
            case 'P':
                // PCRE2 matches properties case-sensitively, even in caseless mode
                out.append(caseless ? "(?-i:" : "(?:");
                text.property(c, out);
                out.append(')');
                item(1);
                return;
            case 'Q':
                for (char q : text.quoted().toCharArray()) {
                    PatternText.literal(q, out);
                    item(1);
                }
                return;
            case 'E':
                return;
            case 'k':
                namedReference();
                return;
            case 'g':
                gReference();
                return;
            case 'K':
                throw text.unsupported("\\K");
            case 'C':
                // one code unit: in 8-bit mode one byte, whatever it is
                out.append("[\\x{0}-\\x{ff}]");
                item(1);
                return;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                numberedReference(c);
                return;
            default:
                PatternText.literal(text.simpleEscape(c), out);
                item(1);
        }
    }

    /**
     * {@code \N}: a back reference when N is below 10, an 8 or 9 comes first, or there are that
     * many groups; otherwise up to three octal digits.
     */
    private void numberedReference(char c) throws PcreSyntaxException {
        int start = text.i - 1;
        int end = start;
        while (end < p.length() && p.charAt(end) >= '0' && p.charAt(end) <= '9') {
            end++;
        }
        String digits = p.substring(start, end);
        int number = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        int defined = text.capturingGroups();
        if (number < 10 || c == '8' || c == '9' || number <= defined) {
            if (number > defined) {
                groups.noSuchGroup(start - 1);
            }
            text.i = end;
            out.append("(?:\\").append(number).append(')');
            item(groups.groupWidth(number));
            return;
        }
        text.i = start;
        PatternText.literal(text.octal(3), out);
        item(1);
    }

    private void namedReference() throws PcreSyntaxException {
        if (text.atEnd()) {
            throw text.error(169, "\\k is not followed by a braced, angle-bracketed, or quoted name");
        }
        char open = p.charAt(text.i);
        char close = open == '<' ? '>' : open == '\'' ? '\'' : open == '{' ? '}' : 0;
        if (close == 0) {
            throw text.error(169, "\\k is not followed by a braced, angle-bracketed, or quoted name");
        }
        int end = p.indexOf(close, text.i + 1);
        if (end < 0) {
            text.i = p.length();
            throw text.error(142, "syntax error in subpattern name (missing terminator)");
        }
        String name = p.substring(text.i + 1, end);
        text.i = end + 1;
        reference(name);
    }

    private void gReference() throws PcreSyntaxException {
        String ref;
        if (!text.atEnd() && p.charAt(text.i) == '<' || !text.atEnd() && p.charAt(text.i) == '\'') {
            throw text.unsupported("a subroutine call \\g<...>");
        }
        if (!text.atEnd() && p.charAt(text.i) == '{') {
            int end = p.indexOf('}', text.i);
            if (end < 0) {
                throw text.error(157, "\\g is not followed by a braced, angle-bracketed, or quoted name/number or by"
                        + " a plain number");
            }
            ref = p.substring(text.i + 1, end);
            text.i = end + 1;
        } else {
            int end = text.i;
            if (end < p.length() && (p.charAt(end) == '-' || p.charAt(end) == '+')) {
                end++;
            }
            while (end < p.length() && p.charAt(end) >= '0' && p.charAt(end) <= '9') {
                end++;
            }
            ref = p.substring(text.i, end);
            text.i = end;
        }
        if (ref.matches("[0-9]{1,5}")) {
            int number = Integer.parseInt(ref);
            if (number == 0 || number > text.capturingGroups()) {
                groups.noSuchGroup(text.i);
                number = 0;
            }
            out.append("(?:\\").append(number).append(')');
            item(groups.groupWidth(number));
            return;
        } else if (ref.matches("-[0-9]{1,5}")) {
            int number = groupsOpened + 1 + Integer.parseInt(ref);
            if (number < 1 || ref.equals("-0")) {
                // a relative reference is checked at once, against the groups opened so far
                throw text.error(115, "reference to non-existent subpattern");
            }
            out.append("(?:\\").append(number).append(')');
            item(groups.groupWidth(number));
            return;
        } else if (ref.startsWith("+")) {
            throw text.unsupported("a forward relative reference \\g+n");
        } else if (!ref.isEmpty()) {
            reference(ref);
        } else {
            throw text.error(157, "\\g is not followed by a braced, angle-bracketed, or quoted name/number or by"
                    + " a plain number");
        }
    }
}
