package org.jclassad.eval;

import org.jclassad.ClassAd;

/**
 * Where an expression is evaluated: an ad, the scope enclosing it (for nested ads, or the
 * match context of a matched ad) and, in HTCondor's compatibility mode, an alternate scope
 * searched when a bare name is found nowhere else (the other ad of a match).
 *
 * <p>Scopes are small immutable objects made per evaluation or per match, so that one ad can
 * be evaluated in many contexts at once from many threads.
 */
public final class Scope {
    private final ClassAd ad;
    private final Scope parent;
    private Scope alternate;

    public Scope(ClassAd ad, Scope parent, Scope alternate) {
        this.ad = ad;
        this.parent = parent;
        this.alternate = alternate;
    }

    public Scope(ClassAd ad, Scope parent) {
        this(ad, parent, null);
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
     * Makes two scopes each other's alternate (the two ads of a match in compatibility mode).
     * Only for scopes that have not been handed out yet.
     */
    public static void linkAlternates(Scope a, Scope b) {
        a.alternate = b;
        b.alternate = a;
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
