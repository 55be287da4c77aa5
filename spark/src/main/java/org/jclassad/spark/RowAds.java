package org.jclassad.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jclassad.ClassAd;
import org.jclassad.value.Value;

/**
 * The ad a row stands for when it is written: the whole-ad column decoded when the rows have one
 * (other columns are then ignored: the ad is the record), else an ad built from the columns
 * through the conversion rules, NULLs left out. The source's own columns ({@code _source},
 * {@code _ordinal}, {@code _corrupt_record}) are never attributes.
 */
final class RowAds {
    private final int adIndex;
    private final List<Integer> columns = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<DataType> types = new ArrayList<>();
    private final AdDecoder decoder = new AdDecoder().takingHandOffs();

    RowAds(StructType schema, SourceOptions o) {
        StructField[] fields = schema.fields();
        int ad = -1;
        for (int i = 0; i < fields.length; i++) {
            if (o.hasAdColumn() && ClassAd.keyOf(fields[i].name()).equals(ClassAd.keyOf(o.adColumn))
                    && fields[i].dataType() instanceof BinaryType) {
                ad = i;
            }
        }
        adIndex = ad;
        if (ad < 0) {
            for (int i = 0; i < fields.length; i++) {
                if (o.reservedKeys().contains(ClassAd.keyOf(fields[i].name()))) {
                    continue;
                }
                if (!Conversions.supported(fields[i].dataType())) {
                    throw new IllegalArgumentException("classad: column " + fields[i].name() + " of type "
                            + fields[i].dataType().simpleString() + " cannot be written as a ClassAd attribute");
                }
                columns.add(i);
                names.add(fields[i].name());
                types.add(fields[i].dataType());
            }
        }
    }

    /** Whether the rows carry whole ads. */
    boolean fromAdColumn() {
        return adIndex >= 0;
    }

    /** The row's ad, or {@code null} when it has none (a malformed ad read in PERMISSIVE mode). */
    ClassAd ad(InternalRow row) {
        if (adIndex >= 0) {
            return row.isNullAt(adIndex) ? null : decoder.decode(row.getBinary(adIndex));
        }
        ClassAd ad = new ClassAd();
        for (int k = 0; k < columns.size(); k++) {
            int i = columns.get(k);
            if (row.isNullAt(i)) {
                continue;
            }
            Value v = Conversions.toClassAd(row.get(i, types.get(k)), types.get(k));
            if (v != null) {
                ad.insert(names.get(k), v);
            }
        }
        return ad;
    }
}
