package org.jclassad.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.value.Value;

/**
 * What a SQL function keeps for the rows of one task: expressions parsed and planned once (by
 * their text; a query's expression is usually a literal, so once per task), a decoder that
 * plans each repeated attribute tree once, and an evaluator reused row after row.
 *
 * <p>Spark deserializes a function anew for every task, so each task has its own memo; a memo
 * is also private to the thread that made it, should a function object ever be shared.
 */
final class TaskMemo {
    /** Expressions parsed so far in this JVM, for the tests that check "once per task". */
    static final AtomicLong PARSES = new AtomicLong();
    private static final int MAX_EXPRESSIONS = 64;

    private final Thread owner = Thread.currentThread();
    private final Map<String, Node> expressions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Node> eldest) {
            return size() > MAX_EXPRESSIONS;
        }
    };
    private final AdDecoder decoder = new AdDecoder().takingHandOffs();
    private final AdEncoder encoder = new AdEncoder();
    private final Evaluator evaluator = new Evaluator(EvalOptions.defaults());

    /** A memo for the calling thread: {@code current} if it is the thread's own, else a new one. */
    static TaskMemo of(TaskMemo current) {
        return current != null && current.owner == Thread.currentThread() ? current : new TaskMemo();
    }

    /**
     * The planned expression of a new-syntax text.
     *
     * @throws IllegalArgumentException for text that does not parse, naming line:column
     */
    Node expression(String text) {
        Node n = expressions.get(text);
        if (n == null) {
            PARSES.incrementAndGet();
            Expr e;
            try {
                e = ExprParser.parseExpression(Value.toByteString(text), ParseOptions.defaults(), Reading.WHOLE);
            } catch (ParseException bad) {
                throw new IllegalArgumentException("ClassAd expression does not parse at " + bad.line() + ":"
                        + bad.column() + ": " + bad.reason() + ": " + text);
            }
            n = Planner.planExpr(e);
            expressions.put(text, n);
        }
        return n;
    }

    ClassAd decode(byte[] ad) {
        return decoder.decode(ad);
    }

    byte[] encode(ClassAd ad) {
        return encoder.encode(ad);
    }

    /** The expression's value in the ad. */
    Value evaluate(String expression, byte[] ad) {
        return evaluator.evaluate(expression(expression), ClassAdAccess.scope(decode(ad)));
    }

    /** HTCondor's constraint test: true only for true or a non-zero number. */
    boolean isTrue(String expression, byte[] ad) {
        return evaluator.isTrue(expression(expression), ClassAdAccess.scope(decode(ad)));
    }
}
