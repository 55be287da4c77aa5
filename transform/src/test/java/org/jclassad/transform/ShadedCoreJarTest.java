package org.jclassad.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shaded core jar (docs/embedding.md, "ANTLR: the decision") works alone: loaded with nothing
 * but the JDK beside it, it parses and evaluates, and it holds no class under ANTLR's own
 * package. Built by core's package phase, so checked in a reactor build (mvn verify).
 */
class ShadedCoreJarTest {

    private static Path shadedJar() throws IOException {
        Path target = Path.of("..", "core", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-shaded.jar")).findFirst().orElse(null);
        }
    }

    @Test
    void theShadedJarParsesAndEvaluatesWithNoOtherJar() throws Exception {
        Path jar = shadedJar();
        assumeTrue(jar != null, "no core/target/*-shaded.jar: run in a reactor build (mvn verify) to check it");
        try (URLClassLoader alone = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> classAd = alone.loadClass("org.jclassad.ClassAd");
            Object ad = classAd.getMethod("parse", String.class).invoke(null, "[ Cpus = 4; Memory = Cpus * 1024 ]");
            Object memory = classAd.getMethod("getLong", String.class).invoke(ad, "Memory");
            assertEquals(4096L, memory);
            assertTrue(alone.loadClass("org.jclassad.shaded.antlr.v4.runtime.Lexer") != null);
        }
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> antlr = j.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/antlr/")).toList();
            assertEquals(List.of(), antlr, "ANTLR is relocated, none left under org/antlr");
            assertFalse(j.stream().anyMatch(e -> e.getName().endsWith("module-info.class")), "no module-info");
            assertEquals("org.jclassad.core", j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
