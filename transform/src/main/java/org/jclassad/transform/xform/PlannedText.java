package org.jclassad.transform.xform;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseOptions;

/**
 * Statement right-hand sides, parsed and planned once per distinct text. A transform expands its
 * statements again for every ad, but the expanded text is usually the same from ad to ad, so a
 * batch of jobs parses each expression once. Bounded: past {@link #LIMIT} texts the cache starts
 * over. Parsed trees and planned nodes are immutable, so sharing them between ads is safe.
 */
final class PlannedText {
    static final int LIMIT = 10_000;

    private static final ConcurrentHashMap<String, Optional<Node>> OLD_SYNTAX_FULL = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Optional<Node>> NEW_SYNTAX_PREFIX = new ConcurrentHashMap<>();

    private PlannedText() {
    }

    /** An old-syntax expression that must use the whole text (SET, DEFAULT); empty if it does not parse. */
    static Optional<Node> oldSyntax(String text) {
        return lookup(OLD_SYNTAX_FULL, text, ParseOptions.defaults().withOldSyntax(true), true);
    }

    /** A new-syntax expression read from the start of the text (EVALSET, EVALMACRO); empty if none. */
    static Optional<Node> newSyntaxPrefix(String text) {
        return lookup(NEW_SYNTAX_PREFIX, text, ParseOptions.defaults(), false);
    }

    private static Optional<Node> lookup(ConcurrentHashMap<String, Optional<Node>> cache, String text,
                                         ParseOptions options, boolean full) {
        Optional<Node> hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        Optional<Node> planned;
        try {
            planned = Optional.of(Planner.planExpr(ExprParser.parseExpression(text, options, full)));
        } catch (RuntimeException unreadable) {
            planned = Optional.empty();
        }
        if (cache.size() >= LIMIT) {
            cache.clear();
        }
        cache.put(text, planned);
        return planned;
    }
}
