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
    private static final FunctionRegistry GLOBAL = new FunctionRegistry(true);

    private static final int READY = 0;
    private static final int PENDING = 1;
    private static final int LOADING = 2;

    private final Map<String, ClassAdFunction> functions = new ConcurrentHashMap<>();
    private final AtomicInteger version = new AtomicInteger();
    /**
     * Whether the built-ins are still to be loaded: the global registry loads them when first
     * asked for a function, so a one-shot evaluation that calls none never loads the library.
     */
    private volatile int builtins;

    /** An empty registry. */
    public FunctionRegistry() {
        this(false);
    }

    private FunctionRegistry(boolean loadBuiltinsLater) {
        builtins = loadBuiltinsLater ? PENDING : READY;
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
        r.loadBuiltins();
        return r;
    }

    private void loadBuiltins() {
        for (FunctionLibrary library : ServiceLoader.load(FunctionLibrary.class, FunctionLibrary.class.getClassLoader())) {
            library.registerInto(this);
        }
        if (functions.isEmpty()) {
            throw new IllegalStateException("no ClassAd functions found: META-INF/services/"
                    + FunctionLibrary.class.getName() + " is missing from the class path");
        }
    }

    /**
     * Loads the built-ins if they are still to be loaded (before any other use of the names, so
     * that built-ins are never overridden). Other threads wait; the loading thread's own
     * registrations pass.
     */
    private void ready() {
        if (builtins == READY) {
            return;
        }
        synchronized (this) {
            if (builtins == PENDING) {
                builtins = LOADING;
                try {
                    loadBuiltins();
                    builtins = READY;
                } finally {
                    if (builtins == LOADING) {
                        builtins = PENDING;
                    }
                }
            }
        }
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
        ready();
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
        ready();
        return functions.get(key(name));
    }

    /** Every registered name, lower case, sorted. */
    public Set<String> names() {
        ready();
        return Collections.unmodifiableSet(new TreeSet<>(functions.keySet()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
