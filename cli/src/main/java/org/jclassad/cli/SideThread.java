package org.jclassad.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.jclassad.ClassAd;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdStreamWriter;
import org.jclassad.text.ByteStringWriter;

/**
 * The second thread of a pipelined {@code route}: it parses the jobs ahead of the router and prints
 * the routed ads behind it, so that the router's thread does little but the routing, which is
 * sequential.
 *
 * <p>An ad is printed by the thread that parsed it, while its values are still in that core's
 * cache: printing on a third thread, which read every value from the other cores, cost three times
 * as much. When the router finds no parsed batch waiting (the side thread is busy printing), it
 * parses the next batch itself and prints that batch's routed ads itself, which balances the two
 * threads without either waiting. The source is read under a lock, one batch at a time, so its
 * ads come out in order (and its malformed ads are reported in order) whoever reads them.
 *
 * <p>As an iterator it gives the jobs of {@code source} in order (a failure of the source is
 * rethrown by {@link #hasNext()}). With an output, the report's text ({@link #text()}) and routed
 * ads ({@link #ad}) are queued as the router makes them and written in that order, so the output
 * is byte for byte what writing them in place gives. The side thread prints before it parses,
 * which keeps the router from waiting on a full print queue. At most {@code BATCHES × BATCH}
 * parsed and {@code PRINTS} routed ads are held: few, so that an ad is still in the cache when it
 * is printed. {@link #close()} stops the parsing, writes what is queued and waits for it.
 */
final class SideThread implements Iterator<ClassAd>, AutoCloseable {
    private static final int BATCH = 16;
    private static final int BATCHES = 4;
    private static final int PRINTS = 64;
    private static final int CHUNK = 1 << 15;
    private static final List<ClassAd> END_OF_JOBS = List.of();

    /** Text, or a routed ad (rendered, or to be rendered by the side thread), for a target. */
    private record Item(PrintStream target, byte[] text, String rendered, ClassAd ad) {
    }

    private static final Item END_OF_OUTPUT = new Item(null, null, null, null);

    private final Iterator<ClassAd> source;
    private final PrintStream out;
    private final BlockingQueue<List<ClassAd>> parsed = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Item> printing = new ArrayBlockingQueue<>(PRINTS);
    private final Chunks chunks = new Chunks();
    private final PrintStream routedFile;
    /** Over {@link #routedFile}, written by the side thread only (flushed when it is closed). */
    private final ByteStringWriter routedBytes;
    private final PrintStream text;
    private final Thread thread;
    private volatile RuntimeException readFailure;
    private volatile RuntimeException writeFailure;
    private volatile boolean stopReading;
    /** Held while a batch is read from the source (and, by the side thread, queued). */
    private final ReentrantLock sourceLock = new ReentrantLock();
    private boolean sourceDone; // under sourceLock

    // the router's side of the iterator
    private List<ClassAd> batch = new ArrayList<>();
    private int position;
    private boolean done;
    /** Whether the router read the batch it is routing (and so prints its ads itself). */
    private boolean routerBatch;

    /**
     * @param source the jobs
     * @param out where the text and routed ads go, or {@code null} for a side thread that only
     *     parses ahead
     */
    SideThread(Iterator<ClassAd> source, PrintStream out) {
        this(source, out, null);
    }

    /**
     * @param routedFile the routed-ads file, which only this side thread writes: the ads are
     *     copied straight into a byte buffer over it, or {@code null}
     */
    SideThread(Iterator<ClassAd> source, PrintStream out, PrintStream routedFile) {
        this.source = source;
        this.out = out;
        this.routedFile = routedFile;
        this.routedBytes = routedFile == null ? null : new ByteStringWriter(routedFile);
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
        PrintStream to = target == text ? out : target;
        if (to == out) {
            // the ad goes where the text goes: the text before it goes first
            text.flush();
            chunks.ship();
        }
        // the router renders what it read: the ad is in its cache, not in the side thread's
        put(routerBatch ? new Item(to, null, render(ad), null) : new Item(to, null, null, ad));
    }

    /**
     * Renders routed ads as condor_job_router_info prints them: the long form, every attribute
     * sorted by bytes, and a blank line (in the rendering thread's reused buffer).
     */
    private static final AdStreamWriter ROUTED_ADS =
            new AdStreamWriter(Writer.nullWriter(), AdFormat.LONG).order(AdStreamWriter.Order.BYTES).includePrivate(true);

    private static String render(ClassAd ad) {
        String text = ROUTED_ADS.render(ad);
        return text == null ? "\n" : text; // an ad with no attributes is still its blank line
    }

    @Override
    public boolean hasNext() {
        while (!done && position >= batch.size()) {
            position = 0;
            batch = nextBatch();
            if (batch == END_OF_JOBS) {
                done = true;
                if (readFailure != null) {
                    throw readFailure;
                }
            }
        }
        return !done;
    }

    /** The next batch in order: one the side thread queued, else one read here when the source is free. */
    private List<ClassAd> nextBatch() {
        while (true) {
            List<ClassAd> queued = parsed.poll();
            if (queued == null && sourceLock.tryLock()) {
                try {
                    // the side thread queues before it lets go of the source: nothing is overtaken
                    queued = parsed.poll();
                    if (queued == null) {
                        routerBatch = true;
                        return sourceDone ? END_OF_JOBS : read();
                    }
                } finally {
                    sourceLock.unlock();
                }
            }
            if (queued == null) {
                try {
                    queued = parsed.poll(1, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading ahead", e);
                }
            }
            if (queued != null) {
                LockSupport.unpark(thread); // room to parse another batch
                routerBatch = false;
                return queued;
            }
        }
    }

    /** Reads the next batch (under the source lock); {@link #END_OF_JOBS} at the end. */
    private List<ClassAd> read() {
        List<ClassAd> next = new ArrayList<>(BATCH);
        try {
            while (next.size() < BATCH && source.hasNext()) {
                next.add(source.next());
            }
            if (next.size() < BATCH) {
                sourceDone = true;
            }
        } catch (RuntimeException e) {
            readFailure = e;
            sourceDone = true;
        }
        return next.isEmpty() ? END_OF_JOBS : next;
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
        while (true) {
            Item item = printing.poll();
            if (item == END_OF_OUTPUT) {
                return;
            }
            if (item != null) {
                print(item);
                continue;
            }
            if (!stopReading && parsed.remainingCapacity() > 0 && sourceLock.tryLock()) {
                boolean more;
                try {
                    more = !sourceDone;
                    if (more) {
                        List<ClassAd> next = read();
                        if (next != END_OF_JOBS) {
                            parsed.add(next); // room: only this thread adds
                        }
                        more = !sourceDone;
                    }
                } finally {
                    sourceLock.unlock();
                }
                if (more) {
                    continue;
                }
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private void print(Item item) {
        if (writeFailure != null) {
            return;
        }
        try {
            if (item.text != null) {
                item.target.write(item.text, 0, item.text.length);
                return;
            }
            String ad = item.rendered != null ? item.rendered : render(item.ad);
            if (item.target == routedFile) {
                // straight into the file's byte buffer, with no array of the ad's bytes between
                routedBytes.writeByteString(ad);
            } else {
                // as bytes: a print stream would widen the text to chars and encode it back
                byte[] bytes = ad.getBytes(StandardCharsets.ISO_8859_1);
                item.target.write(bytes, 0, bytes.length);
            }
        } catch (IOException e) {
            writeFailure = new UncheckedIOException(e);
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
        try {
            printing.put(END_OF_OUTPUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (routedBytes != null) {
            try {
                routedBytes.flush();
            } catch (IOException e) {
                if (writeFailure == null) {
                    writeFailure = new UncheckedIOException(e);
                }
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
                put(new Item(out, buffer.toByteArray(), null, null));
                buffer.reset();
            }
        }
    }
}
