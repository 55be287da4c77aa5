package org.jclassad.io;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;

import java.io.UncheckedIOException;
import org.jclassad.ClassAd;

/**
 * Child-JVM program for {@link BigStreamTest}: generates {@code MB} megabytes of long-format
 * slot ads on the fly (sample-pool ads with fresh names, one bad ad every 1000) into a pipe
 * and reads them back with the stream reader. Prints {@code ads=N skipped=M bytes=B} and exits 0
 * if every ad came through.
 */
public final class BigStreamMain {
    private BigStreamMain() {
    }

    public static void main(String[] args) throws Exception {
        long budget = Long.parseLong(args[0]) << 20;
        String[] templates = SamplePool.text().split("\n\n");
        PipedReader pipeIn = new PipedReader(1 << 16);
        PipedWriter pipeOut = new PipedWriter(pipeIn);
        AtomicLong written = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        Thread producer = new Thread(() -> produce(pipeOut, templates, budget, written, bad), "producer");
        producer.setDaemon(true);
        producer.start();
        long ads = 0;
        long checksum = 0;
        long start = System.nanoTime();
        try (AdStreamReader r = new LongFormStreamReader(pipeIn, AdStreamOptions.defaults().skippingMalformed(null))) {
            while (r.hasNext()) {
                ClassAd ad = r.next();
                ads++;
                checksum += ad.size();
            }
            producer.join();
            long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
            System.out.println("ads=" + ads + " skipped=" + r.skipped() + " bytes=" + written.get()
                    + " expected_ads=" + (counted - bad.get()) + " expected_bad=" + bad.get()
                    + " attributes=" + checksum + " MBps=" + (written.get() >> 20) / seconds
                    + " maxHeapMB=" + (Runtime.getRuntime().maxMemory() >> 20));
            boolean ok = ads == counted - bad.get() && r.skipped() == bad.get();
            System.exit(ok ? 0 : 1);
        }
    }

    private static volatile long counted;

    private static void produce(Writer out, String[] templates, long budget, AtomicLong written, AtomicLong bad) {
        long n = 0;
        try (Writer w = out) {
            while (written.get() < budget) {
                String t = templates[(int) (n % templates.length)];
                StringBuilder ad = new StringBuilder(t.length() + 64);
                ad.append("GeneratedSerial = ").append(n).append('\n');
                ad.append(t.strip()).append('\n');
                if (n % 1000 == 999) {
                    ad.append("Broken = (1 +\n");
                    bad.incrementAndGet();
                }
                ad.append('\n');
                w.write(ad.toString());
                written.addAndGet(ad.length());
                n++;
                counted = n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
