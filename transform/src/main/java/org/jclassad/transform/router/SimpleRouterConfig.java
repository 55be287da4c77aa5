package org.jclassad.transform.router;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jclassad.transform.config.ConfigFiles;

/**
 * A minimal reader of HTCondor config files for the router: {@code NAME = value} lines,
 * {@code NAME @=tag ... @tag} bodies (lines trimmed, blank and {@code #} lines dropped),
 * trailing-backslash continuations, {@code #} comments, and {@code $(NAME)} /
 * {@code $(NAME:default)} / {@code $(DOLLAR)} expansion. No {@code if}, {@code include},
 * {@code use} or {@code $FUNC()}: those belong to the config-macro layer, which replaces this
 * class wherever it is available ({@link RouterConfig} is the seam).
 *
 * <p>Text is kept as byte strings (one char per byte), as ClassAd strings are.
 */
public final class SimpleRouterConfig implements RouterConfig {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> spelling = new LinkedHashMap<>();

    public SimpleRouterConfig() {
        set("JOB_ROUTER_NAME", "jobrouter");
        set("DOLLAR", "$");
    }

    /** Reads config text (byte string or ASCII). */
    public static SimpleRouterConfig parse(String text) {
        SimpleRouterConfig c = new SimpleRouterConfig();
        c.read(text);
        return c;
    }

    /** Reads files and directories in order; a directory's files are read in name order, as a config.d. */
    public static SimpleRouterConfig load(List<Path> paths) throws IOException {
        SimpleRouterConfig c = new SimpleRouterConfig();
        for (Path p : paths) {
            for (Path f : configFiles(p)) {
                c.read(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return c;
    }

    /** The files a config path stands for: itself, or a directory's entries in HTCondor's config.d order. */
    public static List<Path> configFiles(Path p) throws IOException {
        return ConfigFiles.list(p);
    }

    public void set(String name, String value) {
        String key = name.toUpperCase(Locale.ROOT);
        values.put(key, value);
        spelling.putIfAbsent(key, name);
    }

    /** Reads more config text; later definitions replace earlier ones. */
    public void read(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                line = line.substring(0, line.length() - 1) + lines[++i].trim();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int at = line.indexOf("@=");
            int eq = line.indexOf('=');
            if (at > 0 && (eq < 0 || at < eq) && isName(line.substring(0, at).trim())) {
                String name = line.substring(0, at).trim();
                String tag = line.substring(at + 2).trim();
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.length; i++) {
                    String b = lines[i].trim();
                    if (b.startsWith("@" + tag) && b.substring(1 + tag.length()).trim().isEmpty()) {
                        break;
                    }
                    if (b.isEmpty() || b.startsWith("#")) {
                        continue;
                    }
                    body.append(b).append('\n');
                }
                set(name, body.toString());
                continue;
            }
            if (eq > 0 && isName(line.substring(0, eq).trim())) {
                String name = line.substring(0, eq).trim();
                String value = line.substring(eq + 1).trim();
                // a self reference expands at definition time: X = $(X) more
                String old = raw(name);
                value = value.replace("$(" + name + ")", old == null ? "" : old);
                set(name, value);
            }
            // anything else (if/include/use ...) is beyond this reader and ignored
        }
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String raw(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        String v = values.get(key);
        if (v == null && key.equals("FULL_HOSTNAME")) {
            return hostname();
        }
        return v;
    }

    private String hostname() {
        String net = values.get("NETWORK_HOSTNAME");
        if (net != null) {
            return expandText(net);
        }
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public String expanded(String name) {
        String v = raw(name);
        return v == null ? null : expandText(v);
    }

    @Override
    public Collection<String> names() {
        return spelling.values();
    }

    /** Expands {@code $(X)} and {@code $(X:default)} references; {@code $$(...)} is kept. */
    public String expandText(String text) {
        String out = expand(text, 0);
        return out;
    }

    private String expand(String text, int depth) {
        if (depth > 40 || text.indexOf("$(") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int d = text.indexOf("$(", i);
            if (d < 0) {
                out.append(text, i, text.length());
                break;
            }
            if (d > 0 && text.charAt(d - 1) == '$') {
                int close = text.indexOf(')', d);
                int end = close < 0 ? text.length() : close + 1;
                out.append(text, i, end);
                i = end;
                continue;
            }
            int close = matching(text, d + 1);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, d);
            String ref = text.substring(d + 2, close);
            String dflt = null;
            int colon = ref.indexOf(':');
            if (colon >= 0) {
                dflt = ref.substring(colon + 1);
                ref = ref.substring(0, colon);
            }
            if (ref.equalsIgnoreCase("DOLLAR")) {
                out.append("$(DOLLAR)");
            } else {
                String v = raw(ref);
                if ((v == null || v.isEmpty()) && dflt != null) {
                    v = dflt;
                }
                out.append(v == null ? "" : expand(v, depth + 1));
            }
            i = close + 1;
        }
        String result = out.toString();
        return depth == 0 ? result.replace("$(DOLLAR)", "$") : result;
    }

    private static int matching(String text, int open) {
        int level = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                level++;
            } else if (c == ')') {
                if (--level == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
