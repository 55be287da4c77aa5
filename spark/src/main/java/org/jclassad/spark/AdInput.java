package org.jclassad.spark;

import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The input rows of the distributed router, transform and matchmaker: the whole ad, then where it
 * came from ({@code _source}, {@code _ordinal}) when the dataset has those columns, else NULLs.
 */
final class AdInput {
    private AdInput() {
    }

    /** The dataset narrowed to the three columns. */
    static Dataset<Row> select(Dataset<Row> ads, String adColumn) {
        List<String> columns = List.of(ads.columns());
        if (!columns.contains(adColumn)) {
            throw new IllegalArgumentException("the dataset has no whole-ad column '" + adColumn + "' (columns: "
                    + columns + ")");
        }
        return ads.select(functions.col(adColumn),
                columns.contains("_source") ? functions.col("_source") : functions.lit(null).cast("string"),
                columns.contains("_ordinal") ? functions.col("_ordinal") : functions.lit(null).cast("long"));
    }

    static String source(Row r) {
        return r.isNullAt(1) ? null : r.getString(1);
    }

    static Long ordinal(Row r) {
        return r.isNullAt(2) ? null : r.getLong(2);
    }

    /** What a distributed job makes of one input row. */
    interface RowFunction {
        /** {@code ad} is {@code null} for a row without an ad. */
        Row apply(byte[] ad, String source, Long ordinal);
    }

    /** The rows {@code f} makes of the input rows, one for one, lazily. */
    static Iterator<Row> map(Iterator<Row> rows, RowFunction f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                return f.apply(r.isNullAt(0) ? null : r.getAs(0), source(r), ordinal(r));
            }
        };
    }
}
