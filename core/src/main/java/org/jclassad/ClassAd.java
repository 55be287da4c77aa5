package org.jclassad;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import java.util.concurrent.ConcurrentHashMap;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.RecordExpr;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.eval.JavaValues;
import org.jclassad.eval.Node;
import org.jclassad.eval.Planner;
import org.jclassad.eval.Scope;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.evaluation.Evaluation;
import org.jclassad.evaluation.SiteFunction;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.parser.Reading;
import org.jclassad.text.ByteStrings;
import org.jclassad.unparse.Syntax;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * A ClassAd: attribute names (case-insensitive; the first spelling is kept) bound to
 * expressions.
 *
 * <p>An ad may be evaluated from many threads at once as long as nobody modifies it meanwhile.
 *
 * <pre>{@code
 * ClassAd slot = ClassAd.parse("[ Cpus = 4; Memory = 8192; Arch = \"X86_64\" ]");
 * Value ok = slot.evaluate("Cpus >= 2 && Memory >= 2048");   // true
 * slot.insertExpr("Slots", "Memory / 2048");
 * long slots = slot.getLong("Slots");                         // 4
 * if (ok != Value.TRUE || slots != 4 || !slot.toString().contains("Slots = Memory / 2048")) throw new AssertionError(slot);
 * }</pre>
 */
public final class ClassAd {
    static {
        // first, so that the evaluator finds it even while this class is being initialised
        ClassAdAccess.install(new Access());
    }

    private static final Node[] NO_NODES = new Node[0];

    /**
     * The names and slots (shared with the other ads of this shape) and this ad's expression in
     * each slot; a removed attribute leaves its slot empty ({@code null}) until the ad is
     * compacted. A million ads of 80 attributes each hold 80 references apiece, no per-attribute
     * objects and no key tables.
     */
    private Shape shape = Shape.root();
    private Node[] nodes = NO_NODES;
    private int count;
    private ClassAd chainedParent;
    private volatile Scope scope;

    public ClassAd() {
    }

    /**
     * A copy of this ad's own bindings (sharing the immutable expressions), chained to the same
     * parent; changing either ad afterwards does not change the other.
     */
    public ClassAd copy() {
        ClassAd c = new ClassAd();
        c.shape = shape;
        c.nodes = Arrays.copyOf(nodes, shape.size);
        c.count = count;
        c.chainedParent = chainedParent;
        return c;
    }

    /**
     * One attribute: its name as first written and its expression. A view made when asked for;
     * the ad itself keeps only the planned expressions.
     *
     * <pre>{@code
     * ClassAd ad = ClassAd.parse("[ Cpus = 4; memory = Cpus * 2048 ]");
     * ClassAd.Attribute first = ad.attributes().get(0);          // Cpus = 4
     * ClassAd.Attribute found = ad.attributeByKey("memory");       // memory = Cpus * 2048
     * if (!first.name().equals("Cpus") || !ClassAds.unparse(found.expr()).equals("Cpus * 2048")) throw new AssertionError();
     * }</pre>
     */
    public static final class Attribute {
        private final String name;
        private final Node node;

        Attribute(String name, Node node) {
            this.name = name;
            this.node = node;
        }

        public String name() {
            return name;
        }

        public Expr expr() {
            return node.source();
        }
    }

    // ---------------------------------------------------------------- parsing

    /** Parses a new-syntax ad {@code [ a = 1; b = a + 1 ]}. */
    public static ClassAd parse(String text) {
        return parse(text, ParseOptions.defaults());
    }

    public static ClassAd parse(String text, ParseOptions options) {
        RecordExpr record = ExprParser.parseRecord(Value.toByteString(text), options);
        return fromRecord(record, Planner.standard());
    }

    /** Builds an ad from an ad literal (duplicates: first spelling, last value). */
    public static ClassAd fromRecord(RecordExpr record) {
        return fromRecord(record, Planner.standard());
    }

    private static ClassAd fromRecord(RecordExpr record, Planner planner) {
        ClassAd ad = new ClassAd();
        for (RecordExpr.Attribute a : record.attributes()) {
            ad.insert(a.name(), a.value(), planner);
        }
        return ad;
    }

    // ---------------------------------------------------------------- building

    /**
     * Binds {@code name} to an expression; an existing name keeps its first spelling. A
     * {@code null} expression binds {@code undefined}, as Python's {@code ad[name] = None} does.
     */
    public ClassAd insert(String name, Expr expr) {
        return insert(name, expr == null ? Literal.of(Value.UNDEFINED) : expr, Planner.standard());
    }

    private ClassAd insert(String name, Expr expr, Planner planner) {
        return bind(name, planner.plan(expr));
    }

    /**
     * Binds {@code name} to an already planned expression ({@code node.source()} is the
     * expression); for callers that bind the same expression in many ads
     * ({@link ClassAdAccess#bind}).
     */
    private ClassAd bind(String name, Node node) {
        Objects.requireNonNull(node, "node");
        Shape child = shape.existingChild(name);
        if (child != null) {
            append(child, node);
            return this;
        }
        String key = internedKeyOf(name);
        int slot = shape.slotOf(key);
        if (slot < 0) {
            append(shape.child(internName(name), key), node);
        } else if (nodes[slot] != null) {
            nodes[slot] = node;
        } else if (shape.name(slot).equals(name)) {
            nodes[slot] = node;
            count++;
        } else {
            // a removed name comes back spelled differently: the new spelling is its first
            nodes[slot] = node;
            count++;
            reshape(slot, internName(name));
        }
        return this;
    }

    /**
     * Appends {@code node} under the name written at {@code text[from, to)} when that name is
     * the one ads of this shape had next (see {@link Shape#nextNamed}); returns whether it did.
     */
    private boolean appendNext(byte[] text, int from, int to, Node node) {
        Shape child = shape.nextNamed(text, from, to);
        if (child == null) {
            return false;
        }
        append(child, node);
        return true;
    }

    /** Adds the slot {@code child} has beyond this ad's shape. */
    private void append(Shape child, Node node) {
        int slot = shape.size;
        if (slot == nodes.length) {
            // as far as ads of this shape went before (within reason), else by half again
            int expected = child.expectedSize();
            int capacity = expected > slot + 1 ? Math.min(expected, 2 * slot + 16) : slot + (slot >> 1) + 4;
            nodes = Arrays.copyOf(nodes, capacity);
        }
        nodes[slot] = node;
        shape = child;
        count++;
    }

    /** Binds {@code name} to a value; {@code null} binds {@code undefined}. */
    public ClassAd insert(String name, Value value) {
        return bind(name, Node.constant(value == null ? Value.UNDEFINED : value));
    }

    /** Binds {@code name} to an expression given as new-syntax text. */
    public ClassAd insertExpr(String name, String expressionText) {
        return insert(name, ExprParser.parseExpression(Value.toByteString(expressionText),
                ParseOptions.defaults(), Reading.WHOLE));
    }

    /** Removes an attribute; returns whether it was there. */
    public boolean remove(String name) {
        int slot = shape.slotOf(knownKeyOf(name));
        if (slot < 0 || nodes[slot] == null) {
            return false;
        }
        nodes[slot] = null;
        count--;
        int empty = shape.size - count;
        if (empty > 8 && empty > count) {
            reshape(-1, null);
        }
        return true;
    }

    /**
     * Moves this ad to the shape of its bound slots alone, in the same order ({@code respelled},
     * if not negative, takes the spelling {@code spelling}): drops the slots of removed names.
     */
    private void reshape(int respelled, String spelling) {
        Shape s = Shape.root();
        Node[] kept = new Node[Math.max(count, 8)];
        int n = 0;
        for (int i = 0; i < shape.size; i++) {
            if (nodes[i] != null) {
                s = s.child(i == respelled ? spelling : shape.name(i), shape.key(i));
                kept[n++] = nodes[i];
            }
        }
        shape = s;
        nodes = kept;
    }

    /**
     * Makes {@code parent}'s attributes visible in this ad where it lacks them (HTCondor's
     * chained ads, as for a job's cluster ad). Pass {@code null} to unchain.
     */
    public void setChainedParent(ClassAd parent) {
        this.chainedParent = parent;
    }

    public ClassAd chainedParent() {
        return chainedParent;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The planned expression bound to a lower-case key in this ad itself (not its chained
     * parent), or {@code null}. For evaluators ({@link ClassAdAccess#boundNode}): it allocates nothing.
     */
    private Node boundNode(String key) {
        int slot = shape.slotOf(key);
        return slot < 0 ? null : nodes[slot];
    }

    /** The planned expression bound to a lower-case key here or in the chained parent, or {@code null}. */
    private Node nodeByKey(String key) {
        for (ClassAd ad = this; ad != null; ad = ad.chainedParent) {
            Node n = ad.boundNode(key);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** The expression bound to {@code name} (here or in the chained parent), or {@code null}. */
    public Expr lookup(String name) {
        Node n = nodeByKey(knownKeyOf(name));
        return n == null ? null : n.source();
    }

    /** The attribute for a lower-case key, here or in the chained parent. */
    public Attribute attributeByKey(String key) {
        for (ClassAd ad = this; ad != null; ad = ad.chainedParent) {
            int slot = ad.shape.slotOf(key);
            if (slot >= 0 && ad.nodes[slot] != null) {
                return new Attribute(ad.shape.name(slot), ad.nodes[slot]);
            }
        }
        return null;
    }

    public boolean contains(String name) {
        return nodeByKey(knownKeyOf(name)) != null;
    }

    /** Attributes of this ad itself (not the chained parent), in HTCondor's print order. */
    public List<Attribute> attributes() {
        return inOrder(shape.printOrder());
    }

    /**
     * Attributes of this ad itself in the order of their names ignoring case, the order
     * {@code condor_q -long} prints them in. Ads of the same kind share the order, so it costs no
     * sorting per ad.
     */
    public List<Attribute> attributesByName() {
        return inOrder(shape.keyOrder());
    }

    private List<Attribute> inOrder(int[] order) {
        Attribute[] list = new Attribute[count];
        int n = 0;
        for (int slot : order) {
            Node node = nodes[slot];
            if (node != null) {
                list[n++] = new Attribute(shape.name(slot), node);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(list));
    }

    public int size() {
        return count;
    }

    // ---------------------------------------------------------------- evaluating

    /** This ad as a top-level scope ({@link ClassAdAccess#scope}). */
    private Scope scope() {
        Scope s = scope;
        if (s == null) {
            s = new Scope(this, null);
            scope = s;
        }
        return s;
    }

    /** Evaluates the attribute {@code name}: undefined if missing, error if evaluation fails. */
    public Value evaluateAttr(String name) {
        Node n = nodeByKey(knownKeyOf(name));
        if (n == null) {
            return Value.UNDEFINED;
        }
        return Evaluator.run(n, scope(), EvalOptions.defaults()).value();
    }

    /** Evaluates new-syntax expression text in this ad. */
    public Value evaluate(String expressionText) {
        Expr expr = ExprParser.parseExpression(Value.toByteString(expressionText), ParseOptions.defaults(), Reading.WHOLE);
        return evaluate(expr, EvalOptions.defaults()).value();
    }

    /** Evaluates an expression in this ad, telling a failed evaluation from an {@code error} value. */
    public Evaluation evaluate(Expr expr, EvalOptions options) {
        return Evaluator.run(Planner.planExpr(expr), scope(), options);
    }

    /**
     * Adds a site function that every ad parsed afterwards can call by {@code name} (ignoring
     * case), as HTCondor's Python {@code classad.register} does. As in HTCondor, a name is never
     * replaced, so built-ins cannot be overridden: gives {@code false}, changing nothing, when the
     * name is taken. Calls are bound when an expression is planned: register before parsing the
     * ads that call the function.
     *
     * <pre>{@code
     * boolean added = ClassAd.registerFunction("siteGreeting", args -> Value.ofString("hello"));   // true
     * boolean again = ClassAd.registerFunction("strcat", args -> Value.ERROR);   // false: a built-in
     * if (again || !ClassAd.parse("[ g = siteGreeting() ]").getString("g").equals("hello")) throw new AssertionError();
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier
     */
    public static boolean registerFunction(String name, SiteFunction function) {
        Objects.requireNonNull(function, "function");
        return FunctionRegistry.global().register(name, call -> {
            Value[] values = new Value[call.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = call.get(i);
            }
            return Objects.requireNonNull(function.apply(List.of(values)), "a site function gave null");
        });
    }

    /** ASCII lower case: the form names are compared in. */
    public static String keyOf(String name) {
        return ByteStrings.lowerCase(name);
    }

    private static final int MAX_INTERNED_NAMES = 1 << 16;
    private static final ConcurrentHashMap<String, String> NAMES =
            new ConcurrentHashMap<>();
    /** Spelling to interned key, so that reading a known name neither lower-cases nor allocates. */
    private static final ConcurrentHashMap<String, String> KEYS =
            new ConcurrentHashMap<>();

    /**
     * {@link #keyOf}, interned: every ad and every planned reference then share one instance per
     * name, so lookups compare keys by identity and a million ads hold each name once.
     */
    public static String internedKeyOf(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            key = internName(keyOf(name));
            if (KEYS.size() < MAX_INTERNED_NAMES) {
                KEYS.putIfAbsent(name, key);
            }
        }
        return key;
    }

    /**
     * {@link #keyOf}, for looking a name up: the interned key when the spelling is known (any name
     * an ad holds is), which neither allocates nor hashes again; otherwise lower-cased, without
     * interning a name that may be looked up once.
     */
    private static String knownKeyOf(String name) {
        String key = KEYS.get(name);
        return key != null ? key : keyOf(name);
    }

    /** One shared instance per attribute name (up to a bound, past which names are kept as given). */
    public static String internName(String name) {
        String shared = NAMES.get(name);
        if (shared != null) {
            return shared;
        }
        if (NAMES.size() >= MAX_INTERNED_NAMES) {
            return name;
        }
        shared = NAMES.putIfAbsent(name, name);
        return shared == null ? name : shared;
    }

    // ---------------------------------------------------------------- typed access

    /**
     * Evaluates {@code name} as an integer.
     *
     * @throws AttributeException when it is missing, undefined, an error or not an integer
     */
    public long getLong(String name) {
        return getAs(name, Long.class);
    }

    /** Evaluates {@code name} as an integer within the range of an {@code int}; see {@link #getLong}. */
    public int getInt(String name) {
        return getAs(name, Integer.class);
    }

    /** Evaluates {@code name} as a number (an integer or a real). */
    public double getDouble(String name) {
        return getAs(name, Double.class);
    }

    /** Evaluates {@code name} as a boolean. */
    public boolean getBoolean(String name) {
        return getAs(name, Boolean.class);
    }

    /** Evaluates {@code name} as a string, its UTF-8 bytes decoded. */
    public String getString(String name) {
        return getAs(name, String.class);
    }

    /** Evaluates {@code name} as a list: its elements, each evaluated. */
    public List<Value> getList(String name) {
        return read(name, JavaValues::elements);
    }

    /** Evaluates {@code name} as a nested ad: its attributes' values in print order. */
    public Map<String, Value> getMap(String name) {
        return read(name, JavaValues::attributes);
    }

    /** Evaluates {@code name} as an absolute time ({@code absTime(...)}). */
    public Instant getInstant(String name) {
        return getAs(name, Instant.class);
    }

    /** Evaluates {@code name} as a relative time ({@code relTime(...)}). */
    public Duration getDuration(String name) {
        return getAs(name, Duration.class);
    }

    /**
     * Evaluates {@code name} and converts it to {@code type}: {@link Long}, {@link Integer},
     * {@link Double}, {@link Float}, {@link Boolean}, {@link String}, {@link Instant},
     * {@link java.time.OffsetDateTime}, {@link Duration}, {@link List} (of Java objects),
     * {@link Map} (of Java objects), {@link ClassAd}, an enum (by constant name), {@link Object}
     * (the natural Java form) or a {@link Value} class. Primitive classes may be given.
     *
     * <pre>{@code
     * ClassAd job = ClassAd.parse("[ RequestCpus = 2; Owner = \"alice\"; Args = {\"-v\", 3} ]");
     * long cpus = job.getAs("RequestCpus", Long.class);         // 2
     * List<?> args = job.getAs("Args", List.class);              // ["-v", 3L]
     * if (cpus != 2 || !args.equals(List.of("-v", 3L))) throw new AssertionError(args);
     * }</pre>
     *
     * @throws AttributeException when it is missing, undefined, an error or of another type
     */
    public <T> T getAs(String name, Class<T> type) {
        return read(name, v -> JavaValues.toJava(v, type));
    }

    /**
     * Evaluates {@code name} as the type of {@code fallback}, or gives {@code fallback} when the
     * attribute is missing or undefined. A value of another type is still an error.
     *
     * <pre>{@code
     * ClassAd slot = ClassAd.parse("[ Memory = 8192 ]");
     * int cpus = slot.getOr("Cpus", 1);                          // 1: no Cpus
     * if (cpus != 1) throw new AssertionError(cpus);
     * }</pre>
     *
     * @throws AttributeException when it is an error or of another type than {@code fallback}
     */
    @SuppressWarnings("unchecked")
    public <T> T getOr(String name, T fallback) {
        Value v = evaluateAttr(name);
        if (v.isUndefined()) {
            return fallback;
        }
        return read(name, v, x -> JavaValues.toJava(x, (Class<T>) fallback.getClass()));
    }

    private <T> T read(String name, java.util.function.Function<Value, T> convert) {
        if (!contains(name)) {
            throw new AttributeException(name, "is missing");
        }
        return read(name, evaluateAttr(name), convert);
    }

    private static <T> T read(String name, Value v, java.util.function.Function<Value, T> convert) {
        try {
            return convert.apply(v);
        } catch (JavaValues.Mismatch m) {
            throw new AttributeException(name, m.getMessage());
        }
    }

    // ---------------------------------------------------------------- Java values

    /**
     * Binds {@code name} to a Java value: {@code null} (undefined, as Python's {@code None}),
     * booleans, numbers, strings, enums (their name), {@link Instant} and
     * {@link java.time.OffsetDateTime} (absolute times), {@link Duration} (relative times),
     * arrays and collections (lists), maps with string keys and ads (nested ads), values and
     * expressions.
     *
     * <pre>{@code
     * ClassAd job = new ClassAd().put("Owner", "alice").put("RequestCpus", 2).put("Args", List.of("-v", 3));
     * if (!job.equals(ClassAd.parse("[ Owner = \"alice\"; RequestCpus = 2; Args = { \"-v\", 3 } ]"))) throw new AssertionError(job);
     * }</pre>
     *
     * @throws IllegalArgumentException for a Java object of another type
     */
    public ClassAd put(String name, Object javaValue) {
        return insert(name, JavaValues.toExpr(javaValue));
    }

    /** An ad of the entries of {@code attributes}, each as by {@link #put}, in the map's order. */
    public static ClassAd fromMap(Map<String, ?> attributes) {
        ClassAd ad = new ClassAd();
        attributes.forEach(ad::put);
        return ad;
    }

    /** This ad's own attributes evaluated to their natural Java forms (see {@link #getAs} with {@code Object}). */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Attribute a : attributes()) {
            out.put(a.name(), read(a.name(), evaluateAttr(a.name()), JavaValues::natural));
        }
        return Collections.unmodifiableMap(out);
    }

    // ---------------------------------------------------------------- sameness

    /**
     * Whether {@code o} is an ad with the same attributes (names ignoring case) bound to the same
     * expressions (see {@link Expr#sameAs}), as Python's {@code ==} on ads. Chained parents are
     * not compared. Ads are mutable: do not change an ad while it is a key in a hash map.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof ClassAd)) {
            return false;
        }
        ClassAd other = (ClassAd) o;
        if (other.size() != size()) {
            return false;
        }
        Map<String, Expr> theirs = new java.util.HashMap<>();
        for (Attribute a : other.attributes()) {
            theirs.put(keyOf(a.name()), a.expr());
        }
        for (Attribute a : attributes()) {
            Expr e = theirs.get(keyOf(a.name()));
            if (e == null || !Expr.sameAs(a.expr(), e)) {
                return false;
            }
        }
        return true;
    }

    /** A hash code consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        int h = 0;
        for (Attribute a : attributes()) {
            h += keyOf(a.name()).hashCode() ^ Expr.sameAsHash(a.expr());
        }
        return h;
    }

    /** The ad in canonical new syntax, {@code [ a = 1; b = 2 ]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(16 + 64 * size());
        new Unparser(Syntax.NEW, out).ad(attributes(), Attribute::name, Attribute::expr);
        return Value.fromByteString(out.toString());
    }

    /** The evaluator's way to the planned expressions and the scope (see {@link ClassAdAccess}). */
    private static final class Access extends ClassAdAccess {
        @Override
        protected Node boundNodeOf(ClassAd ad, String key) {
            return ad.boundNode(key);
        }

        @Override
        protected Node nodeOf(Attribute attribute) {
            return attribute.node;
        }

        @Override
        protected ClassAd bindIn(ClassAd ad, String name, Node node) {
            return ad.bind(name, node);
        }

        @Override
        protected Scope scopeOf(ClassAd ad) {
            return ad.scope();
        }

        @Override
        protected ClassAd adOf(RecordExpr record, Planner planner) {
            return ClassAd.fromRecord(record, planner);
        }

        @Override
        protected void forEachByNameIn(ClassAd ad, boolean caseSensitive, java.util.function.Predicate<String> keep,
                java.util.function.BiConsumer<String, Node> each) {
            Shape shape = ad.shape;
            Node[] nodes = ad.nodes;
            for (int slot : shape.orderKeeping(caseSensitive, keep)) {
                Node node = nodes[slot];
                if (node != null) {
                    each.accept(shape.name(slot), node);
                }
            }
        }

        @Override
        protected boolean appendNextIn(ClassAd ad, byte[] text, int from, int to, Node node) {
            return ad.appendNext(text, from, to, node);
        }
    }
}
