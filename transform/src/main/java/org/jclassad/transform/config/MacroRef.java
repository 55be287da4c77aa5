package org.jclassad.transform.config;

/**
 * One macro reference found in text: {@code $NAME(body)} spanning {@code [dollar, end)}.
 * Finding follows HTCondor's scanner: {@code $} then letters, digits and {@code _} then
 * {@code (}; {@code $$(} is never a config reference; plain {@code $(} bodies must be names
 * ({@code [A-Za-z0-9_./]}) optionally followed by {@code :default}.
 */
record MacroRef(int dollar, int funcStart, int funcEnd, int bodyStart, int bodyEnd, int id, int colon) {
    static final int NORMAL = -1;
    static final int ENV = 1;
    static final int RANDOM_CHOICE = 2;
    static final int RANDOM_INTEGER = 3;
    static final int CHOICE = 4;
    static final int SUBSTR = 5;
    static final int INT = 6;
    static final int REAL = 7;
    static final int STRING = 8;
    static final int EVAL = 9;
    static final int BASENAME = 10;
    static final int DIRNAME = 11;
    static final int FILENAME = 12;

    private static final String[] NAMES = {
        null, "ENV", "RANDOM_CHOICE", "RANDOM_INTEGER", "CHOICE", "SUBSTR", "INT", "REAL", "STRING", "EVAL",
        "BASENAME", "DIRNAME",
    };

    /** Index just past the closing parenthesis. */
    int end() {
        return bodyEnd + 1;
    }

    String body(CharSequence text) {
        return text.subSequence(bodyStart, bodyEnd).toString();
    }

    /** The function name between {@code $} and {@code (} (empty for {@code $(}). */
    String func(CharSequence text) {
        return text.subSequence(funcStart, funcEnd).toString();
    }

    /**
     * Hears each {@code $} that {@link #find} looked at and did not return: where it starts and
     * the last index the scan examined for it ({@code reach}). A change of the text at or before
     * {@code reach} may change what that {@code $} starts, so it must be scanned again.
     */
    interface Scan {
        void passed(int dollar, int reach);
    }

    /** Decides whether a found reference is expanded now. */
    interface BodyCheck {
        boolean skip(int id, CharSequence text, int bodyStart, int bodyEnd);

        BodyCheck ANY = (id, t, s, e) -> false;
        BodyCheck NO_DOLLAR = (id, t, s, e) -> id == NORMAL && isDollar(t, s, e);
        BodyCheck DOLLAR_ONLY = (id, t, s, e) -> !(id == NORMAL && isDollar(t, s, e));

        static BodyCheck onlySelf(String self, String self2) {
            return (id, t, s, e) -> {
                if (id != NORMAL && id != FILENAME) {
                    return true;
                }
                if (names(t, s, e, self)) {
                    return false;
                }
                return self2 == null || !names(t, s, e, self2);
            };
        }

        private static boolean names(CharSequence t, int s, int e, String name) {
            int len = e - s;
            int n = name.length();
            if (!(len == n || (len > n && t.charAt(s + n) == ':'))) {
                return false;
            }
            return regionMatchesIgnoreCase(t, s, name);
        }

        private static boolean isDollar(CharSequence t, int s, int e) {
            return e - s == 6 && regionMatchesIgnoreCase(t, s, "DOLLAR");
        }
    }

    /** Whether {@code t} holds {@code word} at {@code at}, ASCII letters compared in either case. */
    static boolean regionMatchesIgnoreCase(CharSequence t, int at, String word) {
        if (at + word.length() > t.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char a = t.charAt(at + i);
            char b = word.charAt(i);
            if (a != b && ((a | 0x20) != (b | 0x20) || !Character.isLetter(b))) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '/';
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The id of a prefix {@code $NAME} (0 when it is not a config macro); bodyChars[0] = idchar body. */
    private static int prefixId(CharSequence t, int dollar, int len, boolean[] idBody) {
        idBody[0] = false;
        if (len == 1) {
            idBody[0] = true;
            return NORMAL;
        }
        if (t.charAt(dollar + 1) == '$') {
            return 0;
        }
        if (t.charAt(dollar + 1) == 'F') {
            boolean fname = true;
            for (int i = 2; i < len; i++) {
                char c = (char) (t.charAt(dollar + i) | 0x20);
                if ("pnxdqabfwu".indexOf(c) < 0) {
                    fname = false;
                    break;
                }
            }
            if (fname) {
                return FILENAME;
            }
        }
        for (int id = 1; id < NAMES.length; id++) {
            String n = NAMES[id];
            if (len == n.length() + 1 && regionMatches(t, dollar + 1, n)) {
                if (id == ENV) {
                    idBody[0] = true;
                }
                return id;
            }
        }
        return 0;
    }

    private static boolean regionMatches(CharSequence t, int at, String word) {
        if (at + word.length() > t.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (t.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence t, char c, int from) {
        if (t instanceof String s) {
            return s.indexOf(c, from);
        }
        for (int i = Math.max(from, 0); i < t.length(); i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The leftmost reference at or after {@code from} that {@code check} does not skip. */
    static MacroRef find(CharSequence t, int from, BodyCheck check) {
        return find(t, from, check, null);
    }

    /**
     * The leftmost reference at or after {@code from} that {@code check} does not skip, telling
     * {@code scan} (when given) about every {@code $} passed over on the way.
     */
    static MacroRef find(CharSequence t, int from, BodyCheck check, Scan scan) {
        int len = t.length();
        int at = from;
        boolean[] idBody = new boolean[1];
        while (true) {
            int dollar = indexOf(t, '$', at);
            if (dollar < 0) {
                return null;
            }
            int p = dollar + 1;
            if (p < len && t.charAt(p) == '$') {
                p++;
            }
            while (p < len && (isAlnum(t.charAt(p)) || t.charAt(p) == '_')) {
                p++;
            }
            int id = 0;
            if (p < len && t.charAt(p) == '(') {
                id = prefixId(t, dollar, p - dollar, idBody);
            }
            if (id == 0) {
                passed(scan, dollar, Math.min(p, len - 1));
                at = p;
                continue;
            }
            int body = p + 1;
            int v = body;
            int colon = -1;
            boolean bad = false;
            if (!idBody[0]) {
                while (v < len && t.charAt(v) != ')') {
                    v++;
                }
            } else {
                while (v < len && t.charAt(v) != ')') {
                    char c = t.charAt(v++);
                    if (c == ':' && colon < 0) {
                        colon = v - 1;
                        continue;
                    } else if (colon >= 0) {
                        if (c == '(') {
                            int close = indexOf(t, ')', v);
                            if (close >= 0) {
                                v = close + 1;
                                continue;
                            }
                        } else if ("$ ,\\:".indexOf(c) >= 0) {
                            continue;
                        }
                    }
                    if (!isIdChar(c)) {
                        bad = true;
                        v--;
                        break;
                    }
                }
            }
            if (bad || v >= len || t.charAt(v) != ')') {
                // after a ':' the scan may have looked ahead for a ')' as far as the end
                passed(scan, dollar, v >= len || colon >= 0 ? len : v);
                at = body;
                continue;
            }
            if (check.skip(id, t, body, v)) {
                passed(scan, dollar, v);
                at = v;
                continue;
            }
            return new MacroRef(dollar, dollar + 1, p, body, v, id, colon);
        }
    }

    private static void passed(Scan scan, int dollar, int reach) {
        if (scan != null) {
            scan.passed(dollar, reach);
        }
    }
}
