package org.jclassad;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.jclassad.unparse.Unparser;

/**
 * The attribute names of an ad and the slot each one's expression is kept in: what ads of the
 * same kind share. Ads read from one source name their attributes in the same order (every job
 * ad of a queue, every slot ad of a pool), so each such ad only keeps its expressions, in an
 * array indexed by slot, and points at a shape that all of them share (the idea of the hidden
 * classes of JavaScript engines). A million job ads then hold their names, keys and lookup table
 * once.
 *
 * <p>Shapes are immutable and form a tree from {@link #root()}: adding a name to an ad of shape
 * {@code S} moves it to the child of {@code S} for that name, made once and then shared. A chain
 * of shapes made by adding names one after the other shares one set of arrays (names, keys and
 * the hash table from key to slot): a child appends to its parent's arrays when nobody has
 * appended there yet, and copies them otherwise. A shape reads only the slots below its size, so
 * what a descendant appends later does not change it.
 *
 * <p>Thread-safe: children are made under one lock and published through volatile fields; the
 * arrays a shape reads were written before it was published. The tree is bounded (ads whose
 * names all differ would otherwise grow it without end): past {@link #MAX_SLOTS} shapes and
 * array slots it starts afresh (shapes in use stay valid; unused ones are collected, as shapes do
 * not point at their parents).
 */
final class Shape {
    /**
     * The tree's budget: shapes (and a unit per 8 characters of the name each copies) plus the
     * slots of the arrays they made (about 20 MB at most).
     */
    static final int MAX_SLOTS = 1 << 20;
    private static final Object LOCK = new Object();
    private static volatile Shape root = new Shape();
    /** Shapes and array slots made since the tree last started afresh (guarded by {@link #LOCK}). */
    private static int made;

    /** The arrays a chain of shapes shares, and how many of their slots are taken. */
    private static final class Chain {
        final String[] names;
        final String[] keys;
        /** Open addressing (linear probing, at most half full): slot + 1, or 0 for an empty bucket. */
        final int[] table;
        int taken;
        /** The chain that went on from this one when it was full (for {@link #expectedSize}). */
        volatile Chain grown;

        Chain(int capacity) {
            names = new String[capacity];
            keys = new String[capacity];
            table = new int[Integer.highestOneBit(capacity * 4 - 1)];
        }
    }

    private final Chain chain;
    private final String[] names;
    private final String[] keys;
    private final int[] table;
    final int size;
    /**
     * The name this shape added (its last) as bytes, for {@link #nextNamed}; empty for the root,
     * {@code null} for a name with a char no byte stands for (no line of bytes spells it).
     */
    private final byte[] lastName;
    /** The child for the last name added to this shape through it (most shapes have one child). */
    private volatile Shape next;
    private volatile ConcurrentHashMap<String, Shape> others;
    private volatile int[] printOrder;
    private volatile int[] keyOrder;
    private volatile int[] byteOrder;

    private Shape() {
        this(new Chain(8), 0);
    }

    private Shape(Chain chain, int size) {
        this.chain = chain;
        this.names = chain.names;
        this.keys = chain.keys;
        this.table = chain.table;
        this.size = size;
        this.lastName = size == 0 ? new byte[0] : bytesOf(chain.names[size - 1]);
    }

    private static byte[] bytesOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xFF) {
                return null;
            }
        }
        return name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The shape of an empty ad. */
    static Shape root() {
        return root;
    }

    String name(int slot) {
        return names[slot];
    }

    String key(int slot) {
        return keys[slot];
    }

    private static int home(String key, int mask) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The slot of a lower-case key, or -1. */
    int slotOf(String key) {
        int[] t = table;
        int mask = t.length - 1;
        int n = size;
        for (int i = home(key, mask); ; i = (i + 1) & mask) {
            int slot = t[i] - 1;
            if (slot < 0) {
                return -1;
            }
            if (slot < n) {
                String k = keys[slot];
                if (k == key || k.equals(key)) {
                    return slot;
                }
            }
        }
    }

    /**
     * The child that adds {@code name} in the next slot, if it was made already; {@code null}
     * otherwise. A child exists only for a name whose key this shape lacks.
     */
    Shape existingChild(String name) {
        Shape c = next;
        if (c != null && isLastName(c, name)) {
            return c;
        }
        ConcurrentHashMap<String, Shape> more = others;
        return more == null ? null : more.get(name);
    }

    /**
     * The child last made through this shape if it adds the name written at
     * {@code text[from, to)} (bytes, one per char), else {@code null}: how a reader of ads of one
     * kind finds the next slot without making a string of the name or looking its key up.
     */
    Shape nextNamed(byte[] text, int from, int to) {
        Shape c = next;
        if (c == null) {
            return null;
        }
        byte[] last = c.lastName;
        // compared as arrays: the JDK compares them a word at a time
        return last != null && Arrays.equals(last, 0, last.length, text, from, to) ? c : null;
    }

    private static boolean isLastName(Shape child, String name) {
        String last = child.names[child.size - 1];
        return last == name || last.equals(name);
    }

    /** The child that adds {@code name} (spelled so, with the lower-case {@code key} this shape lacks). */
    Shape child(String name, String key) {
        Shape c = existingChild(name);
        if (c != null) {
            return c;
        }
        synchronized (LOCK) {
            c = existingChild(name);
            if (c != null) {
                return c;
            }
            c = makeChild(name, key);
            if (next == null) {
                next = c;
            } else {
                if (others == null) {
                    others = new ConcurrentHashMap<>();
                }
                others.put(name, c);
            }
            made += 1 + name.length() / 8; // the shape, and the copy of its name's characters
            if (made > MAX_SLOTS) {
                made = 0;
                root = new Shape();
            }
            return c;
        }
    }

    private Shape makeChild(String name, String key) {
        Chain target = chain;
        if (target.taken != size || size == target.names.length) {
            boolean full = target.taken == size;
            target = new Chain(Math.max(8, size < 64 ? size * 2 : size + (size >> 1)));
            made += target.names.length;
            if (full) {
                chain.grown = target;
            }
            System.arraycopy(names, 0, target.names, 0, size);
            System.arraycopy(keys, 0, target.keys, 0, size);
            for (int s = 0; s < size; s++) {
                index(target, s);
            }
        }
        target.names[size] = name;
        target.keys[size] = key;
        index(target, size);
        target.taken = size + 1;
        return new Shape(target, size + 1);
    }

    private static void index(Chain chain, int slot) {
        int[] t = chain.table;
        int mask = t.length - 1;
        int i = home(chain.keys[slot], mask);
        while (t[i] != 0) {
            i = (i + 1) & mask;
        }
        t[i] = slot + 1;
    }

    /**
     * How many slots an ad of this shape is likely to need, for sizing its array: ads that
     * followed the same chain of names so far tend to go on as far as the chain goes.
     */
    int expectedSize() {
        Chain c = chain;
        for (Chain g = c.grown; g != null; g = g.grown) {
            c = g;
        }
        return c.taken;
    }

    /** The slots in HTCondor's print order of their names (shared by every ad of this shape). */
    int[] printOrder() {
        int[] order = printOrder;
        if (order == null) {
            order = sortedSlots((x, y) -> Unparser.NAME_ORDER.compare(names[x], names[y]));
            printOrder = order;
        }
        return order;
    }

    /**
     * The slots in the order of their keys (names ignoring case), the order HTCondor's list writer
     * ({@code condor_q -long}) prints; shared by every ad of this shape, so a stream of ads of one
     * kind is sorted once.
     */
    int[] keyOrder() {
        int[] order = keyOrder;
        if (order == null) {
            order = sortedSlots((x, y) -> keys[x].compareTo(keys[y]));
            keyOrder = order;
        }
        return order;
    }

    /** The slots in the byte order of their names, upper case first (HTCondor's {@code sPrintAd}). */
    int[] byteOrder() {
        int[] order = byteOrder;
        if (order == null) {
            order = sortedSlots((x, y) -> names[x].compareTo(names[y]));
            byteOrder = order;
        }
        return order;
    }

    /** A sorted order of the slots whose names a predicate keeps, cached for that predicate. */
    private record Kept(java.util.function.Predicate<String> keep, boolean caseSensitive, int[] order) {
    }

    private volatile Kept kept;

    /**
     * {@link #byteOrder()} ({@code caseSensitive}) or {@link #keyOrder()} without the slots whose
     * names {@code keep} refuses. {@code keep} must give the same answer for a name every time: the
     * order is cached for the last predicate asked for (by identity), so a writer that always
     * passes the same predicate tests each name of a shape once, not once per ad.
     */
    int[] orderKeeping(boolean caseSensitive, java.util.function.Predicate<String> keep) {
        Kept k = kept;
        if (k != null && k.keep == keep && k.caseSensitive == caseSensitive) {
            return k.order;
        }
        int[] all = caseSensitive ? byteOrder() : keyOrder();
        int[] order = new int[all.length];
        int n = 0;
        for (int slot : all) {
            if (keep.test(names[slot])) {
                order[n++] = slot;
            }
        }
        order = n == all.length ? all : Arrays.copyOf(order, n);
        kept = new Kept(keep, caseSensitive, order);
        return order;
    }

    /** This shape's slots sorted by {@code order}. */
    private int[] sortedSlots(java.util.Comparator<Integer> by) {
        Integer[] slots = new Integer[size];
        for (int i = 0; i < size; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, by);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = slots[i];
        }
        return order;
    }
}
