package org.jclassad.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseException;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;

/**
 * Planned expressions by the text they were read from: the idea behind HTCondor's ClassAd
 * cache, and the library's one parse-and-plan cache (ad readers, transform statements). Ads of
 * one pool repeat the same long expressions ({@code START}, {@code Requirements},
 * {@code WithinResourceLimits}) and the same values over and over; reading each text once and
 * sharing the immutable tree makes reading faster and a million ads smaller. A cached tree is the
 * very tree the parser makes for that text with those options, so results cannot differ.
 *
 * <p>Planning binds function calls to the functions registered at that moment, so the global
 * registry's {@link FunctionRegistry#version() version} is part of every key: a function
 * registered later is bound the next time the text is read. Expressions holding ad literals are
 * not shared (see {@link #definesAds}).
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
    /** A text that does not parse (remembered too, so that a bad text costs one parse). */
    private static final Object UNREADABLE = new Object();

    private record Key(String text, ParseOptions options, Reading reading, int functions) {
        Key(String text, ParseOptions options, Reading reading) {
            this(text, options, reading, FunctionRegistry.global().version());
        }

        // written out rather than generated: a record's own are bootstrapped through method
        // handles on first use, which spins classes while the first ads are read

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && functions == k.functions && reading == k.reading && text.equals(k.text)
                    && options.equals(k.options);
        }

        @Override
        public int hashCode() {
            return ((text.hashCode() * 31 + options.hashCode()) * 31 + reading.hashCode()) * 31 + functions;
        }
    }

    private final boolean enabled;
    private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();

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

    /**
     * {@code text} parsed as {@code reading} says and planned with the global functions, once per
     * text, options and registry version; empty if it does not parse.
     */
    public Optional<Node> plan(String text, ParseOptions options, Reading reading) {
        Key key = new Key(text, options, reading);
        Object hit = enabled ? entries.get(key) : null;
        if (hit != null) {
            return hit == UNREADABLE ? Optional.empty() : Optional.of((Node) hit);
        }
        Node node;
        try {
            node = Planner.planExpr(ExprParser.parseExpression(text, options, reading));
        } catch (ParseException | IllegalArgumentException unreadable) {
            remember(key, UNREADABLE);
            return Optional.empty();
        }
        if (enabled && !definesAds(node.source())) {
            remember(key, node);
        }
        return Optional.of(node);
    }

    /**
     * The node planned from {@code text} read as a line's value ({@link Reading#PREFIX}) with
     * {@code options}, or {@code null}: for readers that parse on a miss themselves.
     */
    public Node get(String text, ParseOptions options) {
        if (!enabled) {
            return null;
        }
        Object hit = entries.get(new Key(text, options, Reading.PREFIX));
        return hit instanceof Node ? (Node) hit : null;
    }

    /** Remembers what {@code text} read as a line's value planned to (see {@link #get}). */
    public void put(String text, ParseOptions options, Node node) {
        if (enabled && !definesAds(node.source())) {
            remember(new Key(text, options, Reading.PREFIX), node);
        }
    }

    private void remember(Key key, Object entry) {
        if (!enabled || key.text().length() > MAX_TEXT) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
    }

    /**
     * Whether the expression holds an ad literal. Such a tree is not shared: its planned ad is
     * what the evaluator's cycle check recognises an attribute by (the ad and the name), and two
     * ads must not share it (an attribute of one ad would look like a cycle when reached from the
     * other).
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
