package org.jclassad.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jclassad.ClassAd;

/**
 * Parses ahead on a second thread: the ads of {@code source}, read there in batches and handed
 * over in order through a bounded queue, so that parsing overlaps the work done with each ad
 * while at most {@code BATCHES × BATCH} ads are held. A failure of the source is rethrown by
 * {@link #hasNext()}. Close it to stop the reader early.
 */
final class ReadAhead implements Iterator<ClassAd>, AutoCloseable {
    private static final int BATCH = 64;
    private static final int BATCHES = 4;
    private static final List<ClassAd> END = List.of();

    private final BlockingQueue<List<ClassAd>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile RuntimeException failure;
    private volatile boolean closed;
    private List<ClassAd> batch = new ArrayList<>();
    private int position;
    private boolean done;

    ReadAhead(Iterator<ClassAd> source) {
        reader = new Thread(() -> read(source), "jclassad-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<ClassAd> source) {
        try {
            List<ClassAd> next = new ArrayList<>(BATCH);
            while (!closed && source.hasNext()) {
                next.add(source.next());
                if (next.size() == BATCH) {
                    queue.put(next);
                    next = new ArrayList<>(BATCH);
                }
            }
            if (!next.isEmpty()) {
                queue.put(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!done && position >= batch.size()) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            position = 0;
            if (batch == END) {
                done = true;
                if (failure != null) {
                    throw failure;
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

    @Override
    public void close() {
        closed = true;
        while (!done && reader.isAlive()) {
            queue.poll();
            if (!reader.isAlive()) {
                break;
            }
            try {
                reader.join(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
