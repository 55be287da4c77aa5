package org.jclassad.transform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a snippet of documentation code (the body of a method) with the JDK's compiler against
 * the tests' class path and runs it: the one mechanism behind {@link DocSnippetsTest} (README and
 * docs) and {@link JavadocExamplesTest} (the Javadoc of core's exported types).
 *
 * <p>The snippet's {@code import} lines are hoisted; the given imports are added; the rest becomes
 * the body of {@code static void run(Path work)}, {@code work} being a fresh directory.
 */
final class JavaSnippets {
    private JavaSnippets() {
    }

    /** Compiles and runs {@code code}; fails naming {@code where} when it does not compile or throws. */
    static void run(String where, List<String> defaultImports, String code) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        StringBuilder source = new StringBuilder();
        for (String i : defaultImports) {
            source.append("import ").append(i).append(";\n");
        }
        source.append(imports).append("public class Snippet {\n")
                .append("    public static void run(Path work) throws Exception {\n")
                .append(body).append("    }\n}\n");
        Path dir = Files.createTempDirectory("snippet");
        Path src = dir.resolve("Snippet.java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed to compile the doc snippets");
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", classPath(), "-d", dir.toString(), "-proc:none", "-Xlint:none"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(src.toFile())).call();
        assertTrue(ok, where + " does not compile:\n" + errors + "\n" + numbered(source.toString()));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                JavaSnippets.class.getClassLoader())) {
            Method run = loader.loadClass("Snippet").getMethod("run", Path.class);
            Path work = Files.createTempDirectory("snippet-work");
            try {
                run.invoke(null, work);
            } catch (InvocationTargetException e) {
                throw new AssertionError(where + " fails: " + e.getCause(), e.getCause());
            }
        }
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isEmpty() ? cp : System.getProperty("java.class.path");
    }

    private static String numbered(String source) {
        StringBuilder out = new StringBuilder();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }
}
