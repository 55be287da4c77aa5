package org.jclassad.function;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Function names (case-insensitive) and their implementations. Calls are bound when an
 * expression is planned; a name that is unknown then evaluates to {@code error}.
 *
 * <p>As in HTCondor, registering never replaces an existing name, so built-ins cannot be
 * overridden. Register site functions before parsing the ads that call them.
 */
public final class FunctionRegistry {
    private static final FunctionRegistry GLOBAL = withBuiltins();

    private final Map<String, ClassAdFunction> functions = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger();

    /** An empty registry. */
    public FunctionRegistry() {
    }

    /** A registry holding every HTCondor built-in function. */
    public static FunctionRegistry withBuiltins() {
        FunctionRegistry r = new FunctionRegistry();
        Builtins.registerAll(r);
        return r;
    }

    /** The registry used when nothing else is said. */
    public static FunctionRegistry global() {
        return GLOBAL;
    }

    /**
     * Adds a function. Returns false, changing nothing, if the name is already taken. See the
     * package documentation for an example.
     *
     * @throws IllegalArgumentException if the name is not an identifier
     */
    public boolean register(String name, ClassAdFunction function) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a function name: " + name);
        }
        boolean added = functions.putIfAbsent(key(name), function) == null;
        if (added) {
            version.incrementAndGet();
        }
        return added;
    }

    /** Changes whenever a function is added (planned expressions bound before then are stale). */
    public int version() {
        return version.get();
    }

    /** The implementation of {@code name}, or {@code null}. */
    public ClassAdFunction lookup(String name) {
        return functions.get(key(name));
    }

    /** Every registered name, lower case, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(functions.keySet()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
