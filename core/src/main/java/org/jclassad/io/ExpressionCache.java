package org.jclassad.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;

import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.Node;
import org.jclassad.parse.ParseOptions;

/**
 * Planned expressions by the text they were read from: the idea behind HTCondor's ClassAd
 * cache. Ads of one pool repeat the same long expressions ({@code START}, {@code Requirements},
 * {@code WithinResourceLimits}) and the same values over and over; reading each text once and
 * sharing the immutable tree makes reading faster and a million ads smaller. A cached tree is the
 * very tree the parser makes for that text with those options, so results cannot differ.
 *
 * <p>Bounded: when it holds {@link #MAX_ENTRIES} texts it starts afresh, so it follows what is
 * being read now. Thread-safe.
 */
public final class ExpressionCache {
    static final int MAX_ENTRIES = 1 << 16;
    /** Texts longer than this are not kept (a rare huge value should not pin memory). */
    static final int MAX_TEXT = 1 << 16;

    private static final ExpressionCache SHARED = new ExpressionCache(true);
    private static final ExpressionCache NONE = new ExpressionCache(false);

    /** Planned nodes are bound to the functions registered then, so the registry's version is part of the key. */
    private record Key(String text, ParseOptions options, int functions) {
        Key(String text, ParseOptions options) {
            this(text, options, FunctionRegistry.global().version());
        }
    }

    private final boolean enabled;
    private final ConcurrentHashMap<Key, Node> entries = new ConcurrentHashMap<>();

    private ExpressionCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** The cache the readers use unless told otherwise. */
    public static ExpressionCache shared() {
        return SHARED;
    }

    /** A cache that keeps nothing: every text is parsed and planned afresh. */
    public static ExpressionCache none() {
        return NONE;
    }

    /** A private cache (for a reader that wants its own bounds on sharing). */
    public static ExpressionCache create() {
        return new ExpressionCache(true);
    }

    /** The node planned from {@code text} read with {@code options}, or {@code null}. */
    Node get(String text, ParseOptions options) {
        return enabled ? entries.get(new Key(text, options)) : null;
    }

    void put(String text, ParseOptions options, Node node) {
        if (!enabled || text.length() > MAX_TEXT || definesAds(node.source())) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(new Key(text, options), node);
    }

    /**
     * Whether the expression holds an ad literal. Such a tree is not shared: its planned ad's
     * attributes are what the evaluator's cycle check recognises, and two ads must not share
     * them (an attribute of one ad would look like a cycle when reached from the other).
     */
    static boolean definesAds(Expr root) {
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof RecordExpr || e instanceof Literal && ((Literal) e).value() instanceof ClassAdValue) {
                return true;
            }
            e.children().forEach(todo::push);
        }
        return false;
    }

    /** Forgets every text. */
    public void clear() {
        entries.clear();
    }
}
