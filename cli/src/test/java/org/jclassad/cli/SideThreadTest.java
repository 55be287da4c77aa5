package org.jclassad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.jclassad.ClassAd;
import org.jclassad.format.OldSyntaxWriter;
import org.junit.jupiter.api.Test;

/** The route command's side thread: jobs in order, text and routed ads written in the order queued. */
class SideThreadTest {
    private static List<ClassAd> jobs(int n) {
        return IntStream.range(0, n).mapToObj(i -> ClassAd.parse("[ ClusterId = " + i + "; ProcId = 0 ]")).toList();
    }

    @Test
    void givesTheJobsInOrderAndWritesEverythingInTheOrderQueued() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, false, StandardCharsets.ISO_8859_1);
            StringBuilder expected = new StringBuilder();
            List<Long> seen = new ArrayList<>();
            try (SideThread side = new SideThread(jobs(5000).iterator(), out)) {
                while (side.hasNext()) {
                    ClassAd job = side.next();
                    seen.add(job.getLong("ClusterId"));
                    String line = "job " + seen.size() + "\n";
                    side.text().print(line);
                    expected.append(line);
                    if (seen.size() % 3 == 0) {
                        side.ad(side.text(), job);
                        expected.append(OldSyntaxWriter.longForm(job)).append('\n');
                    }
                }
            }
            assertEquals(IntStream.range(0, 5000).mapToObj(i -> (long) i).toList(), seen);
            assertEquals(expected.toString(), bytes.toString(StandardCharsets.ISO_8859_1));
        });
    }

    @Test
    void routedAdsForTheirOwnFileAreWrittenInOrderAndFlushedOnClose() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ByteArrayOutputStream textBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream fileBytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(textBytes, false, StandardCharsets.ISO_8859_1);
            PrintStream file = new PrintStream(fileBytes, false, StandardCharsets.ISO_8859_1);
            StringBuilder expectedText = new StringBuilder();
            StringBuilder expectedFile = new StringBuilder();
            try (SideThread side = new SideThread(jobs(5000).iterator(), out, file)) {
                int n = 0;
                while (side.hasNext()) {
                    ClassAd job = side.next();
                    String line = "job " + ++n + "\n";
                    side.text().print(line);
                    expectedText.append(line);
                    if (n % 2 == 0) {
                        side.ad(file, job);
                        expectedFile.append(OldSyntaxWriter.longForm(job)).append('\n');
                    }
                }
            }
            assertEquals(expectedText.toString(), textBytes.toString(StandardCharsets.ISO_8859_1));
            assertEquals(expectedFile.toString(), fileBytes.toString(StandardCharsets.ISO_8859_1));
        });
    }

    @Test
    void theOrderHoldsWhoeverReadsABatch() {
        // a source that is sometimes slow and a router that sometimes is: both threads read batches
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            java.util.Random random = new java.util.Random(13);
            for (int round = 0; round < 20; round++) {
                int n = 1 + random.nextInt(400);
                List<ClassAd> all = jobs(n);
                Iterator<ClassAd> slow = new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < all.size();
                    }

                    @Override
                    public ClassAd next() {
                        if (i % 37 == 0) {
                            pause(1);
                        }
                        return all.get(i++);
                    }
                };
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                PrintStream out = new PrintStream(bytes, false, StandardCharsets.ISO_8859_1);
                StringBuilder expected = new StringBuilder();
                List<Long> seen = new ArrayList<>();
                try (SideThread side = new SideThread(slow, out)) {
                    while (side.hasNext()) {
                        ClassAd job = side.next();
                        seen.add(job.getLong("ClusterId"));
                        if (seen.size() % 29 == 0) {
                            pause(2); // a slow route: the side thread gets ahead and prints
                        }
                        side.text().print("job " + seen.size() + "\n");
                        expected.append("job ").append(seen.size()).append('\n');
                        side.ad(side.text(), job);
                        expected.append(OldSyntaxWriter.longForm(job)).append('\n');
                    }
                }
                assertEquals(IntStream.range(0, n).mapToObj(i -> (long) i).toList(), seen);
                assertEquals(expected.toString(), bytes.toString(StandardCharsets.ISO_8859_1));
            }
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReading() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int[] read = new int[1];
            Iterator<ClassAd> endless = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public ClassAd next() {
                    read[0]++;
                    return ClassAd.parse("[ ClusterId = 1; ProcId = 0 ]");
                }
            };
            SideThread side = new SideThread(endless, null);
            for (int i = 0; i < 10; i++) {
                side.next();
            }
            side.close();
            int after = read[0];
            Thread.sleep(50);
            assertEquals(after, read[0], "nothing is read after close");
            assertFalse(side.prints());
        });
    }

    @Test
    void aFailureOfTheSourceReachesTheRouter() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Iterator<ClassAd> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public ClassAd next() {
                    if (++n > 40) {
                        throw new IllegalStateException("disk gone");
                    }
                    return ClassAd.parse("[ ClusterId = 1; ProcId = 0 ]");
                }
            };
            try (SideThread side = new SideThread(failing, null)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    while (side.hasNext()) {
                        side.next();
                    }
                });
                assertEquals("disk gone", e.getMessage());
            }
        });
    }
}
