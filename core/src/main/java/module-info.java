/**
 * jclassad core: HTCondor's ClassAd language in Java.
 *
 * <p>The entry points: {@link org.jclassad.ClassAd} (parse, build, evaluate, typed reads),
 * {@link org.jclassad.io.ClassAds} (one ad or expression from text, references, quoting),
 * {@link org.jclassad.io.AdStreams} (streams of ads in every format),
 * {@link org.jclassad.match.Matchmaker} (matching and explanation),
 * {@link org.jclassad.mapping.AdMapper} (records and objects to ads and back) and
 * {@link org.jclassad.evaluation.EvalOptions} (an evaluation's time zone, clock and limits). The evaluator,
 * functions, regular expressions, unparser and text helpers are internal: exported only to
 * jclassad's own modules.
 */
module org.jclassad.core {
    requires org.jclassad.grammar;
    requires org.antlr.antlr4.runtime;

    exports org.jclassad;
    exports org.jclassad.ast;
    exports org.jclassad.evaluation;
    exports org.jclassad.value;
    exports org.jclassad.parse;
    exports org.jclassad.io;
    exports org.jclassad.match;
    exports org.jclassad.mapping;

    exports org.jclassad.eval to org.jclassad.transform, org.jclassad.jackson;
    exports org.jclassad.function to org.jclassad.transform;
    exports org.jclassad.analysis to org.jclassad.transform;
    exports org.jclassad.regex to org.jclassad.transform;
    exports org.jclassad.text to org.jclassad.transform;
    exports org.jclassad.format to org.jclassad.transform;
    exports org.jclassad.parser to org.jclassad.transform;
    exports org.jclassad.unparse to org.jclassad.transform, org.jclassad.jackson;
}
