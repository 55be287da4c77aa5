package org.jclassad.eval;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The one home of conversions between ClassAd values and plain Java objects, used by the typed
 * getters of {@link ClassAd} and by the object mapper.
 *
 * <p>ClassAd to Java: boolean to {@link Boolean}, integer to {@link Long}, real to
 * {@link Double}, string to {@link String} (its UTF-8 bytes decoded), absolute time to
 * {@link Instant} (or {@link OffsetDateTime} keeping the offset), relative time to
 * {@link Duration} (a number of seconds reads as one too, since HTCondor 25 evaluates a
 * {@code relTime} literal to its seconds), list to {@link List} (elements evaluated), ad to {@link Map} of its
 * attributes' values in print order (or {@link ClassAd}). Java to ClassAd: the reverse, plus
 * every integral boxed type, {@code float}, {@link CharSequence}, enums (their name), arrays and
 * collections (lists), maps with string keys (ads); {@code null} is {@code undefined}.
 */
public final class JavaValues {
    private JavaValues() {
    }

    /** Why a value cannot become the Java type asked for; the caller names the attribute. */
    public static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------ ClassAd to Java

    /**
     * {@code v} as an instance of {@code type} (boxed and primitive classes alike).
     *
     * @throws Mismatch when {@code v} is undefined, error or of another ClassAd type
     */
    @SuppressWarnings("unchecked")
    public static <T> T toJava(Value v, Class<T> type) {
        Class<?> t = boxed(type);
        if (Value.class.isAssignableFrom(t)) {
            if (t.isInstance(v)) {
                return (T) v;
            }
            throw mismatch(v, t.getSimpleName());
        }
        if (v.isUndefined() || v.isError()) {
            throw new Mismatch("is " + v.type().displayName());
        }
        Object out;
        if (t == Object.class) {
            out = natural(v);
        } else if (t == Long.class) {
            out = integer(v);
        } else if (t == Integer.class) {
            long l = integer(v);
            if (l != (int) l) {
                throw new Mismatch("is " + l + ", outside the range of an int");
            }
            out = (int) l;
        } else if (t == Short.class || t == Byte.class) {
            long l = integer(v);
            boolean isShort = t == Short.class;
            if (isShort ? l != (short) l : l != (byte) l) {
                throw new Mismatch("is " + l + ", outside the range of a " + (isShort ? "short" : "byte"));
            }
            out = isShort ? (Object) (short) l : (Object) (byte) l;
        } else if (t == Character.class && v instanceof StringValue) {
            String text = ((StringValue) v).text();
            if (text.length() != 1) {
                throw new Mismatch("is \"" + text + "\", not one character");
            }
            out = text.charAt(0);
        } else if (t == ZonedDateTime.class && v instanceof AbsTimeValue) {
            out = toJava(v, OffsetDateTime.class).toZonedDateTime();
        } else if (t == Double.class) {
            out = real(v);
        } else if (t == Float.class) {
            out = (float) real(v);
        } else if (t == Boolean.class && v instanceof BooleanValue) {
            out = ((BooleanValue) v).value();
        } else if ((t == String.class || t == CharSequence.class) && v instanceof StringValue) {
            out = ((StringValue) v).text();
        } else if (t == Instant.class && v instanceof AbsTimeValue) {
            out = Instant.ofEpochSecond(((AbsTimeValue) v).seconds());
        } else if (t == OffsetDateTime.class && v instanceof AbsTimeValue) {
            AbsTimeValue a = (AbsTimeValue) v;
            out = OffsetDateTime.ofInstant(Instant.ofEpochSecond(a.seconds()), ZoneOffset.ofTotalSeconds(a.offset()));
        } else if (t == Duration.class && v instanceof RelTimeValue) {
            out = duration(((RelTimeValue) v).seconds());
        } else if (t == Duration.class && (v instanceof RealValue || v instanceof IntegerValue)) {
            // a relTime literal evaluates to its seconds, as in HTCondor 25
            out = duration(real(v));
        } else if ((t == List.class || t == Collection.class || t == Iterable.class) && v instanceof ListValue) {
            out = naturalList((ListValue) v);
        } else if (t == Map.class && v instanceof ClassAdValue) {
            out = naturalMap(((ClassAdValue) v).ad());
        } else if (t == ClassAd.class && v instanceof ClassAdValue) {
            out = ((ClassAdValue) v).ad();
        } else if (t.isEnum() && v instanceof StringValue) {
            out = enumConstant(t, ((StringValue) v).text());
        } else {
            throw mismatch(v, t.getSimpleName());
        }
        return (T) out;
    }

    /** The natural Java form of {@code v}; {@code null} for undefined. */
    public static Object natural(Value v) {
        switch (v.type()) {
            case UNDEFINED:
                return null;
            case ERROR:
                throw new Mismatch("is error");
            case BOOLEAN:
                return ((BooleanValue) v).value();
            case INTEGER:
                return ((IntegerValue) v).value();
            case REAL:
                return ((RealValue) v).value();
            case STRING:
                return ((StringValue) v).text();
            case ABSTIME:
                return Instant.ofEpochSecond(((AbsTimeValue) v).seconds());
            case RELTIME:
                return duration(((RelTimeValue) v).seconds());
            case LIST:
                return naturalList((ListValue) v);
            case CLASSAD:
                return naturalMap(((ClassAdValue) v).ad());
            default:
                throw new IllegalStateException("unknown value type " + v.type());
        }
    }

    /** The elements of a list value, each evaluated in the scope the list was written in. */
    public static List<Value> elements(Value v) {
        if (!(v instanceof ListValue)) {
            throw mismatch(v, "list");
        }
        ListValue list = (ListValue) v;
        Scope scope = list.scope() != null ? list.scope() : ClassAdAccess.scope(new ClassAd());
        List<Value> out = new ArrayList<>(list.size());
        for (Node n : list.elements()) {
            out.add(Evaluator.run(n, scope, EvalOptions.defaults()).value());
        }
        return Collections.unmodifiableList(out);
    }

    /** An ad value's attributes, evaluated, in print order. */
    public static Map<String, Value> attributes(Value v) {
        if (!(v instanceof ClassAdValue)) {
            throw mismatch(v, "ad");
        }
        ClassAd ad = ((ClassAdValue) v).ad();
        Map<String, Value> out = new LinkedHashMap<>();
        for (ClassAd.Attribute a : ad.attributes()) {
            out.put(a.name(), ad.evaluateAttr(a.name()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Object> naturalList(ListValue list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Value e : elements(list)) {
            out.add(natural(e));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> naturalMap(ClassAd ad) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ClassAd.Attribute a : ad.attributes()) {
            out.put(a.name(), natural(ad.evaluateAttr(a.name())));
        }
        return Collections.unmodifiableMap(out);
    }

    private static long integer(Value v) {
        if (v instanceof IntegerValue) {
            return ((IntegerValue) v).value();
        }
        throw mismatch(v, "integer");
    }

    private static double real(Value v) {
        if (v instanceof RealValue) {
            return ((RealValue) v).value();
        }
        if (v instanceof IntegerValue) {
            return ((IntegerValue) v).value();
        }
        throw mismatch(v, "number");
    }

    private static Duration duration(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return Duration.ofSeconds(whole, nanos);
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        throw new Mismatch("is \"" + name + "\", not a constant of " + type.getSimpleName());
    }

    private static Mismatch mismatch(Value v, String wanted) {
        return new Mismatch("is " + article(v.type().displayName()) + ", not " + article(wanted));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** The boxed class of a primitive class; other classes unchanged. */
    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        throw new IllegalArgumentException("no ClassAd value is a " + type);
    }

    // ------------------------------------------------------------------ Java to ClassAd

    /**
     * The expression for a Java object: a literal for scalars, a list literal for arrays and
     * collections, an ad literal for maps and ads, the expression itself for an {@link Expr}.
     *
     * @throws IllegalArgumentException for objects of other types (naming the type)
     */
    public static Expr toExpr(Object o) {
        if (o instanceof Expr) {
            return (Expr) o;
        }
        if (o instanceof ClassAdValue) {
            return toExpr(((ClassAdValue) o).ad());
        }
        if (o instanceof ListValue) {
            return ((ListValue) o).asExpr();
        }
        if (o instanceof Value) {
            return Literal.of((Value) o);
        }
        if (o instanceof ClassAd) {
            ClassAd ad = (ClassAd) o;
            List<RecordExpr.Attribute> attributes = new ArrayList<>(ad.size());
            for (ClassAd.Attribute a : ad.attributes()) {
                attributes.add(new RecordExpr.Attribute(a.name(), a.expr()));
            }
            return new RecordExpr(attributes, Position.NONE);
        }
        if (o instanceof Map) {
            List<RecordExpr.Attribute> attributes = new ArrayList<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("an ad's attribute names are strings, not "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                }
                attributes.add(new RecordExpr.Attribute((String) e.getKey(), toExpr(e.getValue())));
            }
            return new RecordExpr(attributes, Position.NONE);
        }
        if (o instanceof Iterable) {
            List<Expr> elements = new ArrayList<>();
            for (Object e : (Iterable<?>) o) {
                elements.add(toExpr(e));
            }
            return new ListExpr(elements, Position.NONE);
        }
        if (o != null && o.getClass().isArray()) {
            int n = Array.getLength(o);
            List<Expr> elements = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                elements.add(toExpr(Array.get(o, i)));
            }
            return new ListExpr(elements, Position.NONE);
        }
        return Literal.of(toValue(o));
    }

    /**
     * The scalar value for a Java object.
     *
     * @throws IllegalArgumentException for objects that are not scalars (naming the type)
     */
    public static Value toValue(Object o) {
        if (o == null) {
            return Value.UNDEFINED;
        }
        if (o instanceof Value) {
            return (Value) o;
        }
        if (o instanceof Boolean) {
            return Value.of((Boolean) o);
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return Value.of(((Number) o).longValue());
        }
        if (o instanceof Double || o instanceof Float) {
            return Value.of(((Number) o).doubleValue());
        }
        if (o instanceof CharSequence || o instanceof Character) {
            return Value.ofString(o.toString());
        }
        if (o instanceof Enum) {
            return Value.ofString(((Enum<?>) o).name());
        }
        if (o instanceof Instant) {
            return Value.absTime(((Instant) o).getEpochSecond(), 0);
        }
        if (o instanceof OffsetDateTime) {
            OffsetDateTime t = (OffsetDateTime) o;
            return Value.absTime(t.toEpochSecond(), t.getOffset().getTotalSeconds());
        }
        if (o instanceof ZonedDateTime) {
            return toValue(((ZonedDateTime) o).toOffsetDateTime());
        }
        if (o instanceof Duration) {
            Duration d = (Duration) o;
            return Value.relTime(d.getSeconds() + d.getNano() / 1e9);
        }
        throw new IllegalArgumentException("no ClassAd value for a " + o.getClass().getName()
                + " (use booleans, numbers, strings, Instant, Duration, lists, maps or ads)");
    }
}
