package org.jclassad.eval;

import org.jclassad.ClassAd;
import org.jclassad.ast.RecordExpr;

/**
 * The evaluator's way into an ad: the planned expressions a {@link ClassAd} holds and the scope
 * it is evaluated in, which are not part of {@code ClassAd}'s public API. {@code ClassAd}
 * installs the one implementation when it is initialised; jclassad's own packages and modules
 * call the static methods.
 *
 * <p>The binding is read through a constant, so the evaluator's hot lookups ({@link #boundNode})
 * cost a direct call.
 */
public abstract class ClassAdAccess {
    private static ClassAdAccess installed;

    /** Made by {@code ClassAd} alone. */
    protected ClassAdAccess() {
    }

    /**
     * Called once, from {@code ClassAd}'s static initialiser.
     *
     * @throws IllegalArgumentException if {@code access} is not {@code ClassAd}'s own
     * @throws IllegalStateException    if it was installed already
     */
    public static synchronized void install(ClassAdAccess access) {
        if (access.getClass().getNestHost() != ClassAd.class) {
            throw new IllegalArgumentException("only ClassAd provides the access to its ads");
        }
        if (installed != null) {
            throw new IllegalStateException("ClassAd's access is installed already");
        }
        installed = access;
    }

    private static final class Installed {
        static final ClassAdAccess ACCESS = load();

        private static ClassAdAccess load() {
            try {
                Class.forName(ClassAd.class.getName(), true, ClassAd.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            synchronized (ClassAdAccess.class) {
                if (installed == null) {
                    throw new IllegalStateException("ClassAd did not install its access");
                }
                return installed;
            }
        }
    }

    /** The planned expression bound to a lower-case key in {@code ad} itself (not its chained parent), or {@code null}. */
    public static Node boundNode(ClassAd ad, String key) {
        return Installed.ACCESS.boundNodeOf(ad, key);
    }

    /** The planned expression of an attribute. */
    public static Node node(ClassAd.Attribute attribute) {
        return Installed.ACCESS.nodeOf(attribute);
    }

    /** Binds {@code name} to an already planned expression; an existing name keeps its first spelling. */
    public static ClassAd bind(ClassAd ad, String name, Node node) {
        return Installed.ACCESS.bindIn(ad, name, node);
    }

    /** {@code ad} as a top-level scope (made once per ad). */
    public static Scope scope(ClassAd ad) {
        return Installed.ACCESS.scopeOf(ad);
    }

    /**
     * Binds the name written at {@code text[from, to)} (bytes, one per char) to {@code node} if it
     * is the name ads of {@code ad}'s kind had next (a name {@code ad} lacks); returns whether it
     * did. Lets a reader bind the lines of ads of one kind where it read them, without making
     * strings of their names.
     */
    public static boolean bindIfNext(ClassAd ad, byte[] text, int from, int to, Node node) {
        return Installed.ACCESS.appendNextIn(ad, text, from, to, node);
    }

    /**
     * Passes each attribute of {@code ad} itself (not its chained parent) to {@code each}, in the
     * order of their names, ignoring case (the list order of {@code condor_q -long}) or by bytes
     * ({@code caseSensitive}, HTCondor's {@code sPrintAd}), without making an attribute object per
     * attribute, skipping the names {@code keep} refuses. Ads of one kind share the order, so it is
     * sorted (and filtered) once; {@code keep} must therefore give the same answer for a name every
     * time, and is best a constant.
     */
    public static void forEachByName(ClassAd ad, boolean caseSensitive, java.util.function.Predicate<String> keep,
            java.util.function.BiConsumer<String, Node> each) {
        Installed.ACCESS.forEachByNameIn(ad, caseSensitive, keep, each);
    }

    /** An ad of an ad literal's attributes, each planned by {@code planner} (duplicates: first spelling, last value). */
    public static ClassAd fromRecord(RecordExpr record, Planner planner) {
        return Installed.ACCESS.adOf(record, planner);
    }

    protected abstract Node boundNodeOf(ClassAd ad, String key);

    protected abstract Node nodeOf(ClassAd.Attribute attribute);

    protected abstract ClassAd bindIn(ClassAd ad, String name, Node node);

    protected abstract Scope scopeOf(ClassAd ad);

    protected abstract ClassAd adOf(RecordExpr record, Planner planner);

    protected abstract void forEachByNameIn(ClassAd ad, boolean caseSensitive, java.util.function.Predicate<String> keep,
            java.util.function.BiConsumer<String, Node> each);

    protected abstract boolean appendNextIn(ClassAd ad, byte[] text, int from, int to, Node node);
}
