package org.jclassad.transform.router;

/** The transform engine the router uses by default. */
public final class Engines {
    private Engines() {
    }

    /**
     * The transform-statement engine of package {@code org.jclassad.transform.xform}.
     */
    public static TransformEngine standard() {
        return new XformEngine();
    }
}
