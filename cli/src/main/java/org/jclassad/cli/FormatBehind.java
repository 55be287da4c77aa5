package org.jclassad.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jclassad.ClassAd;
import org.jclassad.format.OldSyntaxWriter;

/**
 * Formats routed ads on a second thread, in order: the report's text ({@link #text()}, a stream
 * to print to) and routed ads ({@link #ad}) are queued as they come and written by one writer
 * thread in the order they were queued, so the output is byte for byte what writing them in
 * place would give while the long-form printing of ads overlaps the routing of the next jobs.
 * The queue is bounded. {@link #close()} writes what is left and waits for it.
 */
final class FormatBehind implements AutoCloseable {
    private static final int CHUNK = 1 << 15;

    private record Item(PrintStream target, byte[] text, ClassAd ad) {
    }

    private static final Item END = new Item(null, null, null);

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(256);
    private final PrintStream out;
    private final Chunks chunks = new Chunks();
    private final PrintStream text = new PrintStream(chunks, false, StandardCharsets.ISO_8859_1);
    private final Thread writer;
    private volatile RuntimeException failure;

    /** @param out where the text goes */
    FormatBehind(PrintStream out) {
        this.out = out;
        writer = new Thread(this::write, "jclassad-format-behind");
        writer.setDaemon(true);
        writer.start();
    }

    /** The stream to print the report's text to (it reaches {@code out} in order with the ads). */
    PrintStream text() {
        return text;
    }

    /** Queues a routed ad for {@code target} (the text stream's target, or another stream): long form and a blank line. */
    void ad(PrintStream target, ClassAd ad) {
        text.flush();
        chunks.ship();
        put(new Item(target == text ? out : target, null, ad));
    }

    private void put(Item item) {
        if (failure != null) {
            throw failure;
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
    }

    private void write() {
        try {
            while (true) {
                Item item = queue.take();
                if (item == END) {
                    return;
                }
                if (failure != null) {
                    continue;
                }
                try {
                    if (item.ad != null) {
                        // as bytes: a print stream would widen the text to chars and encode it back
                        byte[] text = (OldSyntaxWriter.longForm(item.ad) + "\n").getBytes(StandardCharsets.ISO_8859_1);
                        item.target.write(text, 0, text.length);
                    } else {
                        item.target.write(item.text, 0, item.text.length);
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        text.flush();
        chunks.ship();
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        if (failure != null) {
            throw failure;
        }
    }

    /** The text stream's bytes, shipped to the writer in chunks. */
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
