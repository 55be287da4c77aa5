package org.jclassad.regex;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the matches that may recurse deeply on threads with a large stack. Java's matcher
 * recurses once per repetition of a group ({@code (a|b)*} on a 2,000-byte subject needs more
 * than a default thread's megabyte), where PCRE2 keeps its backtracking on the heap; so a match
 * whose subject is long for its pattern runs here, and one that would exhaust even this stack
 * fails as PCRE2's heap limit does ({@link MatchLimitException}), on a thread that holds nothing
 * else. The caller's own stack is never at risk.
 */
final class DeepStack {
    /** Stack of the matching threads: reserved address space, touched only as deep as a match goes. */
    static final long STACK_BYTES = 256L << 20;

    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread t = new Thread(null, task, "jclassad-regex", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private DeepStack() {
    }

    /** The match's result, computed on a large stack. */
    static <T> T run(Supplier<T> match) {
        Future<T> result = THREADS.submit(() -> {
            try {
                return match.get();
            } catch (StackOverflowError tooDeep) {
                // only this thread's stack is gone; the match fails as at PCRE2's heap limit
                throw new MatchLimitException();
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
