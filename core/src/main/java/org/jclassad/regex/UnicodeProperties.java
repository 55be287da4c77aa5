package org.jclassad.regex;

import java.util.Locale;
import java.util.Set;

/**
 * The property names of PCRE2's {@code \p{...}} (version 10.32, as in HTCondor 25.14) in Java's
 * terms: the general categories, {@code L&}, {@code Any}, PCRE2's own {@code Xan}, {@code Xps},
 * {@code Xsp}, {@code Xwd}, {@code Xuc}, and script names written as PCRE2 writes them
 * ({@code Greek}, {@code Old_Italic}). Names are case-sensitive; anything else, including Java's
 * own names ({@code Alpha}, {@code IsGreek}), is PCRE2's error 147.
 */
final class UnicodeProperties {
    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo",
            "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
            "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

    private UnicodeProperties() {
    }

    /** The contents of a Java character class with the property's characters, or {@code null} if unknown. */
    static String classBody(String name) {
        if (CATEGORIES.contains(name)) {
            return "\\p{" + name + "}";
        }
        switch (name) {
            case "L&":
                return "\\p{Lu}\\p{Ll}\\p{Lt}";
            case "Any":
                return "\\x{0}-\\x{10ffff}";
            case "Xan":
                return "\\p{L}\\p{N}";
            case "Xwd":
                return "\\p{L}\\p{N}_";
            case "Xps":
            case "Xsp":
                return "\\p{Z}\\t\\n\\x{b}\\f\\r\\x{85}";
            case "Xuc":
                return "$@`\\x{a0}-\\x{d7ff}\\x{e000}-\\x{10ffff}";
            default:
                return script(name);
        }
    }

    /** A script as PCRE2 names it: Java's script name in PCRE2's spelling ({@code Old_Italic}). */
    private static String script(String name) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        if (script == Character.UnicodeScript.UNKNOWN || !name.equals(spelling(script))) {
            return null;
        }
        return "\\p{Is" + script.name() + "}";
    }

    private static String spelling(Character.UnicodeScript script) {
        StringBuilder out = new StringBuilder();
        for (String word : script.name().split("_")) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
