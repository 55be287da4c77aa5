package org.jclassad.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.ListValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * HTCondor's job environment and argument helpers: {@code envV1ToV2}, {@code mergeEnvironment},
 * {@code argsToList} and {@code listToArgs}. V2 ("raw") syntax separates words by white space
 * and quotes with {@code '...'}, a doubled {@code ''} standing for one quote.
 */
final class EnvironmentFunctions {
    /** Marks a variable kept verbatim without a value (an unexpanded {@code $$(...)} entry). */
    private static final String NO_VALUE = "\u0001\u0002\u0003\u0004\u0005\u0006";
    /** Characters that, leading a V1 environment, choose the delimiter. */
    private static final String PERMITTED_DELIMITERS = "!#$%&*+,-/:;<>?@^`|~\u001F";
    private static final char PLATFORM_DELIMITER = ';';

    private EnvironmentFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("envV1ToV2", EnvironmentFunctions::envV1ToV2);
        r.register("mergeEnvironment", EnvironmentFunctions::mergeEnvironment);
        r.register("argsToList", EnvironmentFunctions::argsToList);
        r.register("listToArgs", EnvironmentFunctions::listToArgs);
    }

    /** {@code envV1ToV2(env)}: a V1 environment string rewritten as sorted V2 raw. */
    static Value envV1ToV2(Arguments a) {
        if (a.size() != 1) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (v.isUndefined()) {
            return v;
        }
        if (!(v instanceof StringValue)) {
            return Value.ERROR;
        }
        Map<String, String> env = new TreeMap<>();
        if (!mergeV1(env, ((StringValue) v).bytes())) {
            return Value.ERROR;
        }
        return Value.ofBytes(v2Raw(env));
    }

    /** {@code mergeEnvironment(env, ...)}: V2 raw environments merged, later ones winning; undefined skipped. */
    static Value mergeEnvironment(Arguments a) {
        Map<String, String> env = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            Value v = a.get(i);
            if (v.isUndefined()) {
                continue;
            }
            if (!(v instanceof StringValue)) {
                return Value.ERROR;
            }
            List<String> words = splitV2(((StringValue) v).bytes());
            if (words == null) {
                return Value.ERROR;
            }
            for (String w : words) {
                if (!setEntry(env, w)) {
                    return Value.ERROR;
                }
            }
        }
        return Value.ofBytes(v2Raw(env));
    }

    private static boolean mergeV1(Map<String, String> env, String text) {
        if (text.isEmpty()) {
            return true;
        }
        char delimiter = PLATFORM_DELIMITER;
        int i = 0;
        char first = text.charAt(0);
        if (first == delimiter) {
            i = 1;
        } else if (PERMITTED_DELIMITERS.indexOf(first) >= 0) {
            delimiter = first;
            i = 1;
        }
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
                    || text.charAt(i) == '\r')) {
                i++;
            }
            StringBuilder entry = new StringBuilder();
            while (i < n) {
                char c = text.charAt(i++);
                if (c == '\n' || c == delimiter) {
                    break;
                }
                entry.append(c);
            }
            if (entry.length() > 0 && !setEntry(env, entry.toString())) {
                return false;
            }
        }
        return true;
    }

    /** One {@code NAME=VALUE} entry, or a value-less entry containing {@code $$}. */
    private static boolean setEntry(Map<String, String> env, String entry) {
        if (entry.isEmpty()) {
            return false;
        }
        int eq = entry.indexOf('=');
        if (eq < 0 && entry.contains("$$")) {
            env.put(entry, NO_VALUE);
            return true;
        }
        if (eq <= 0) {
            return false;
        }
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
        return true;
    }

    private static String v2Raw(Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : env.entrySet()) {
            appendV2(NO_VALUE.equals(e.getValue()) ? e.getKey() : e.getKey() + "=" + e.getValue(), out);
        }
        return out.toString();
    }

    /** HTCondor's V2 quoting of one word, appended after a space separator. */
    static void appendV2(String word, StringBuilder out) {
        if (out.length() > 0) {
            out.append(' ');
        }
        if (word.isEmpty()) {
            out.append("''");
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\'') {
                if (out.length() > 0 && out.charAt(out.length() - 1) == '\'') {
                    out.setLength(out.length() - 1);
                } else {
                    out.append('\'');
                }
                if (c == '\'') {
                    out.append('\'');
                }
                out.append(c).append('\'');
            } else {
                out.append(c);
            }
        }
    }

    /** V2 raw words; null for an unbalanced quote. */
    static List<String> splitV2(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                inWord = true;
                i++;
                boolean closed = false;
                while (i < n) {
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < n && text.charAt(i + 1) == '\'') {
                            word.append('\'');
                            i += 2;
                        } else {
                            closed = true;
                            i++;
                            break;
                        }
                    } else {
                        word.append(text.charAt(i++));
                    }
                }
                if (!closed) {
                    return null;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The version argument: 2 by default, else an integer (32-bit) equal to 1 or 2; 0 when invalid. */
    private static int version(Arguments a) {
        if (a.size() < 2) {
            return 2;
        }
        Value v = a.get(1);
        if (!(v instanceof IntegerValue)) {
            return 0;
        }
        int version = (int) ((IntegerValue) v).value();
        return version == 1 || version == 2 ? version : 0;
    }

    /** {@code argsToList(args [, version])}: an argument string split into a list of words. */
    static Value argsToList(Arguments a) {
        if (a.size() != 1 && a.size() != 2) {
            return Value.ERROR;
        }
        int version = version(a);
        if (version == 0) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (!(v instanceof StringValue)) {
            return Value.ERROR;
        }
        String text = ((StringValue) v).bytes();
        List<String> words;
        if (version == 1) {
            words = new ArrayList<>();
            for (String w : text.split("[ \t\n\r]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        } else {
            words = splitV2(text);
            if (words == null) {
                return Value.ERROR;
            }
        }
        List<Value> values = new ArrayList<>();
        for (String w : words) {
            values.add(Value.ofBytes(w));
        }
        return ListValue.ofValues(values);
    }

    /** {@code listToArgs(list [, version])}: a list of strings joined as an argument string. */
    static Value listToArgs(Arguments a) {
        if (a.size() != 1 && a.size() != 2) {
            return Value.ERROR;
        }
        int version = version(a);
        if (version == 0) {
            return Value.ERROR;
        }
        Value v = a.get(0);
        if (!(v instanceof ListValue)) {
            return Value.ERROR;
        }
        ListValue list = (ListValue) v;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            Value e = Lists.element(a, list, i);
            if (!(e instanceof StringValue)) {
                return Value.ERROR;
            }
            String word = ((StringValue) e).bytes();
            if (version == 1) {
                if (word.matches("(?s).*[ \t\r\n].*")) {
                    return Value.ERROR;
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
            } else {
                appendV2(word, out);
            }
        }
        return Value.ofBytes(out.toString());
    }
}
