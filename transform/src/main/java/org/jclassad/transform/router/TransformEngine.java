package org.jclassad.transform.router;

/**
 * What the router needs from the transform-statement engine (package
 * {@code org.jclassad.transform.xform}): loading the text of a {@code JOB_ROUTER_ROUTE_<n>} or
 * {@code JOB_ROUTER_TRANSFORM_<n>} knob into something that can be applied to job ads.
 */
public interface TransformEngine {
    /**
     * Loads a transform held in config (unexpanded text, as {@code param_unexpanded} returns it),
     * hoisting NAME/REQUIREMENTS/UNIVERSE/TRANSFORM lines. When {@code validateAsRoute} is set the
     * engine also runs the statements once with no ad, as the router does at load time, so that
     * route macros ({@code MaxJobs = 5}) can be read with {@link LoadedTransform#localParam} and
     * invalid routes (unknown keyword, complex {@code if}) are rejected.
     *
     * @throws TransformLoadException with the reason when the text cannot be used
     */
    LoadedTransform load(String name, String text, RouterConfig config, boolean validateAsRoute)
            throws TransformLoadException;

    /** Thrown when a transform cannot be loaded or validated. */
    final class TransformLoadException extends Exception {
        private static final long serialVersionUID = 1L;

        public TransformLoadException(String message) {
            super(message);
        }
    }
}
