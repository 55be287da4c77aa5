package org.jclassad.eval;

import org.jclassad.ClassAd;

/**
 * Where an expression is evaluated: an ad, the scope enclosing it (for nested ads, or the
 * match context of a matched ad) and, in HTCondor's compatibility mode, an alternate scope
 * searched when a bare name is found nowhere else (the other ad of a match).
 *
 * <p>Scopes are small objects made per evaluation or per match, so that one ad can be evaluated
 * in many contexts at once from many threads. They do not change once made: the one link that
 * cannot be final, between two scopes that are each other's alternate, is set by
 * {@link #alternates} before either scope is returned.
 */
public final class Scope {
    private final ClassAd ad;
    private final Scope parent;
    /** Set once, by {@link #alternates}, before the scope is handed out. */
    private Scope alternate;

    public Scope(ClassAd ad, Scope parent) {
        this.ad = ad;
        this.parent = parent;
    }

    /** Two scopes that are each other's alternate. */
    public record Alternates(Scope left, Scope right) {
    }

    public ClassAd ad() {
        return ad;
    }

    public Scope parent() {
        return parent;
    }

    public Scope alternate() {
        return alternate;
    }

    /**
     * The scopes of the two ads of a match in compatibility mode: each searches the other for a
     * bare name it cannot resolve.
     */
    public static Alternates alternates(ClassAd left, Scope leftParent, ClassAd right, Scope rightParent) {
        Scope l = new Scope(left, leftParent);
        Scope r = new Scope(right, rightParent);
        l.alternate = r;
        r.alternate = l;
        return new Alternates(l, r);
    }

    /** The outermost scope of this chain. */
    public Scope root() {
        Scope s = this;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }
}
