package org.jclassad.transform.xform;

import java.util.Optional;

import org.jclassad.eval.ExpressionCache;
import org.jclassad.eval.Node;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/**
 * Statement right-hand sides, parsed and planned through the library's shared
 * {@link ExpressionCache}: a transform expands its statements again for every ad, but the
 * expanded text is usually the same from ad to ad, so a batch of jobs parses each expression once.
 */
final class PlannedText {
    private static final ParseOptions OLD_SYNTAX = ParseOptions.defaults().withOldSyntax(true);

    private PlannedText() {
    }

    /** An old-syntax expression that must use the whole text (SET, DEFAULT); empty if it does not parse. */
    static Optional<Node> oldSyntax(String text) {
        return ExpressionCache.shared().plan(text, OLD_SYNTAX, Reading.WHOLE);
    }

    /** A new-syntax expression read from the start of the text (EVALSET, EVALMACRO); empty if none. */
    static Optional<Node> newSyntaxPrefix(String text) {
        return ExpressionCache.shared().plan(text, ParseOptions.defaults(), Reading.PREFIX);
    }
}
