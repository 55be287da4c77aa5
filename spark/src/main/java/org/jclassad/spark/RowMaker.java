package org.jclassad.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jclassad.ClassAd;

/**
 * Makes the data source's rows: per column, where its value comes from (the source's own columns
 * {@code _source}, {@code _ordinal}, {@code _corrupt_record} and the whole-ad column, or an
 * attribute through the conversion rules), decided once for the schema.
 */
final class RowMaker {
    private enum Kind { SOURCE, ORDINAL, CORRUPT, AD, ATTRIBUTE }

    private final Kind[] kinds;
    private final Conversions.AttributeReader[] attributes;
    private final AdEncoder encoder = new AdEncoder().handingOff();

    RowMaker(StructType schema, SourceOptions o) {
        StructField[] fields = schema.fields();
        kinds = new Kind[fields.length];
        attributes = new Conversions.AttributeReader[fields.length];
        for (int i = 0; i < fields.length; i++) {
            kinds[i] = kindOf(fields[i], o);
            if (kinds[i] == Kind.ATTRIBUTE) {
                attributes[i] = Conversions.attribute(fields[i].name(), fields[i].dataType());
            }
        }
    }

    /**
     * Checks that every column can be filled: the source's own columns with their types, and
     * attribute columns of types the conversion rules cover.
     *
     * @throws IllegalArgumentException naming the column
     */
    static void check(StructType schema, SourceOptions o) {
        for (StructField f : schema.fields()) {
            kindOf(f, o);
        }
    }

    private static Kind kindOf(StructField f, SourceOptions o) {
        String key = ClassAd.keyOf(f.name());
        DataType t = f.dataType();
        if (key.equals(ClassAd.keyOf(o.sourceColumn))) {
            return expect(f, t instanceof StringType, "string", Kind.SOURCE);
        }
        if (key.equals(ClassAd.keyOf(o.ordinalColumn))) {
            return expect(f, t instanceof LongType, "bigint", Kind.ORDINAL);
        }
        if (key.equals(ClassAd.keyOf(o.corruptColumn))) {
            return expect(f, t instanceof StringType, "string", Kind.CORRUPT);
        }
        if (o.hasAdColumn() && key.equals(ClassAd.keyOf(o.adColumn))) {
            return expect(f, t instanceof BinaryType, "binary", Kind.AD);
        }
        if (!Conversions.supported(t)) {
            throw new IllegalArgumentException("classad: column " + f.name() + " has type " + t.simpleString()
                    + ", which ClassAd values do not convert to (see the conversion rules)");
        }
        return Kind.ATTRIBUTE;
    }

    private static Kind expect(StructField f, boolean ok, String type, Kind kind) {
        if (!ok) {
            throw new IllegalArgumentException("classad: column " + f.name() + " must be of type " + type + ", not "
                    + f.dataType().simpleString());
        }
        return kind;
    }

    /** The row of an ad, or of a malformed ad ({@code ad} null, {@code error} its place and reason). */
    InternalRow row(UTF8String source, long ordinal, ClassAd ad, String error) {
        Object[] values = new Object[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case SOURCE:
                    values[i] = source;
                    break;
                case ORDINAL:
                    values[i] = ordinal;
                    break;
                case CORRUPT:
                    values[i] = error == null ? null : UTF8String.fromString(error);
                    break;
                case AD:
                    values[i] = ad == null ? null : encoder.encode(ad);
                    break;
                default:
                    values[i] = ad == null ? null : attributes[i].read(ad);
            }
        }
        return new GenericInternalRow(values);
    }
}
