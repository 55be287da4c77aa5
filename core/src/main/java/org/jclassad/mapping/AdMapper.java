package org.jclassad.mapping;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jclassad.AttributeException;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.eval.JavaValues;
import org.jclassad.value.Value;

/**
 * Maps Java records and plain objects to ads and back, as HTCondor's Go bindings marshal structs.
 *
 * <pre>{@code
 * record Job(@AdAttribute("Owner") String owner, @AdAttribute("RequestCpus") int cpus, List<String> args) { }
 *
 * ClassAd ad = AdMapper.toAd(new Job("alice", 2, List.of("-v")));   // [ args = { "-v" }; Owner = "alice"; RequestCpus = 2 ]
 * Job job = AdMapper.fromAd(ad, Job.class);                          // equal to the original
 * }</pre>
 *
 * <h2>Type rules</h2>
 * <ul>
 *   <li>A record maps component by component; any other class needs a no-argument constructor and
 *       maps its non-static, non-transient fields (of the class and its superclasses). The
 *       attribute name is the component's or field's name, or the {@link AdAttribute} given;
 *       reading matches names ignoring case.</li>
 *   <li>{@code boolean}, {@code byte}..{@code long} and their boxes are booleans and integers
 *       (reading checks the range); {@code float} and {@code double} are reals (reading also
 *       takes integers); {@link String}, {@code char} and enums (by constant name) are strings;
 *       {@link Instant}, {@link OffsetDateTime} and {@link ZonedDateTime} are absolute times;
 *       {@link Duration} is a relative time.</li>
 *   <li>Arrays, {@link List}, {@link Set} and {@link Collection} are lists; {@link Map} with
 *       {@link String} keys, records and other objects are nested ads.</li>
 *   <li>{@link ClassAd} is a nested ad as is; a {@link Value} is kept as a value; an
 *       {@link Expr} is kept unevaluated (for {@code Requirements}-like attributes).</li>
 *   <li>{@code null} (and an empty {@link Optional}) leaves the attribute out; a missing or
 *       undefined attribute reads as {@code null} (empty for {@link Optional}) and is an error for a
 *       primitive.</li>
 * </ul>
 * Reading evaluates each attribute in the ad, so {@code Memory = 1024 * 2} reads as 2048; for a
 * value written by {@link #toAd} the round trip is exact: {@code fromAd(toAd(x), X.class)}
 * equals {@code x} for records built of the types above. Classes in a named module must open
 * their package to {@code org.jclassad.core} for their fields or constructors to be reached.
 */
public final class AdMapper {
    private AdMapper() {
    }

    /** The ad of a record or object (see the type rules). */
    public static ClassAd toAd(Object object) {
        if (object == null) {
            throw new IllegalArgumentException("no ad for null");
        }
        ClassAd ad = new ClassAd();
        for (Property p : properties(object.getClass())) {
            Object v = p.get(object);
            if (v instanceof Optional) {
                v = ((Optional<?>) v).orElse(null);
            }
            if (v != null) {
                ad.insert(p.attribute, JavaValues.toExpr(plain(v)));
            }
        }
        return ad;
    }

    /**
     * A {@code type} read from {@code ad} (see the type rules).
     *
     * @throws AttributeException naming the attribute (as a path, {@code Inner.x}) that is
     *         missing for a primitive, an error, or of another type
     */
    public static <T> T fromAd(ClassAd ad, Class<T> type) {
        return type.cast(read(ad, type, ""));
    }

    // ------------------------------------------------------------------ writing

    /** {@code v} with records and objects made ads, containers made plain containers. */
    private static Object plain(Object v) {
        if (v == null || isLeaf(v.getClass())) {
            return v;
        }
        if (v instanceof Optional) {
            return plain(((Optional<?>) v).orElse(null));
        }
        if (v instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> out.put(k, plain(x)));
            return out;
        }
        if (v instanceof Iterable) {
            List<Object> out = new ArrayList<>();
            for (Object x : (Iterable<?>) v) {
                out.add(plain(x));
            }
            return out;
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(plain(Array.get(v, i)));
            }
            return out;
        }
        return toAd(v);
    }

    private static boolean isLeaf(Class<?> c) {
        return c.isPrimitive() || c.isEnum() || Number.class.isAssignableFrom(c) || c == Boolean.class
                || c == Character.class || CharSequence.class.isAssignableFrom(c) || c == Instant.class
                || c == OffsetDateTime.class || c == ZonedDateTime.class || c == Duration.class
                || Value.class.isAssignableFrom(c) || Expr.class.isAssignableFrom(c) || c == ClassAd.class
                || c == Object.class;
    }

    // ------------------------------------------------------------------ reading

    private static Object read(ClassAd ad, Class<?> type, String path) {
        List<Property> props = properties(type);
        Object[] values = new Object[props.size()];
        for (int i = 0; i < values.length; i++) {
            Property p = props.get(i);
            String where = path + p.attribute;
            if (p.type == Expr.class) {
                values[i] = ad.lookup(p.attribute);
                continue;
            }
            Value v = ad.contains(p.attribute) ? ad.evaluateAttr(p.attribute) : Value.UNDEFINED;
            values[i] = convert(v, p.genericType, where);
            if (values[i] == null && p.type.isPrimitive()) {
                throw new AttributeException(where, ad.contains(p.attribute) ? "is undefined" : "is missing");
            }
        }
        return construct(type, props, values);
    }

    private static Object convert(Value v, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return Optional.ofNullable(convert(v, argument(type, 0), path));
        }
        if (v.isUndefined() && !Value.class.isAssignableFrom(raw)) {
            return null;
        }
        try {
            if (raw == Expr.class) {
                return JavaValues.toExpr(v);
            }
            if (raw.isArray() || raw == List.class || raw == Collection.class || raw == Set.class
                    || raw == Iterable.class) {
                Type element = raw.isArray() ? componentType(type) : argument(type, 0);
                List<Value> elements = JavaValues.elements(v);
                List<Object> out = new ArrayList<>(elements.size());
                for (int i = 0; i < elements.size(); i++) {
                    out.add(convert(elements.get(i), element, path + "[" + i + "]"));
                }
                if (raw.isArray()) {
                    Object array = Array.newInstance(raw(element), out.size());
                    for (int i = 0; i < out.size(); i++) {
                        Array.set(array, i, out.get(i));
                    }
                    return array;
                }
                return raw == Set.class ? new LinkedHashSet<>(out) : out;
            }
            if (raw == Map.class) {
                Map<Object, Object> out = new LinkedHashMap<>();
                Type valueType = argument(type, 1);
                JavaValues.attributes(v).forEach((k, x) -> out.put(k, convert(x, valueType, path + "." + k)));
                return out;
            }
            if (!isLeaf(raw)) {
                return read(JavaValues.toJava(v, ClassAd.class), raw, path + ".");
            }
            return JavaValues.toJava(v, raw);
        } catch (JavaValues.Mismatch m) {
            throw new AttributeException(path, m.getMessage());
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) t).getRawType();
        }
        if (t instanceof GenericArrayType) {
            return Array.newInstance(raw(((GenericArrayType) t).getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Type argument(Type t, int i) {
        return t instanceof ParameterizedType ? ((ParameterizedType) t).getActualTypeArguments()[i] : Object.class;
    }

    private static Type componentType(Type t) {
        return t instanceof GenericArrayType ? ((GenericArrayType) t).getGenericComponentType()
                : ((Class<?>) t).getComponentType();
    }

    // ------------------------------------------------------------------ properties

    /** One mapped component or field. */
    private static final class Property {
        final String attribute;
        final Class<?> type;
        final Type genericType;
        final RecordComponent component;
        final Field field;

        Property(String attribute, Class<?> type, Type genericType, RecordComponent component, Field field) {
            this.attribute = attribute;
            this.type = type;
            this.genericType = genericType;
            this.component = component;
            this.field = field;
        }

        Object get(Object owner) {
            try {
                return component != null ? component.getAccessor().invoke(owner) : field.get(owner);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + attribute + " of " + owner.getClass().getName()
                        + ": " + e, e);
            }
        }
    }

    private static List<Property> properties(Class<?> type) {
        List<Property> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                AdAttribute named = c.getAnnotation(AdAttribute.class);
                accessible(c.getAccessor(), type);
                out.add(new Property(named != null ? named.value() : c.getName(), c.getType(), c.getGenericType(), c, null));
            }
            return out;
        }
        if (isLeaf(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is not a record or a class of fields to map");
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                accessible(f, type);
                AdAttribute named = f.getAnnotation(AdAttribute.class);
                out.add(new Property(named != null ? named.value() : f.getName(), f.getType(), f.getGenericType(), null, f));
            }
        }
        return out;
    }

    private static Object construct(Class<?> type, List<Property> props, Object[] values) {
        try {
            if (type.isRecord()) {
                Class<?>[] types = new Class<?>[props.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = props.get(i).type;
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                accessible(canonical, type);
                return canonical.newInstance(values);
            }
            Constructor<?> none = type.getDeclaredConstructor();
            accessible(none, type);
            Object out = none.newInstance();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    props.get(i).field.set(out, values[i]);
                }
            }
            return out;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no constructor without arguments", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("constructing " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot construct " + type.getName() + ": " + e, e);
        }
    }

    private static void accessible(java.lang.reflect.AccessibleObject member, Class<?> owner) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException notOpen) {
            throw new IllegalArgumentException(owner.getName() + " is not open to jclassad: " + notOpen.getMessage(), notOpen);
        }
    }
}
