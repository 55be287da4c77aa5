package org.jclassad.transform.xform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jclassad.ClassAd;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamReader;

/**
 * Transforms a stream of ads, one result per input ad, in input order, holding a bounded number of
 * ads at a time: {@code condor_transform_ads}' loop as an API.
 *
 * <pre>{@code
 * TransformPipeline pipeline = TransformPipeline.builder(() -> Transformer.of(rules)).threads(2).build();
 * try (AdStreamReader in = AdStreams.open(Path.of("jobs.ads"));
 *      TransformPipeline.Results results = pipeline.run(in)) {
 *     results.forEachRemaining(r -> r.ads().forEach(System.out::println));
 * }
 * }</pre>
 *
 * <p>With one thread everything happens in the caller's thread as it iterates. With more, worker
 * threads take turns taking a batch from the input (from an {@link AdStreamReader}, a part of its
 * text cut between ads, which the worker then parses), then transform it, each
 * with its own {@link Transformer} (a transformer's macro table is per ad, so ads are
 * independent), and the caller receives the results in input order: the same results, in the
 * same order, as one thread gives. At most {@link #IN_FLIGHT_PER_THREAD} batches per thread are
 * in flight. Rules
 * that draw random numbers ({@code $RANDOM_CHOICE}, {@code $RANDOM_INTEGER}, {@code random()})
 * make the results depend on the order ads are transformed in, so they always run on one thread.
 *
 * <p>A failure to read an ad (the input iterator throwing, as an ad stream reader does for a
 * malformed ad after moving past it) becomes a result of its own, in its place, and reading goes
 * on; the caller decides whether to stop.
 */
public final class TransformPipeline {
    /** Batches read ahead per worker thread. */
    public static final int IN_FLIGHT_PER_THREAD = 4;

    private final Supplier<Transformer> transformers;
    private final int threads;
    private final int batchSize;
    private final Function<ClassAd, String> render;
    private final boolean steps;

    private TransformPipeline(Builder b) {
        this.steps = b.steps;
        this.transformers = b.transformers;
        this.batchSize = b.batchSize;
        this.render = b.render;
        this.threads = b.threads > 1 && usesRandom(b.transformers.get()) ? 1 : b.threads;
    }

    /** A pipeline whose workers get their transformers from {@code transformers} (one per worker). */
    public static Builder builder(Supplier<Transformer> transformers) {
        return new Builder(transformers);
    }

    /** The threads this pipeline transforms with (1 when the rules draw random numbers). */
    public int threads() {
        return threads;
    }

    /**
     * Whether the transforms draw random numbers; the word {@code random} anywhere in them counts,
     * which errs towards running sequentially.
     */
    static boolean usesRandom(Transformer t) {
        for (Transform x : t.transforms()) {
            String text = x.formattedText("", false) + "\n" + x.requirementsText() + "\n" + x.iterateArgs() + "\n"
                    + String.join("\n", x.iterateLines());
            if (text.toLowerCase(Locale.ROOT).contains("random")) {
                return true;
            }
        }
        return false;
    }

    /** Transforms {@code inputs} lazily; close the results to stop early. */
    public Results run(Iterator<ClassAd> inputs) {
        return threads <= 1 ? new Sequential(inputs) : new Parallel(inputs);
    }

    /**
     * What became of one input: its place in the input (from 1, failures to read included), the
     * ad read, and either the transform result and what happened while it ran, or the read failure.
     *
     * @param ordinal  the input's place, from 1
     * @param input    the ad read, or {@code null} when it could not be read
     * @param readFailure why the ad could not be read, or {@code null}
     * @param result   the transform result, or {@code null} when the ad could not be read
     * @param events   the listener calls and output ads in the order they happened, to replay
     * @param rendered each output ad as rendered by the builder's renderer ({@code null}s without one)
     */
    public record Result(long ordinal, ClassAd input, RuntimeException readFailure, TransformResult result,
            List<Event> events, List<String> rendered) {

        /** The output ads (none after a read failure or a failed transform). */
        public List<ClassAd> ads() {
            return result == null ? List.of() : result.ads();
        }

        /** Tells {@code listener} and {@code output} what happened, in the order it happened. */
        public void replay(TransformListener listener, Output output) {
            int produced = 0;
            for (Event e : events) {
                if (e instanceof Event.Produced p) {
                    output.accept(p.ad(), rendered.get(produced++));
                } else {
                    e.tell(listener);
                }
            }
        }
    }

    /** Receives an output ad and its rendering ({@code null} without a renderer). */
    @FunctionalInterface
    public interface Output {
        void accept(ClassAd ad, String rendered);
    }

    /** One thing that happened while an ad was transformed. */
    public sealed interface Event {
        /** Passes this event to a listener (output ads are not listener events). */
        default void tell(TransformListener l) {
        }

        /** A transform was considered. */
        record Started(Transform transform, boolean applies) implements Event {
            @Override
            public void tell(TransformListener l) {
                l.transformStart(transform, applies);
            }
        }

        /** A statement did something. */
        record Stepped(Step step) implements Event {
            @Override
            public void tell(TransformListener l) {
                l.step(step);
            }
        }

        /** An error line. */
        record Failed(String line) implements Event {
            @Override
            public void tell(TransformListener l) {
                l.error(line);
            }
        }

        /** A {@code $}-function error and the statement it happened in. */
        record MacroFailed(String message, String place) implements Event {
            @Override
            public void tell(TransformListener l) {
                l.macroError(message, place);
            }
        }

        /** An output ad was complete. */
        record Produced(ClassAd ad) implements Event {
        }
    }

    /** The results, in input order. */
    public abstract static class Results implements Iterator<Result>, AutoCloseable {
        /** Stops reading and transforming; results not yet taken are dropped. */
        @Override
        public void close() {
        }
    }

    /** Transforms one ad with {@code tx}, recording what happened. */
    private Result transform(Transformer tx, long ordinal, ClassAd input) {
        List<Event> events = new ArrayList<>();
        List<String> rendered = new ArrayList<>(1);
        TransformListener recorder = new TransformListener() {
            @Override
            public boolean wantsSteps() {
                return steps;
            }

            @Override
            public void transformStart(Transform transform, boolean applies) {
                events.add(new Event.Started(transform, applies));
            }

            @Override
            public void step(Step step) {
                events.add(new Event.Stepped(step));
            }

            @Override
            public void error(String line) {
                events.add(new Event.Failed(line));
            }

            @Override
            public void macroError(String message, String place) {
                events.add(new Event.MacroFailed(message, place));
            }
        };
        TransformResult r = tx.apply(input, recorder, ad -> {
            events.add(new Event.Produced(ad));
            rendered.add(render == null ? null : render.apply(ad));
        });
        return new Result(ordinal, input, null, r, events, rendered);
    }

    /** Reads the next input, or a result for a read failure; {@code null} at the end. */
    private static Object read(Iterator<ClassAd> inputs) {
        try {
            return inputs.hasNext() ? inputs.next() : null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static Result unreadable(long ordinal, RuntimeException e) {
        return new Result(ordinal, null, e, null, List.of(), List.of());
    }

    /** Everything in the caller's thread. */
    private final class Sequential extends Results {
        private final Iterator<ClassAd> inputs;
        private Transformer tx;
        private Result next;
        private long ordinal;
        private boolean done;

        Sequential(Iterator<ClassAd> inputs) {
            this.inputs = inputs;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            Object o = read(inputs);
            if (o == null) {
                done = true;
                return false;
            }
            ordinal++;
            if (o instanceof RuntimeException e) {
                next = unreadable(ordinal, e);
            } else {
                if (tx == null) {
                    tx = transformers.get();
                }
                next = transform(tx, ordinal, (ClassAd) o);
            }
            return true;
        }

        @Override
        public Result next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Result r = next;
            next = null;
            return r;
        }

        @Override
        public void close() {
            done = true;
            next = null;
        }
    }

    /** Inputs a worker transforms at a time. */
    private interface Batch {
        List<Result> transform(Transformer tx);
    }

    /** Ads already read (or what reading them threw), the first of them at {@code first}. */
    private final class Items implements Batch {
        private final List<Object> items;
        private final long first;

        Items(List<Object> items, long first) {
            this.items = items;
            this.first = first;
        }

        @Override
        public List<Result> transform(Transformer tx) {
            List<Result> out = new ArrayList<>(items.size());
            long n = first;
            for (Object o : items) {
                out.add(o instanceof RuntimeException e ? unreadable(n, e) : TransformPipeline.this.transform(tx, n, (ClassAd) o));
                n++;
            }
            return out;
        }
    }

    /** A part of an ad stream, parsed by the worker that transforms it; ordinals are the stream's. */
    private final class Part implements Batch {
        private final AdStreamReader part;

        Part(AdStreamReader part) {
            this.part = part;
        }

        @Override
        public List<Result> transform(Transformer tx) {
            List<Result> out = new ArrayList<>();
            Object o;
            while ((o = read(part)) != null) {
                if (o instanceof RuntimeException e) {
                    out.add(unreadable(e instanceof AdParseException bad ? bad.ordinal() : part.adsBegun(), e));
                } else {
                    out.add(TransformPipeline.this.transform(tx, part.adsBegun(), (ClassAd) o));
                }
            }
            return out;
        }
    }

    /**
     * Worker threads take turns taking a batch from the input (under a lock, which keeps the
     * input's order), then transform and render it themselves. From an ad stream the batch is a
     * part of the text, cut between ads without parsing, which the worker parses: parsing then
     * happens on all threads at once, and an ad is parsed, changed and printed by one thread while
     * it is still in that processor's cache (handing parsed ads from a reader thread to workers
     * cost more than the parsing). The batch's future is queued, in input order, while the lock is
     * held; the bounded queue of futures bounds the ads in flight.
     */
    private final class Parallel extends Results {
        private static final List<Result> END = List.of();

        private final BlockingQueue<CompletableFuture<List<Result>>> ordered =
                new ArrayBlockingQueue<>(threads * IN_FLIGHT_PER_THREAD);
        private final Iterator<ClassAd> inputs;
        /** The input's parts, when it is an ad stream (see {@link AdStreamReader#parts}). */
        private final Iterator<AdStreamReader> parts;
        private final Object inputLock = new Object();
        private final Thread[] workers;
        /** Guarded by {@link #inputLock}: ads read so far (without parts), and whether the input is used up. */
        private long ordinal;
        private boolean exhausted;
        private volatile boolean closed;
        private Iterator<Result> batch = List.<Result>of().iterator();
        private boolean done;

        Parallel(Iterator<ClassAd> inputs) {
            this.inputs = inputs;
            this.parts = inputs instanceof AdStreamReader stream ? stream.parts(batchSize) : null;
            this.workers = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(this::work, "transform-worker-" + (i + 1));
                t.setDaemon(true);
                workers[i] = t;
            }
            for (Thread t : workers) {
                t.start();
            }
        }

        private void work() {
            Transformer tx = transformers.get();
            try {
                while (!closed) {
                    CompletableFuture<List<Result>> f = new CompletableFuture<>();
                    Batch next;
                    synchronized (inputLock) {
                        if (exhausted) {
                            return;
                        }
                        next = take();
                        if (next == null) {
                            exhausted = true;
                            ordered.put(CompletableFuture.completedFuture(END));
                            return;
                        }
                        ordered.put(f);
                    }
                    try {
                        f.complete(next.transform(tx));
                    } catch (Throwable t) {
                        f.completeExceptionally(t);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                CompletableFuture<List<Result>> f = new CompletableFuture<>();
                f.completeExceptionally(t);
                ordered.offer(f);
            }
        }

        /**
         * The next batch, or {@code null} at the end (called under the input lock). From an ad
         * stream a batch is a part of it still to be parsed, by the worker; from other inputs it
         * is the ads themselves.
         */
        private Batch take() {
            if (parts != null) {
                try {
                    return parts.hasNext() ? new Part(parts.next()) : null;
                } catch (RuntimeException e) {
                    // what reading the stream threw (the stream's own errors come inside the parts)
                    ordinal++;
                    return new Items(List.of(e), ordinal);
                }
            }
            List<Object> items = new ArrayList<>(batchSize);
            long first = ordinal + 1;
            Object o;
            while (items.size() < batchSize && (o = read(inputs)) != null) {
                items.add(o);
            }
            ordinal += items.size();
            return items.isEmpty() ? null : new Items(items, first);
        }

        @Override
        public boolean hasNext() {
            while (!batch.hasNext()) {
                if (done) {
                    return false;
                }
                List<Result> next;
                try {
                    next = ordered.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new IllegalStateException("interrupted while transforming", e);
                } catch (ExecutionException e) {
                    close();
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
                if (next == END) {
                    done = true;
                    return false;
                }
                batch = next.iterator();
            }
            return true;
        }

        @Override
        public Result next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }

        @Override
        public void close() {
            done = true;
            closed = true;
            for (Thread t : workers) {
                t.interrupt();
            }
            ordered.clear();
        }
    }

    /** Builds a {@link TransformPipeline}. */
    public static final class Builder {
        private final Supplier<Transformer> transformers;
        private int threads = 1;
        private int batchSize = 64;
        private Function<ClassAd, String> render;
        private boolean steps = true;

        private Builder(Supplier<Transformer> transformers) {
            this.transformers = transformers;
        }

        /** Worker threads (default 1: everything in the caller's thread). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            }
            this.threads = n;
            return this;
        }

        /**
         * Ads a worker reads and transforms at a time (default 64). Each ad of a batch is parsed,
         * transformed and rendered in turn, so it stays in the processor's cache whatever the
         * size; larger batches mean fewer hand-offs between the threads.
         */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + n);
            }
            this.batchSize = n;
            return this;
        }

        /**
         * Renders each output ad (to the text it will be written as) in the worker that made it,
         * so writing it out costs the caller little; must be thread-safe.
         */
        public Builder render(Function<ClassAd, String> r) {
            this.render = r;
            return this;
        }

        /**
         * Whether results record the statements' steps (default {@code true}); without them
         * transforming costs less, and {@link TransformResult#steps()} is empty.
         */
        public Builder steps(boolean on) {
            this.steps = on;
            return this;
        }

        public TransformPipeline build() {
            return new TransformPipeline(this);
        }
    }
}
