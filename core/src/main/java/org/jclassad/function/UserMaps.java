package org.jclassad.function;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What the {@code userMap} and {@code userHome} functions consult. HTCondor reads these from its
 * configuration ({@code CLASSAD_USER_MAPFILE_<name>}, {@code CLASSAD_ENABLE_USER_HOME}); by
 * default, as in a tool with no such configuration, there are no maps and {@code userHome} is
 * disabled.
 *
 * <pre>{@code
 * UserMaps.define("groups", (method, user) -> user.equals("alice") ? "physics,chem" : null);
 * new ClassAd().evaluate("userMap(\"groups\", \"alice\", \"chem\")");   // "chem"
 * }</pre>
 */
public final class UserMaps {
    /** A user map: the comma-separated result for a user, or {@code null} when nothing matches. */
    @FunctionalInterface
    public interface Mapper {
        /**
         * @param method the authentication method selected by {@code name.method}, or {@code "*"}
         * @param user   the name to map (a byte string)
         */
        String map(String method, String user);
    }

    private static final Map<String, Mapper> MAPS = new ConcurrentHashMap<>();
    private static volatile UnaryOperator<String> homeDirectories;

    private UserMaps() {
    }

    /** Defines (or replaces) the map called {@code name} (case-insensitive). */
    public static void define(String name, Mapper mapper) {
        MAPS.put(name.toLowerCase(Locale.ROOT), mapper);
    }

    /** Removes the map called {@code name}. */
    public static void remove(String name) {
        MAPS.remove(name.toLowerCase(Locale.ROOT));
    }

    /** Removes every map. */
    public static void clear() {
        MAPS.clear();
    }

    /**
     * Enables {@code userHome} with a lookup from user name to home directory ({@code null} for
     * an unknown user or one without a home); {@code null} disables it again (the default).
     */
    public static void setHomeDirectories(UnaryOperator<String> lookup) {
        homeDirectories = lookup;
    }

    /** The mapping of {@code user} by the map {@code mapName} ({@code name} or {@code name.method}), or null. */
    static String map(String mapName, String user) {
        String name = mapName;
        String method = "*";
        int dot = mapName.indexOf('.');
        if (dot >= 0) {
            name = mapName.substring(0, dot);
            method = mapName.substring(dot + 1);
        }
        Mapper m = MAPS.get(name.toLowerCase(Locale.ROOT));
        return m == null ? null : m.map(method, user);
    }

    static UnaryOperator<String> homeDirectories() {
        return homeDirectories;
    }
}
