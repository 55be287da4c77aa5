package org.jclassad.transform.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jclassad.text.ByteStrings;

/**
 * A table of macros as HTCondor's config and submit languages keep them: names compared
 * case-insensitively (the first spelling is kept), values stored <em>raw</em> (unexpanded; a
 * definition only expands references to itself), plus a small table of defaults consulted when
 * the table itself lacks a name.
 *
 * <p>A set can be checkpointed and rewound, which is how a transform's macros are forgotten
 * between one ad and the next. Defaults are not part of a checkpoint: they hold "live" values
 * such as {@code Step} and {@code Row} that the iteration code updates in place.
 *
 * <pre>{@code
 * MacroSet macros = new MacroSet();
 * macros.set("color", "red");
 * MacroSet.Checkpoint before = macros.checkpoint();
 * macros.set("size", "7");
 * macros.rewind(before);            // "size" is gone again
 * }</pre>
 */
public final class MacroSet {
    /** One definition. */
    public record Macro(String name, String raw, String source, int line) {
    }

    /** A saved state of the table (not of the defaults). */
    public static final class Checkpoint {
        private final LinkedHashMap<String, Macro> table;

        private Checkpoint(LinkedHashMap<String, Macro> table) {
            this.table = table;
        }
    }

    private LinkedHashMap<String, Macro> table = new LinkedHashMap<>();
    private final LinkedHashMap<String, String[]> defaults = new LinkedHashMap<>();

    public MacroSet() {
    }

    /** A copy of this set: its table and its defaults. */
    public MacroSet copy() {
        MacroSet c = new MacroSet();
        c.table = new LinkedHashMap<>(table);
        for (Map.Entry<String, String[]> e : defaults.entrySet()) {
            c.defaults.put(e.getKey(), new String[] {e.getValue()[0], e.getValue()[1]});
        }
        return c;
    }

    private static final int MAX_KNOWN_KEYS = 4096;
    /** Names already lower-cased (those of rules and configs, asked for with every ad), up to a bound. */
    private static final ConcurrentHashMap<String, String> KNOWN_KEYS = new ConcurrentHashMap<>();

    static String key(String name) {
        String known = KNOWN_KEYS.get(name);
        if (known != null) {
            return known;
        }
        String k = ByteStrings.lowerCase(name);
        if (KNOWN_KEYS.size() < MAX_KNOWN_KEYS) {
            KNOWN_KEYS.putIfAbsent(name, k);
        }
        return k;
    }

    /** Defines (or redefines) {@code name} with a raw value. */
    public void set(String name, String raw) {
        set(name, raw, null, 0);
    }

    /** Defines {@code name}, remembering where the definition came from. */
    public void set(String name, String raw, String source, int line) {
        String k = key(name);
        Macro old = table.get(k);
        table.put(k, new Macro(old == null ? name : old.name(), raw, source, line));
    }

    /** Removes a definition from the table (not from the defaults). */
    public boolean remove(String name) {
        return table.remove(key(name)) != null;
    }

    /** The raw value defined in the table, or {@code null}. */
    public String lookupExact(String name) {
        Macro m = table.get(key(name));
        return m == null ? null : m.raw();
    }

    /** The raw value from the defaults table, or {@code null}. */
    public String lookupDefault(String name) {
        String[] d = defaults.get(key(name));
        return d == null ? null : d[1];
    }

    /** The raw value from the table, else from the defaults, else {@code null}. */
    public String lookup(String name) {
        String v = lookupExact(name);
        return v != null ? v : lookupDefault(name);
    }

    /** Sets a default (a value consulted only when the table lacks the name). */
    public void setDefault(String name, String value) {
        String k = key(name);
        String[] d = defaults.get(k);
        if (d == null) {
            defaults.put(k, new String[] {name, value});
        } else {
            d[1] = value;
        }
    }

    public void clearDefaults() {
        defaults.clear();
    }

    /** Definitions in the table, in definition order. */
    public List<Macro> macros() {
        return Collections.unmodifiableList(new ArrayList<>(table.values()));
    }

    public int size() {
        return table.size();
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(new LinkedHashMap<>(table));
    }

    /** Restores the table to a checkpoint (the checkpoint stays usable). */
    public void rewind(Checkpoint checkpoint) {
        table = new LinkedHashMap<>(checkpoint.table);
    }

    public void clear() {
        table = new LinkedHashMap<>();
    }
}
