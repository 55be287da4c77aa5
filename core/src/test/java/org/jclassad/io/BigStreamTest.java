package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Reads a generated long-format stream in a child JVM with a small fixed heap, so any reader
 * that held on to ads would run out of memory. By default 48 MB through a 48 MB heap (a few
 * seconds); {@code -Djclassad.bigStreamMB=1024} runs the full 1 GB through {@code -Xmx256m}
 * (about a minute on two cores, hence opt-in).
 */
class BigStreamTest {
    @Test
    void generatedStreamIsReadInBoundedMemory() throws Exception {
        long mb = Long.getLong("jclassad.bigStreamMB", 48);
        String heap = mb >= 512 ? "-Xmx256m" : "-Xmx48m";
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-cp", classPath,
                BigStreamMain.class.getName(), String.valueOf(mb)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "child finished");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("ads="), output);
        System.out.println("BigStreamTest (" + mb + " MB, " + heap + "): " + output.strip());
    }
}
