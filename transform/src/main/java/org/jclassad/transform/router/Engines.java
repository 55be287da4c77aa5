package org.jclassad.transform.router;

/** The transform engine the router uses by default. */
public final class Engines {
    private Engines() {
    }

    /**
     * The transform-statement engine, or {@code null} while none is available (new-syntax routes
     * and pre/post-route transforms are then reported as unloadable; the classic engine works).
     */
    public static TransformEngine standard() {
        return null;
    }
}
