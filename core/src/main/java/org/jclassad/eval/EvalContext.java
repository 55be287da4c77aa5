package org.jclassad.eval;

import java.util.Arrays;

import org.jclassad.ClassAd;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.value.Value;

/**
 * The mutable state of one top-level evaluation: where evaluation currently is, the remaining
 * depth and step budgets, and the attributes being evaluated, as (ad, name) pairs (to detect cycles).
 * Not shared between threads; made per evaluation.
 */
public final class EvalContext {
    private final EvalOptions options;
    Scope current;
    Scope root;
    int depthRemaining;
    long stepsRemaining;
    private static final Object[] NONE_ACTIVE = new Object[0];
    private Object[] active = NONE_ACTIVE;
    private int activeCount;
    private long now = Long.MIN_VALUE;

    public EvalContext(EvalOptions options, Scope scope) {
        this.options = options;
        this.current = scope;
        this.root = scope == null ? null : scope.root();
        this.depthRemaining = options.maxDepth();
        this.stepsRemaining = options.maxSteps();
    }

    /** Makes this context ready for a fresh top-level evaluation in {@code scope} (see {@link Evaluator}). */
    void reset(Scope scope) {
        this.current = scope;
        this.root = scope == null ? null : scope.root();
        this.depthRemaining = options.maxDepth();
        this.stepsRemaining = options.maxSteps();
        while (activeCount > 0) {
            active[--activeCount] = null;
        }
        this.now = Long.MIN_VALUE;
    }

    public EvalOptions options() {
        return options;
    }

    public Scope current() {
        return current;
    }

    public Scope root() {
        return root;
    }

    /** Evaluates {@code node} with {@code scope} as the current scope. */
    public Value evaluateIn(Node node, Scope scope) {
        Scope saved = current;
        current = scope;
        try {
            return node.evaluate(this);
        } finally {
            current = saved;
        }
    }

    /** Evaluates a node, turning a failure into {@code error} as some HTCondor consumers do. */
    public Value evaluateOrError(Node node, Scope scope) {
        try {
            return evaluateIn(node, scope);
        } catch (EvalFailure f) {
            return Value.ERROR;
        }
    }

    /** The nesting levels this evaluation may still enter (operators, attribute references, {@code eval}). */
    public int depthRemaining() {
        return depthRemaining;
    }

    void enterDepth() {
        if (--depthRemaining < 0) {
            depthRemaining++;
            throw EvalFailure.INSTANCE;
        }
    }

    void leaveDepth() {
        depthRemaining++;
    }

    /** Seconds since the epoch, fixed for the whole evaluation on first use. */
    public long nowMillis() {
        if (now == Long.MIN_VALUE) {
            now = options.clock().getAsLong();
        }
        return now;
    }

    /** Whether the attribute {@code key} of {@code ad} is being evaluated (a lookup of it is a cycle). */
    boolean isActive(ClassAd ad, String key) {
        for (int i = 0; i < activeCount; i += 2) {
            if (active[i] == ad) {
                Object k = active[i + 1];
                if (k == key || k.equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    void push(ClassAd ad, String key) {
        if (activeCount + 2 > active.length) {
            active = Arrays.copyOf(active, Math.max(16, activeCount * 2));
        }
        active[activeCount++] = ad;
        active[activeCount++] = key;
    }

    void pop() {
        active[--activeCount] = null;
        active[--activeCount] = null;
    }
}
