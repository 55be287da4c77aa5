package org.jclassad.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of README.md and docs/*.md compiles and runs, so none goes stale.
 *
 * <p>A block is the body of a method; its {@code import} lines are hoisted, and the exported
 * packages of core and transform are imported for it. An HTML comment {@code <!-- java-context
 * ... -->} right before the block declares what the block takes as given (variables, files);
 * one {@code <!-- java-check ... -->} right after it checks what the block's comments promise.
 * Both are code too, hidden from the reader. {@link JavaSnippets} compiles and runs it.
 */
class DocSnippetsTest {
    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*", "java.io.*",
            "java.time.*", "java.util.concurrent.*", "org.jclassad.*", "org.jclassad.ast.*", "org.jclassad.value.*",
            "org.jclassad.parse.*", "org.jclassad.io.*", "org.jclassad.match.*", "org.jclassad.mapping.*",
            "org.jclassad.transform.config.*", "org.jclassad.transform.router.*", "org.jclassad.transform.xform.*");

    /** One java block: where it is, what it assumes, what it is, what it promises. */
    record Snippet(String where, String context, String body, String check) { }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompilesAndRuns() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Snippet> all = new ArrayList<>();
        for (Path doc : docs) {
            all.addAll(snippets(root.relativize(doc).toString(), Files.readAllLines(doc)));
        }
        assertFalse(all.isEmpty(), "no java blocks found in README.md and docs/");
        return all.stream().map(s -> DynamicTest.dynamicTest(s.where(),
                () -> JavaSnippets.run(s.where(), IMPORTS, s.context() + "\n" + s.body() + "\n" + s.check())));
    }

    static List<Snippet> snippets(String file, List<String> lines) {
        List<Snippet> out = new ArrayList<>();
        String context = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("<!-- java-context")) {
                StringBuilder c = new StringBuilder();
                i = comment(lines, i, c);
                context = c.toString();
                continue;
            }
            if (!line.equals("```java")) {
                if (!line.isEmpty()) {
                    context = "";
                }
                continue;
            }
            int start = i + 1;
            StringBuilder body = new StringBuilder();
            for (i = start; !lines.get(i).trim().equals("```"); i++) {
                body.append(lines.get(i)).append('\n');
            }
            StringBuilder check = new StringBuilder();
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && lines.get(next).trim().startsWith("<!-- java-check")) {
                i = comment(lines, next, check);
            }
            out.add(new Snippet(file + ":" + (start + 1), context, body.toString(), check.toString()));
            context = "";
        }
        return out;
    }

    /** Appends the comment's lines after its first; returns the index of its closing line. */
    private static int comment(List<String> lines, int i, StringBuilder into) {
        for (i = i + 1; !lines.get(i).trim().equals("-->"); i++) {
            into.append(lines.get(i)).append('\n');
        }
        return i;
    }

    @org.junit.jupiter.api.Test
    void contextAndCheckCommentsAttachToTheirBlock() {
        List<Snippet> s = snippets("x.md", List.of("<!-- java-context", "int a = 1;", "-->", "```java", "a++;", "```",
                "", "<!-- java-check", "assert a == 2;", "-->", "text", "```java", "b();", "```"));
        assertEquals(2, s.size());
        assertEquals("int a = 1;\n", s.get(0).context());
        assertEquals("assert a == 2;\n", s.get(0).check());
        assertEquals("", s.get(1).context());
        assertEquals("x.md:13", s.get(1).where());
        assertTrue(new File(".").exists());
    }
}
