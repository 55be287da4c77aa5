package org.jclassad.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code <pre>{@code ...}</pre>} example in the Javadoc of core's exported packages (those
 * {@code module-info} exports to everyone) compiles and runs, with only those packages (and
 * {@code java.util}, {@code java.time}, {@code java.io}, {@code java.nio.file},
 * {@code java.util.concurrent}) imported, through {@link JavaSnippets}. An example states what it
 * promises with a check that throws ({@code if (...) throw new AssertionError()}), so it cannot go
 * stale. Lives here, beside {@link DocSnippetsTest}, because this module's tests compile code
 * with the JDK's compiler; the sources are read from {@code ../core}.
 */
class JavadocExamplesTest {
    private static final Path CORE = Path.of("..", "core", "src", "main", "java").toAbsolutePath().normalize();

    /** Packages whose every public top-level type must show a runnable example in its class Javadoc. */
    private static final Set<String> EXAMPLE_FOR_EVERY_TYPE = Set.of("org.jclassad", "org.jclassad.ast",
            "org.jclassad.value", "org.jclassad.evaluation", "org.jclassad.match", "org.jclassad.mapping",
            "org.jclassad.io", "org.jclassad.parse");

    private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern TOP_LEVEL_PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|record|enum|@interface)"
                    + "\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern NESTED_PUBLIC_TYPE = Pattern.compile(
            "^    public\\s+(?:(?:static|abstract|final|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.MULTILINE);

    /** One example: where it is (file:line) and its code. */
    record Example(String where, String code) { }

    /** The packages core's {@code module-info} exports to every module. */
    static List<String> exportedPackages() throws IOException {
        String moduleInfo = Files.readString(CORE.resolve("module-info.java"));
        List<String> out = new ArrayList<>();
        Matcher m = EXPORT.matcher(moduleInfo);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> s = Files.list(CORE.resolve(pkg.replace('.', '/')))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The examples in {@code source}'s Javadoc comments, located as {@code file:line}. */
    static List<Example> examples(String file, String source) {
        List<Example> out = new ArrayList<>();
        Matcher doc = JAVADOC.matcher(source);
        while (doc.find()) {
            String text = doc.group(1);
            int at = 0;
            while ((at = text.indexOf("<pre>{@code", at)) >= 0) {
                int from = at + "<pre>{@code".length();
                int depth = 0;
                int end = from;
                for (; end < text.length(); end++) {
                    char c = text.charAt(end);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && depth-- == 0) {
                        break;
                    }
                }
                int line = lineOf(source, doc.start(1) + from);
                out.add(new Example(file + ":" + line, uncomment(text.substring(from, end))));
                at = end;
            }
        }
        return out;
    }

    /** The code of a Javadoc block: each line without its leading {@code *} and one space. */
    static String uncomment(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            String l = line.replaceFirst("^\\s*\\*", "");
            out.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @TestFactory
    Stream<DynamicTest> everyJavadocExampleOfTheExportedApiCompilesAndRuns() throws IOException {
        List<String> packages = exportedPackages();
        List<String> imports = new ArrayList<>(List.of("java.util.*", "java.nio.file.*", "java.io.*", "java.time.*",
                "java.util.concurrent.*"));
        packages.forEach(p -> imports.add(p + ".*"));
        List<Example> all = new ArrayList<>();
        for (String pkg : packages) {
            for (Path source : sources(pkg)) {
                all.addAll(examples(CORE.relativize(source).toString(), Files.readString(source)));
            }
        }
        assertFalse(all.isEmpty(), "no Javadoc examples found under " + CORE);
        return all.stream().map(e -> DynamicTest.dynamicTest(e.where(), () -> JavaSnippets.run(e.where(), imports,
                e.code())));
    }

    /**
     * Every public type of {@link #EXAMPLE_FOR_EVERY_TYPE} shows an example in its own Javadoc; a public
     * nested type may instead be named ({@code Outer.Nested}) in its enclosing type's example.
     */
    @Test
    void everyPublicTypeOfTheCorePackagesShowsAnExample() throws IOException {
        Set<String> without = new TreeSet<>();
        for (String pkg : EXAMPLE_FOR_EVERY_TYPE) {
            for (Path source : sources(pkg)) {
                String text = Files.readString(source);
                Matcher type = TOP_LEVEL_PUBLIC_TYPE.matcher(text);
                if (!type.find()) {
                    continue;
                }
                String outer = type.group(1);
                String outerDoc = javadocBefore(text, type.start());
                if (!outerDoc.contains("<pre>{@code")) {
                    without.add(pkg + "." + outer);
                }
                Matcher nested = NESTED_PUBLIC_TYPE.matcher(text);
                while (nested.find()) {
                    String name = nested.group(1);
                    if (!javadocBefore(text, nested.start()).contains("<pre>{@code")
                            && !outerDoc.contains(outer + "." + name)) {
                        without.add(pkg + "." + outer + "." + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), without, "exported types whose Javadoc has no <pre>{@code ...}</pre> example");
    }

    /** The Javadoc comment right before {@code declaration} (only annotations between), or "". */
    private static String javadocBefore(String text, int declaration) {
        String before = text.substring(0, declaration);
        int start = before.lastIndexOf("/**");
        int end = start < 0 ? -1 : before.indexOf("*/", start);
        if (end < 0 || !before.substring(end + 2).strip().lines().allMatch(l -> l.strip().startsWith("@"))) {
            return "";
        }
        return before.substring(start, end + 2);
    }

    @Test
    void examplesAreReadFromJavadocWithTheirLines() {
        String source = "package x;\n/**\n * Text.\n * <pre>{@code\n * int a = 1;\n * if (a != 1) { throw new AssertionError(); }\n"
                + " * }</pre>\n */\nclass X { /* <pre>{@code not javadoc}</pre> */ }\n";
        List<Example> found = examples("X.java", source);
        assertEquals(1, found.size());
        assertEquals("X.java:4", found.get(0).where());
        assertEquals("\nint a = 1;\nif (a != 1) { throw new AssertionError(); }\n\n", found.get(0).code());
    }
}
