package org.jclassad.spark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.Literal;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.eval.ClassAdValue;
import org.jclassad.eval.Evaluator;
import org.jclassad.eval.ListValue;
import org.jclassad.eval.Node;
import org.jclassad.eval.Scope;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * The conversion rules between ClassAd values and Spark's (internal) values, used by the data
 * source's columns, the typed SQL functions and the writer. {@code spark/README.md} states them
 * for users; in short:
 *
 * <ul>
 * <li>an attribute that is missing, {@code undefined} or {@code error} is SQL {@code NULL}, and so
 *     is a value that does not fit the column's type (the whole ad stays in the {@code ad} column);</li>
 * <li>a string column holds a string's text, and for any other attribute its expression as
 *     {@code condor_q -long} prints it (not evaluated: {@code Requirements} reads as written);</li>
 * <li>every other type is filled from the attribute's value, evaluated in its ad: integers and reals
 *     to numbers (reals to integral types truncated toward zero, as Spark's cast; out of range is
 *     {@code NULL}), absolute times and integers or reals to timestamps and dates (seconds since
 *     the epoch, as HTCondor keeps times), lists to arrays, nested ads to maps or structs.</li>
 * </ul>
 */
final class Conversions {
    private static final EvalOptions EVAL = EvalOptions.defaults();
    private static final Scope EMPTY_SCOPE = ClassAdAccess.scope(new ClassAd());

    private Conversions() {
    }

    /** Reads one column's value out of an ad: built once per column and type, applied per row. */
    interface AttributeReader {
        Object read(ClassAd ad);
    }

    /** Whether a column of this type can be filled from ClassAd values (and written back). */
    static boolean supported(DataType t) {
        if (t instanceof ArrayType) {
            return supported(((ArrayType) t).elementType());
        }
        if (t instanceof MapType) {
            MapType m = (MapType) t;
            return m.keyType() instanceof StringType && supported(m.valueType());
        }
        if (t instanceof StructType) {
            for (StructField f : ((StructType) t).fields()) {
                if (!supported(f.dataType())) {
                    return false;
                }
            }
            return true;
        }
        return t instanceof StringType || t instanceof BooleanType || t instanceof LongType || t instanceof IntegerType
                || t instanceof ShortType || t instanceof ByteType || t instanceof DoubleType || t instanceof FloatType
                || t instanceof DecimalType || t instanceof BinaryType || t instanceof TimestampType
                || t instanceof TimestampNTZType || t instanceof DateType;
    }

    /** The reader of attribute {@code name} for a column of type {@code t}. */
    static AttributeReader attribute(String name, DataType t) {
        String key = ClassAd.internedKeyOf(name);
        if (t instanceof StringType) {
            return ad -> {
                ClassAd.Attribute a = ad.attributeByKey(key);
                return a == null ? null : expressionString(a.expr());
            };
        }
        return ad -> {
            ClassAd.Attribute a = ad.attributeByKey(key);
            if (a == null) {
                return null;
            }
            Expr e = a.expr();
            Value v = e instanceof Literal ? ((Literal) e).value() : ad.evaluateAttr(name);
            return toSpark(v, t);
        };
    }

    /** A string column's text for an attribute: a string's text, else the expression as written. */
    static UTF8String expressionString(Expr e) {
        if (e instanceof Literal) {
            return (UTF8String) toSpark(((Literal) e).value(), DataTypes.StringType);
        }
        return utf8(Unparser.oldSyntax(e));
    }

    /** A ClassAd byte string as Spark text (its bytes are the UTF-8). */
    static UTF8String utf8(String byteString) {
        return UTF8String.fromBytes(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Spark text as a ClassAd byte string. */
    static String byteString(UTF8String s) {
        return new String(s.getBytes(), StandardCharsets.ISO_8859_1);
    }

    /** An evaluated value as Spark's internal value of type {@code t}, or {@code null} when it does not convert. */
    static Object toSpark(Value v, DataType t) {
        if (v == null || v.isUndefined() || v.isError()) {
            return null;
        }
        if (v instanceof RelTimeValue) {
            v = Value.of(((RelTimeValue) v).seconds());
        }
        if (t instanceof StringType) {
            if (v instanceof StringValue) {
                return utf8(((StringValue) v).bytes());
            }
            return utf8(Unparser.oldSyntax(v));
        }
        if (t instanceof BooleanType) {
            return v instanceof BooleanValue ? ((BooleanValue) v).value() : null;
        }
        if (t instanceof LongType) {
            return integral(v, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (t instanceof IntegerType) {
            Long l = integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return l == null ? null : (Object) l.intValue();
        }
        if (t instanceof ShortType) {
            Long l = integral(v, Short.MIN_VALUE, Short.MAX_VALUE);
            return l == null ? null : (Object) l.shortValue();
        }
        if (t instanceof ByteType) {
            Long l = integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE);
            return l == null ? null : (Object) l.byteValue();
        }
        if (t instanceof DoubleType) {
            return real(v);
        }
        if (t instanceof FloatType) {
            Double d = real(v);
            return d == null ? null : (Object) d.floatValue();
        }
        if (t instanceof DecimalType) {
            return decimal(v, (DecimalType) t);
        }
        if (t instanceof BinaryType) {
            return v instanceof StringValue ? ((StringValue) v).bytes().getBytes(StandardCharsets.ISO_8859_1) : null;
        }
        if (t instanceof TimestampType || t instanceof TimestampNTZType) {
            Double seconds = epochSeconds(v);
            if (seconds == null || Math.abs(seconds) > 9.2e12) {
                return null;
            }
            return (long) Math.floor(seconds * 1_000_000d);
        }
        if (t instanceof DateType) {
            Double seconds = epochSeconds(v);
            if (seconds == null || Math.abs(seconds) > 1.8e14) {
                return null;
            }
            return (int) Math.floorDiv((long) Math.floor(seconds), 86400L);
        }
        if (t instanceof ArrayType) {
            return v instanceof ListValue ? array((ListValue) v, ((ArrayType) t).elementType()) : null;
        }
        if (t instanceof MapType) {
            return v instanceof ClassAdValue ? map((ClassAdValue) v, ((MapType) t).valueType()) : null;
        }
        if (t instanceof StructType) {
            return v instanceof ClassAdValue ? struct((ClassAdValue) v, (StructType) t) : null;
        }
        throw new IllegalArgumentException("the ClassAd conversions do not support " + t.simpleString());
    }

    private static Long integral(Value v, long min, long max) {
        long l;
        if (v instanceof IntegerValue) {
            l = ((IntegerValue) v).value();
        } else if (v instanceof RealValue) {
            double d = ((RealValue) v).value();
            // Long.MAX_VALUE is not exactly a double: compare against 2^63
            if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
                return null;
            }
            l = (long) d;
        } else if (v instanceof AbsTimeValue) {
            l = ((AbsTimeValue) v).seconds();
        } else {
            return null;
        }
        return l < min || l > max ? null : l;
    }

    private static Double real(Value v) {
        if (v instanceof IntegerValue) {
            return (double) ((IntegerValue) v).value();
        }
        if (v instanceof RealValue) {
            return ((RealValue) v).value();
        }
        if (v instanceof AbsTimeValue) {
            return (double) ((AbsTimeValue) v).seconds();
        }
        return null;
    }

    private static Decimal decimal(Value v, DecimalType t) {
        BigDecimal b;
        if (v instanceof IntegerValue) {
            b = BigDecimal.valueOf(((IntegerValue) v).value());
        } else if (v instanceof RealValue && Double.isFinite(((RealValue) v).value())) {
            b = BigDecimal.valueOf(((RealValue) v).value());
        } else {
            return null;
        }
        Decimal d = Decimal.apply(b);
        return d.changePrecision(t.precision(), t.scale()) ? d : null;
    }

    /** Seconds since the epoch of an absolute time, or of an integer or real holding them. */
    private static Double epochSeconds(Value v) {
        if (v instanceof AbsTimeValue) {
            return (double) ((AbsTimeValue) v).seconds();
        }
        if (v instanceof IntegerValue) {
            return (double) ((IntegerValue) v).value();
        }
        if (v instanceof RealValue && Double.isFinite(((RealValue) v).value())) {
            return ((RealValue) v).value();
        }
        return null;
    }

    private static ArrayData array(ListValue list, DataType elementType) {
        Scope scope = list.scope() == null ? EMPTY_SCOPE : list.scope();
        Object[] out = new Object[list.size()];
        int i = 0;
        for (Node n : list.elements()) {
            out[i++] = toSpark(Evaluator.run(n, scope, EVAL).value(), elementType);
        }
        return new GenericArrayData(out);
    }

    private static MapData map(ClassAdValue ad, DataType valueType) {
        List<ClassAd.Attribute> attrs = ad.ad().attributes();
        Object[] keys = new Object[attrs.size()];
        Object[] values = new Object[attrs.size()];
        int i = 0;
        for (ClassAd.Attribute a : attrs) {
            keys[i] = utf8(a.name());
            values[i++] = nested(a, ad.scope(), valueType);
        }
        return ArrayBasedMapData.apply(keys, values);
    }

    private static InternalRow struct(ClassAdValue ad, StructType t) {
        StructField[] fields = t.fields();
        Object[] out = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            ClassAd.Attribute a = ad.ad().attributeByKey(ClassAd.keyOf(fields[i].name()));
            out[i] = a == null ? null : nested(a, ad.scope(), fields[i].dataType());
        }
        return new GenericInternalRow(out);
    }

    private static Object nested(ClassAd.Attribute a, Scope scope, DataType t) {
        if (t instanceof StringType) {
            return expressionString(a.expr());
        }
        return toSpark(Evaluator.run(ClassAdAccess.node(a), scope, EVAL).value(), t);
    }

    // ------------------------------------------------------------------ Spark to ClassAd

    /**
     * A Spark internal value as a ClassAd value, for writing rows that have no whole-ad column:
     * text to strings, numbers to integers or reals, booleans, timestamps and dates to integer
     * seconds since the epoch, binary to byte strings, arrays to lists, maps and structs to
     * nested ads. {@code null} stays {@code null} (the attribute is left out).
     */
    static Value toClassAd(Object v, DataType t) {
        if (v == null) {
            return null;
        }
        if (t instanceof StringType) {
            return Value.ofBytes(byteString((UTF8String) v));
        }
        if (t instanceof BooleanType) {
            return Value.of((Boolean) v);
        }
        if (t instanceof LongType || t instanceof IntegerType || t instanceof ShortType || t instanceof ByteType) {
            return Value.of(((Number) v).longValue());
        }
        if (t instanceof DoubleType || t instanceof FloatType) {
            return Value.of(((Number) v).doubleValue());
        }
        if (t instanceof DecimalType) {
            Decimal d = (Decimal) v;
            BigDecimal b = d.toJavaBigDecimal();
            if (b.scale() <= 0 || b.stripTrailingZeros().scale() <= 0) {
                try {
                    return Value.of(b.longValueExact());
                } catch (ArithmeticException tooBig) {
                    return Value.of(b.doubleValue());
                }
            }
            return Value.of(b.doubleValue());
        }
        if (t instanceof BinaryType) {
            return Value.ofBytes(new String((byte[]) v, StandardCharsets.ISO_8859_1));
        }
        if (t instanceof TimestampType || t instanceof TimestampNTZType) {
            return Value.of(Math.floorDiv((Long) v, 1_000_000L));
        }
        if (t instanceof DateType) {
            return Value.of((Integer) v * 86400L);
        }
        if (t instanceof ArrayType) {
            ArrayData a = (ArrayData) v;
            DataType et = ((ArrayType) t).elementType();
            List<Value> out = new ArrayList<>(a.numElements());
            for (int i = 0; i < a.numElements(); i++) {
                Value e = toClassAd(a.isNullAt(i) ? null : a.get(i, et), et);
                out.add(e == null ? Value.UNDEFINED : e);
            }
            return ListValue.ofValues(out);
        }
        if (t instanceof MapType) {
            MapData m = (MapData) v;
            MapType mt = (MapType) t;
            ClassAd ad = new ClassAd();
            for (int i = 0; i < m.numElements(); i++) {
                Value e = toClassAd(m.valueArray().isNullAt(i) ? null : m.valueArray().get(i, mt.valueType()),
                        mt.valueType());
                if (e != null) {
                    ad.insert(byteString(m.keyArray().getUTF8String(i)), e);
                }
            }
            return new ClassAdValue(ClassAdAccess.scope(ad));
        }
        if (t instanceof StructType) {
            InternalRow r = (InternalRow) v;
            StructField[] fields = ((StructType) t).fields();
            ClassAd ad = new ClassAd();
            for (int i = 0; i < fields.length; i++) {
                Value e = toClassAd(r.isNullAt(i) ? null : r.get(i, fields[i].dataType()), fields[i].dataType());
                if (e != null) {
                    ad.insert(fields[i].name(), e);
                }
            }
            return new ClassAdValue(ClassAdAccess.scope(ad));
        }
        throw new IllegalArgumentException("cannot write a " + t.simpleString() + " column as a ClassAd value");
    }
}
