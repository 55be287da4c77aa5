package org.jclassad.conformance.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes random conformance cases, grammar-directed and biased towards well-typed expressions
 * (an integer operator mostly gets integer operands) with HTCondor's corner values mixed in.
 * Deterministic for a given {@link Random} seed. Functions that read the clock or a random
 * source are left out, so both engines must agree exactly.
 */
public final class CaseGenerator {
    enum T { INT, REAL, BOOL, STR, LIST, AD, TIME, ANY }

    static final String MY_AD = "[ i = 7; j = -3; r = 2.5; z = 0.0; s = \"Str\"; t = \"str\"; b = true; f = false; "
            + "l = { 1, 2, 3 }; sl = \"a,b,c\"; u = undefined; e = error; n = [ x = 1; y = \"q\" ]; "
            + "Requirements = TARGET.k > 1; Rank = i * 2 ]";
    static final String TARGET_AD = "[ k = 5; i = 9; s = \"Target\"; m = { \"x\", \"y\" }; "
            + "Requirements = MY.i > 0; Rank = 1.5 ]";

    private static final String[] INTS = {"0", "1", "-1", "2", "7", "10", "64", "255", "-17",
        "9223372036854775807", "-9223372036854775808", "4294967296", "i", "j", "TARGET.k", "k"};
    private static final String[] REALS = {"0.0", "-0.0", "1.5", "2.5", "-3.75", "1e308", "1e-300", "0.1",
        "3.141592653589793", "r", "z", "real(\"INF\")", "real(\"-INF\")", "real(\"NaN\")"};
    private static final String[] STRS = {"\"\"", "\"a\"", "\"A\"", "\"abc\"", "\"Abc\"", "\"a,b,c\"",
        "\"caf\\303\\251\"", "\"x\\ny\"", "\"8.9.1\"", "\"10.2\"", "\"user@host\"", "\"slot1@m\"", "s", "t", "sl",
        "\"  spaced  \"", "\"1\"", "\"2.5\"", "\"true\""};
    private static final String[] BOOLS = {"true", "false", "b", "f", "TRUE"};
    private static final String[] OTHERS = {"undefined", "error", "u", "e", "missing", "MY.i", "TARGET.s",
        "n", "n.x", "l", "parent", "self"};

    private final Random random;

    public CaseGenerator(Random random) {
        this.random = random;
    }

    /** Expressions that read the clock or a random source: the two engines cannot agree on them. */
    static final java.util.regex.Pattern NONDETERMINISTIC = java.util.regex.Pattern.compile(
            "(?i)(absTime|formatTime)\\s*\\(\\s*\\)|\\btime\\s*\\(|currentTime|\\brandom\\s*\\(");

    /** One case object ready for the protocol (never one that reads the clock). */
    public Map<String, Object> next(long id) {
        while (true) {
            Map<String, Object> c = draw(id);
            if (!NONDETERMINISTIC.matcher(String.valueOf(c.get("expr"))).find()) {
                return c;
            }
        }
    }

    private Map<String, Object> draw(long id) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "fz-" + id);
        int kind = random.nextInt(20);
        if (kind == 0) {
            c.put("op", "parse_expr");
            c.put("expr", mutate(expr(T.ANY, 3)));
            return c;
        }
        c.put("op", "eval");
        c.put("expr", kind == 1 ? mutate(expr(T.ANY, 3)) : expr(pickType(), 4));
        c.put("ad", MY_AD);
        if (random.nextInt(3) == 0) {
            c.put("target", TARGET_AD);
        }
        if (random.nextInt(12) == 0) {
            c.put("old_semantics", false);
        }
        return c;
    }

    private T pickType() {
        T[] all = {T.INT, T.REAL, T.BOOL, T.STR, T.LIST, T.AD, T.TIME, T.ANY};
        return all[random.nextInt(all.length)];
    }

    /** Small textual damage, to exercise the lexer and parser error paths. */
    private String mutate(String text) {
        if (text.isEmpty() || random.nextInt(3) == 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        String junk = "()[]{}.,;:?!=<>&|+-*/%\"'\\ 0e.x$#\n";
        int edits = 1 + random.nextInt(2);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    s.insert(at, junk.charAt(random.nextInt(junk.length())));
                    break;
                case 1:
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                    break;
                default:
                    if (at < s.length()) {
                        s.setCharAt(at, junk.charAt(random.nextInt(junk.length())));
                    }
            }
        }
        return s.toString();
    }

    String expr(T type, int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return leaf(type);
        }
        if (random.nextInt(14) == 0) {
            type = pickType(); // ill-typed on purpose now and then
        }
        switch (type) {
            case INT: return intExpr(depth);
            case REAL: return realExpr(depth);
            case BOOL: return boolExpr(depth);
            case STR: return strExpr(depth);
            case LIST: return listExpr(depth);
            case AD: return adExpr(depth);
            case TIME: return timeExpr(depth);
            default: return anyExpr(depth);
        }
    }

    private String leaf(T type) {
        switch (type) {
            case INT: return random.nextInt(3) == 0 ? String.valueOf(random.nextInt(2001) - 1000) : pick(INTS);
            case REAL: return pick(REALS);
            case BOOL: return pick(BOOLS);
            case STR: return pick(STRS);
            case LIST: return pick(new String[] {"{ }", "{ 1, 2 }", "l", "{ \"a\", \"B\" }", "{ 1.5, undefined, 3 }",
                "TARGET.m", "{ [ a = 1 ], [ a = 2 ] }"});
            case AD: return pick(new String[] {"[ ]", "[ a = 1 ]", "n", "[ a = 1; b = a + 1 ]"});
            case TIME: return pick(new String[] {"absTime(\"2020-01-02T03:04:05Z\")", "absTime(0)",
                "relTime(90)", "relTime(\"1:30\")", "absTime(\"2004-01-01T00:00:00-06:00\")", "relTime(-3600)"});
            default:
                T t = pickType();
                return t == T.ANY ? pick(OTHERS) : leaf(t);
        }
    }

    private String sub(T type, int depth) {
        String e = expr(type, depth - 1);
        return isAtomic(e) ? e : "(" + e + ")";
    }

    private static boolean isAtomic(String e) {
        return e.matches("[A-Za-z_][A-Za-z0-9_.]*|-?[0-9][0-9.e+-]*|\"[^\"]*\"");
    }

    private String intExpr(int d) {
        switch (random.nextInt(9)) {
            case 0: case 1:
                return sub(T.INT, d) + " " + pick(new String[] {"+", "-", "*", "/", "%"}) + " " + sub(T.INT, d);
            case 2:
                return sub(T.INT, d) + " " + pick(new String[] {"&", "|", "^", "<<", ">>", ">>>"}) + " " + sub(T.INT, d);
            case 3:
                return pick(new String[] {"-", "~", "+"}) + sub(T.INT, d);
            case 4:
                return sub(T.BOOL, d) + " ? " + sub(T.INT, d) + " : " + sub(T.INT, d);
            case 5:
                return sub(T.LIST, d) + "[" + expr(T.INT, d - 1) + "]";
            case 6:
                return call(pick(new String[] {"int", "floor", "ceiling", "round", "size"}), T.ANY, d);
            case 7:
                return pick(new String[] {"strcmp(", "stricmp(", "versioncmp("}) + expr(T.STR, d - 1) + ", "
                        + expr(T.STR, d - 1) + ")";
            default:
                return pick(new String[] {"sum(", "min(", "max(", "stringListSize("}) + expr(
                        random.nextBoolean() ? T.LIST : T.STR, d - 1) + ")";
        }
    }

    private String realExpr(int d) {
        switch (random.nextInt(5)) {
            case 0: case 1:
                return sub(T.REAL, d) + " " + pick(new String[] {"+", "-", "*", "/"}) + " "
                        + sub(random.nextBoolean() ? T.REAL : T.INT, d);
            case 2:
                return "-" + sub(T.REAL, d);
            case 3:
                return call(pick(new String[] {"real", "avg"}), random.nextBoolean() ? T.ANY : T.LIST, d);
            default:
                return "pow(" + expr(T.REAL, d - 1) + ", " + expr(T.INT, d - 1) + ")";
        }
    }

    private String boolExpr(int d) {
        switch (random.nextInt(10)) {
            case 0: case 1: {
                T t = pick(new T[] {T.INT, T.REAL, T.STR, T.TIME, T.ANY});
                return sub(t, d) + " " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="}) + " " + sub(t, d);
            }
            case 2: {
                T t = pickType();
                return sub(t, d) + " " + pick(new String[] {"=?=", "=!=", "is", "isnt"}) + " " + sub(t, d);
            }
            case 3: case 4:
                return sub(T.BOOL, d) + " " + pick(new String[] {"&&", "||"}) + " " + sub(T.BOOL, d);
            case 5:
                return "!" + sub(T.BOOL, d);
            case 6:
                return call(pick(new String[] {"isUndefined", "isError", "isString", "isInteger", "isReal",
                    "isList", "isClassAd", "isBoolean", "isAbstime", "isReltime", "bool"}), T.ANY, d);
            case 7:
                return pick(new String[] {"member(", "identicalMember("}) + expr(T.ANY, d - 1) + ", "
                        + expr(T.LIST, d - 1) + ")";
            case 8:
                return pick(new String[] {"regexp(\"^a\", ", "regexp(\"B\", ", "regexp(\"b+\", "}) + expr(T.STR, d - 1)
                        + (random.nextBoolean() ? ", \"i\")" : ")");
            default:
                return pick(new String[] {"stringListMember(", "stringListIMember("}) + expr(T.STR, d - 1) + ", "
                        + expr(T.STR, d - 1) + ")";
        }
    }

    private String strExpr(int d) {
        switch (random.nextInt(7)) {
            case 0: case 1: {
                int n = random.nextInt(4);
                StringBuilder s = new StringBuilder("strcat(");
                for (int k = 0; k < n; k++) {
                    s.append(k > 0 ? ", " : "").append(expr(random.nextInt(3) == 0 ? T.ANY : T.STR, d - 1));
                }
                return s.append(')').toString();
            }
            case 2:
                return "substr(" + expr(T.STR, d - 1) + ", " + expr(T.INT, d - 1)
                        + (random.nextBoolean() ? ", " + expr(T.INT, d - 1) + ")" : ")");
            case 3:
                return call(pick(new String[] {"toUpper", "toLower", "string"}), random.nextBoolean() ? T.STR : T.ANY, d);
            case 4:
                return sub(T.BOOL, d) + " ? " + sub(T.STR, d) + " : " + sub(T.STR, d);
            case 5:
                return "join(" + expr(T.STR, d - 1) + ", " + expr(T.LIST, d - 1) + ")";
            default:
                return sub(T.STR, d) + " ?: " + sub(T.STR, d);
        }
    }

    private String listExpr(int d) {
        switch (random.nextInt(4)) {
            case 0: {
                int n = random.nextInt(4);
                StringBuilder s = new StringBuilder("{ ");
                for (int k = 0; k < n; k++) {
                    s.append(k > 0 ? ", " : "").append(expr(pickType(), d - 1));
                }
                return s.append(" }").toString();
            }
            case 1:
                return "split(" + expr(T.STR, d - 1) + (random.nextBoolean() ? ", \",\")" : ")");
            case 2:
                return sub(T.LIST, d) + ".a";
            default:
                return sub(T.BOOL, d) + " ? " + sub(T.LIST, d) + " : " + sub(T.LIST, d);
        }
    }

    private String adExpr(int d) {
        if (random.nextBoolean()) {
            return "[ a = " + expr(pickType(), d - 1) + "; b = " + expr(pickType(), d - 1) + " ]";
        }
        return "[ a = " + expr(T.INT, d - 1) + " ]." + pick(new String[] {"a", "b", "parent", "i"});
    }

    private String timeExpr(int d) {
        switch (random.nextInt(4)) {
            case 0:
                return sub(T.TIME, d) + " " + pick(new String[] {"+", "-"}) + " " + sub(T.TIME, d);
            case 1:
                return sub(T.TIME, d) + " " + pick(new String[] {"*", "/"}) + " " + sub(T.INT, d);
            case 2:
                return call(pick(new String[] {"relTime", "absTime", "getYear", "getMonth", "getDays", "interval"}),
                        T.ANY, d);
            default:
                return "formatTime(" + expr(T.TIME, d - 1) + ", \"%Y-%m-%d %H:%M:%S\")";
        }
    }

    private String anyExpr(int d) {
        switch (random.nextInt(6)) {
            case 0:
                return sub(T.ANY, d) + " " + pick(new String[] {"+", "==", "&&", "||", "=?=", "<"}) + " " + sub(T.ANY, d);
            case 1:
                return "ifThenElse(" + expr(T.BOOL, d - 1) + ", " + expr(T.ANY, d - 1) + ", " + expr(T.ANY, d - 1) + ")";
            case 2:
                return sub(T.ANY, d) + " ?: " + sub(T.ANY, d);
            case 3:
                return "eval(" + expr(T.STR, d - 1) + ")";
            case 4:
                return sub(T.AD, d) + "[" + expr(T.STR, d - 1) + "]";
            default:
                return expr(pickType(), d - 1);
        }
    }

    private String call(String name, T argType, int d) {
        return name + "(" + expr(argType, d - 1) + ")";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    static List<String> adTexts() {
        return List.of(MY_AD, TARGET_AD);
    }
}
