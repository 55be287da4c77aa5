package org.jclassad.eval;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final AtomicInteger version = new AtomicInteger();

    /** An empty registry. */
    public FunctionRegistry() {
    }

    /**
     * A registry holding every HTCondor built-in function: the {@link FunctionLibrary} providers
     * on the class path (jclassad's own built-ins are one, declared in its jar).
     *
     * @throws IllegalStateException if no library provides the built-ins (the jar's
     *                               {@code META-INF/services} entry was lost, e.g. by repackaging)
     */
    public static FunctionRegistry withBuiltins() {
        FunctionRegistry r = new FunctionRegistry();
        for (FunctionLibrary library : ServiceLoader.load(FunctionLibrary.class, FunctionLibrary.class.getClassLoader())) {
            library.registerInto(r);
        }
        if (r.functions.isEmpty()) {
            throw new IllegalStateException("no ClassAd functions found: META-INF/services/"
                    + FunctionLibrary.class.getName() + " is missing from the class path");
        }
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
