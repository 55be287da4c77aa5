package org.jclassad.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jclassad.ClassAd;
import org.jclassad.format.OldSyntaxWriter;

/**
 * The second thread of a pipelined {@code route}: it parses the jobs ahead of the router and prints
 * the routed ads behind it, so that the router's thread does only the routing, which is sequential.
 *
 * <p>Both jobs share one thread on purpose. An ad is printed where it was parsed, while its values
 * are still in that core's cache: printing on a third thread, which read every value from the other
 * cores, cost three times as much as printing here.
 *
 * <p>As an iterator it gives the jobs of {@code source} in order (parsed in batches and handed over
 * through a bounded queue; a failure of the source is rethrown by {@link #hasNext()}). With an
 * output, the report's text ({@link #text()}) and routed ads ({@link #ad}) are queued as the router
 * makes them and written in that order, so the output is byte for byte what writing them in place
 * gives. Printing comes before parsing, which keeps the router from waiting on a full print queue.
 * At most {@code BATCHES × BATCH} parsed and {@code PRINTS} routed ads are held: few, so that an ad
 * is still in the cache when it is printed.
 * {@link #close()} stops the parsing, writes what is queued and waits for it.
 */
final class SideThread implements Iterator<ClassAd>, AutoCloseable {
    private static final int BATCH = 16;
    private static final int BATCHES = 4;
    private static final int PRINTS = 64;
    private static final int CHUNK = 1 << 15;
    private static final List<ClassAd> END_OF_JOBS = List.of();

    private record Item(PrintStream target, byte[] text, ClassAd ad) {
    }

    private static final Item END_OF_OUTPUT = new Item(null, null, null);

    private final Iterator<ClassAd> source;
    private final PrintStream out;
    private final BlockingQueue<List<ClassAd>> parsed = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Item> printing = new ArrayBlockingQueue<>(PRINTS);
    private final Chunks chunks = new Chunks();
    private final PrintStream text;
    private final Thread thread;
    private volatile RuntimeException readFailure;
    private volatile RuntimeException writeFailure;
    private volatile boolean stopReading;

    // the router's side of the iterator
    private List<ClassAd> batch = new ArrayList<>();
    private int position;
    private boolean done;

    /**
     * @param source the jobs
     * @param out where the text and routed ads go, or {@code null} for a side thread that only
     *     parses ahead
     */
    SideThread(Iterator<ClassAd> source, PrintStream out) {
        this.source = source;
        this.out = out;
        this.text = out == null ? null : new PrintStream(chunks, false, StandardCharsets.ISO_8859_1);
        thread = new Thread(this::run, "jclassad-side");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether this side thread prints (it has an output). */
    boolean prints() {
        return out != null;
    }

    /** The stream to print the report's text to (it reaches the output in order with the ads). */
    PrintStream text() {
        return text;
    }

    /** Queues a routed ad for {@code target} (the text stream, or another stream): long form and a blank line. */
    void ad(PrintStream target, ClassAd ad) {
        text.flush();
        chunks.ship();
        put(new Item(target == text ? out : target, null, ad));
    }

    @Override
    public boolean hasNext() {
        while (!done && position >= batch.size()) {
            try {
                batch = parsed.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            LockSupport.unpark(thread); // room to parse another batch
            position = 0;
            if (batch == END_OF_JOBS) {
                done = true;
                if (readFailure != null) {
                    throw readFailure;
                }
            }
        }
        return !done;
    }

    @Override
    public ClassAd next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ClassAd ad = batch.get(position);
        batch.set(position++, null);
        return ad;
    }

    private void put(Item item) {
        if (writeFailure != null) {
            throw writeFailure;
        }
        try {
            printing.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
        LockSupport.unpark(thread);
    }

    /** The side thread: print what is queued, else parse a batch when there is room, else wait. */
    private void run() {
        boolean reading = true;
        while (true) {
            Item item = printing.poll();
            if (item == END_OF_OUTPUT) {
                if (reading) {
                    endJobs();
                }
                return;
            }
            if (item != null) {
                print(item);
                continue;
            }
            if (reading && stopReading) {
                reading = false;
                endJobs();
            }
            if (reading && parsed.remainingCapacity() > 0) {
                reading = readBatch();
                continue;
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** Parses one batch and queues it (the queue has room: only this thread fills it); false at the end. */
    private boolean readBatch() {
        List<ClassAd> next = new ArrayList<>(BATCH);
        boolean more = true;
        try {
            while (next.size() < BATCH && (more = source.hasNext())) {
                next.add(source.next());
            }
        } catch (RuntimeException e) {
            readFailure = e;
            more = false;
        }
        if (!next.isEmpty()) {
            parsed.add(next);
        }
        if (!more) {
            endJobs();
        }
        return more;
    }

    /** Marks the end of the jobs; waits for room, which the router makes by taking batches. */
    private void endJobs() {
        try {
            parsed.put(END_OF_JOBS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(Item item) {
        if (writeFailure != null) {
            return;
        }
        try {
            if (item.ad != null) {
                // as bytes: a print stream would widen the text to chars and encode it back
                byte[] bytes = (OldSyntaxWriter.longForm(item.ad) + "\n").getBytes(StandardCharsets.ISO_8859_1);
                item.target.write(bytes, 0, bytes.length);
            } else {
                item.target.write(item.text, 0, item.text.length);
            }
        } catch (RuntimeException e) {
            writeFailure = e;
        }
    }

    @Override
    public void close() {
        stopReading = true;
        if (out != null) {
            text.flush();
            chunks.ship();
        }
        // drain what the router did not take, so the side thread is never stuck on a full queue
        while (!done && parsed.poll() != null) {
            LockSupport.unpark(thread);
        }
        try {
            printing.put(END_OF_OUTPUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LockSupport.unpark(thread);
        while (thread.isAlive()) {
            parsed.poll();
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (out != null) {
            out.flush();
        }
        if (writeFailure != null) {
            throw writeFailure;
        }
    }

    /** The text stream's bytes, shipped to the side thread in chunks. */
    private final class Chunks extends OutputStream {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            buffer.write(b);
            if (buffer.size() >= CHUNK) {
                ship();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
            if (buffer.size() >= CHUNK) {
                ship();
            }
        }

        void ship() {
            if (buffer.size() > 0) {
                put(new Item(out, buffer.toByteArray(), null));
                buffer.reset();
            }
        }
    }
}
