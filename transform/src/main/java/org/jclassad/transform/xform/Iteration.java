package org.jclassad.transform.xform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jclassad.text.Excerpt;
import org.jclassad.transform.config.FileAccess;
import org.jclassad.transform.config.LineReader;

/**
 * The arguments of a {@code TRANSFORM} line, in the grammar of condor_submit's {@code queue}:
 * {@code [count] [var[,var...]] [in (items) | from file | from ( lines ) | matching [files|dirs|any] globs]}.
 * Without variables the loop variable is {@code Item}. Items of {@code in} are split on commas and
 * white space; items of {@code from} are whole lines, split into the variables at iteration time.
 */
public final class Iteration {
    enum Mode { NONE, IN, FROM, MATCHING, MATCHING_FILES, MATCHING_DIRS, MATCHING_ANY }

    private final int count;
    private final List<String> vars;
    private final List<String> items;
    private final Mode mode;

    private Iteration(int count, List<String> vars, List<String> items, Mode mode) {
        this.count = count;
        this.vars = vars;
        this.items = items;
        this.mode = mode;
    }

    public int count() {
        return count;
    }

    public List<String> variables() {
        return vars;
    }

    public List<String> items() {
        return items;
    }

    /** Whether there is nothing to iterate ({@code TRANSFORM} or {@code TRANSFORM 1}). */
    public boolean trivial() {
        return mode == Mode.NONE && count == 1;
    }

    /** HTCondor's item splitting: a StringTokenIterator over {@code ", \t\r\n"}. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        String seps = ", \t\r\n";
        while (i < s.length()) {
            while (i < s.length() && seps.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < s.length() && seps.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /**
     * Parses expanded TRANSFORM arguments. {@code following} are the raw lines after the
     * TRANSFORM line (for inline {@code ( ... )} lists); {@code cwd} resolves files and globs.
     */
    public static Iteration parse(String args, List<String> following, Path cwd) {
        return parse(args, following, cwd, FileAccess.any());
    }

    /**
     * Parses expanded TRANSFORM arguments, reading an items file or a glob's directory only where
     * {@code files} allows. Items from a command ({@code from cmd |}) are refused: jclassad never
     * runs commands.
     *
     * @throws IllegalArgumentException for a malformed statement or items that cannot be read
     */
    public static Iteration parse(String args, List<String> following, Path cwd, FileAccess files) {
        String a = LineReader.trim(args);
        if (a.isEmpty()) {
            return new Iteration(1, List.of(), List.of(), Mode.NONE);
        }
        Mode mode = Mode.NONE;
        int kwStart = -1;
        int kwEnd = -1;
        int i = 0;
        while (i < a.length()) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < a.length() && !Character.isWhitespace(a.charAt(i)) && a.charAt(i) != '(') {
                i++;
            }
            String w = a.substring(s, i).toLowerCase(Locale.ROOT);
            if (w.equals("in") || w.equals("from") || w.equals("matching")) {
                mode = w.equals("in") ? Mode.IN : w.equals("from") ? Mode.FROM : Mode.MATCHING;
                kwStart = s;
                kwEnd = i;
                break;
            }
            if (i == s) {
                i++;
            }
        }
        List<String> items = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        String countText = a;
        if (mode != Mode.NONE) {
            String rest = a.substring(kwEnd).strip();
            if (mode == Mode.MATCHING) {
                String lower = rest.toLowerCase(Locale.ROOT);
                if (lower.startsWith("files")) {
                    mode = Mode.MATCHING_FILES;
                    rest = rest.substring(5).strip();
                } else if (lower.startsWith("dirs")) {
                    mode = Mode.MATCHING_DIRS;
                    rest = rest.substring(4).strip();
                } else if (lower.startsWith("any")) {
                    mode = Mode.MATCHING_ANY;
                    rest = rest.substring(3).strip();
                }
            }
            boolean oneLine = false;
            if (rest.startsWith("(") && rest.endsWith(")") && rest.length() > 1) {
                rest = rest.substring(1, rest.length() - 1);
                oneLine = true;
            }
            if (!oneLine && rest.startsWith("(")) {
                String first = rest.substring(1).strip();
                if (!first.isEmpty()) {
                    if (mode == Mode.FROM) {
                        items.add(first);
                    } else {
                        items.addAll(tokens(first));
                    }
                }
                for (String raw : following) {
                    String line = LineReader.trim(raw);
                    if (line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith(")")) {
                        break;
                    }
                    if (mode == Mode.FROM) {
                        items.add(line);
                    } else {
                        items.addAll(tokens(line));
                    }
                }
            } else if (mode == Mode.FROM) {
                if (oneLine) {
                    items.add(rest.strip());
                } else {
                    String name = rest.strip();
                    if (name.indexOf('|') >= 0) {
                        throw new IllegalArgumentException("TRANSFORM items from a command (" + Excerpt.shorten(name)
                                + ") are not read: jclassad never runs commands");
                    }
                    Path f;
                    try {
                        f = files.check(cwd == null ? Path.of(name) : cwd.resolve(name));
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalArgumentException("cannot read TRANSFORM items from " + Excerpt.shorten(name)
                                + (e instanceof java.nio.file.AccessDeniedException d ? ": " + d.getReason() : ""));
                    }
                    try {
                        for (String line : new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                                .split("\n", -1)) {
                            String t = LineReader.trim(line);
                            if (!t.isEmpty()) {
                                items.add(t);
                            }
                        }
                    } catch (IOException e) {
                        throw new IllegalArgumentException("cannot read TRANSFORM items from " + rest.strip());
                    }
                }
            } else {
                items.addAll(tokens(rest));
            }
            if (mode == Mode.MATCHING || mode == Mode.MATCHING_FILES || mode == Mode.MATCHING_DIRS
                    || mode == Mode.MATCHING_ANY) {
                items = glob(items, mode, cwd, files);
            }
            String before = a.substring(0, kwStart).strip();
            int v = before.length();
            while (v > 0) {
                char ch = before.charAt(v - 1);
                if (Character.isLetterOrDigit(ch) || ch == ',' || ch == '_' || ch == '.' || Character.isWhitespace(ch)) {
                    v--;
                } else {
                    break;
                }
            }
            // the count is a leading number; the rest are variables
            int n = 0;
            while (n < before.length() && Character.isDigit(before.charAt(n))) {
                n++;
            }
            countText = before.substring(0, n);
            vars.addAll(tokens(before.substring(n)));
            if (vars.isEmpty()) {
                vars.add("Item");
            }
        }
        int count = 1;
        if (!countText.isBlank()) {
            try {
                count = Integer.parseInt(countText.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid TRANSFORM statement");
            }
        }
        return new Iteration(count, vars, items, mode);
    }

    private static List<String> glob(List<String> patterns, Mode mode, Path cwd, FileAccess files) {
        List<String> out = new ArrayList<>();
        Path dir = cwd == null ? Path.of(".") : cwd;
        try {
            files.check(dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot list the files TRANSFORM matches in " + dir
                    + (e instanceof java.nio.file.AccessDeniedException d ? ": " + d.getReason() : ""));
        }
        for (String pattern : patterns) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            List<String> found = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    Path rel = dir.relativize(p);
                    if (!m.matches(rel)) {
                        continue;
                    }
                    boolean isDir = Files.isDirectory(p);
                    if ((mode == Mode.MATCHING_FILES || mode == Mode.MATCHING) && isDir) {
                        continue;
                    }
                    if (mode == Mode.MATCHING_DIRS && !isDir) {
                        continue;
                    }
                    found.add(rel.toString());
                }
            } catch (IOException e) {
                continue;
            }
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }

    /**
     * Sets the loop variables from one item: each but the last takes one word (split on
     * {@code , \t}), the last takes the rest of the item.
     */
    void assign(String item, java.util.function.BiConsumer<String, String> setter) {
        if (vars.isEmpty()) {
            return;
        }
        String data = item == null ? "" : item;
        int p = 0;
        int varIndex = 0;
        int start = 0;
        while (true) {
            if (varIndex == vars.size() - 1) {
                setter.accept(vars.get(varIndex), data.substring(start));
                return;
            }
            p = start;
            while (p < data.length() && ", \t".indexOf(data.charAt(p)) < 0) {
                p++;
            }
            setter.accept(vars.get(varIndex), data.substring(start, p));
            varIndex++;
            if (p >= data.length()) {
                return;
            }
            p++;
            while (p < data.length() && " \t".indexOf(data.charAt(p)) >= 0) {
                p++;
            }
            start = p;
        }
    }
}
