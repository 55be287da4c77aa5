/**
 * jclassad transform: HTCondor's job transforms and job-router routes, in the configuration
 * language they are written in.
 *
 * <p>The entry points: {@link org.jclassad.transform.xform.Transformer} (apply transforms to
 * ads), {@link org.jclassad.transform.router.JobRouter} (route jobs) and
 * {@link org.jclassad.transform.config.Configuration} (read configuration files). Streams of
 * ads go through {@link org.jclassad.transform.xform.TransformPipeline}, in order, on several
 * threads.
 */
module org.jclassad.transform {
    requires transitive org.jclassad.core;

    exports org.jclassad.transform.config;
    exports org.jclassad.transform.router;
    exports org.jclassad.transform.xform;
}
