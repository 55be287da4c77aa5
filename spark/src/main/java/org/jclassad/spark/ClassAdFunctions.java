package org.jclassad.spark;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.evaluation.EvalOptions;
import org.jclassad.io.AdFormat;
import org.jclassad.io.AdParseException;
import org.jclassad.io.AdStreamOptions;
import org.jclassad.io.AdStreamReader;
import org.jclassad.io.AdStreamWriter;
import org.jclassad.io.AdStreams;
import org.jclassad.eval.MatchClassAd;
import org.jclassad.parse.ParseException;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.Value;

/**
 * ClassAd functions for Spark SQL, registered in a session with one call:
 *
 * <pre>{@code
 * ClassAdFunctions.register(spark);
 * spark.sql("SELECT Owner, count(*) FROM history "
 *         + "WHERE classad_eval('ExitCode != 0 && RemoteWallClockTime > 3600', ad) GROUP BY Owner");
 * }</pre>
 *
 * <table>
 * <caption>The functions ({@code ad}: the whole-ad column, binary)</caption>
 * <tr><td>{@code classad_eval(expr, ad)}</td><td>boolean: true when {@code expr} is true (or a non-zero number) in the ad,
 *     as {@code condor_q -constraint} tests</td></tr>
 * <tr><td>{@code classad_eval_long/_double/_string/_bool/_timestamp(expr, ad)}</td><td>the value, converted by the
 *     data source's rules (NULL when undefined, error or not convertible)</td></tr>
 * <tr><td>{@code classad_value(expr, ad)}</td><td>the value in ClassAd syntax ({@code "x"}, {@code 3}, {@code undefined})</td></tr>
 * <tr><td>{@code classad_match(job, slot)}</td><td>symmetric match: each ad's {@code Requirements} true with the other as TARGET</td></tr>
 * <tr><td>{@code classad_rank(ad, target)}</td><td>the ad's {@code Rank} of the target, as the negotiator reads it</td></tr>
 * <tr><td>{@code classad_attr(ad, name)}</td><td>an attribute as a string column holds it</td></tr>
 * <tr><td>{@code classad_attributes(ad)}</td><td>the attribute names</td></tr>
 * <tr><td>{@code classad_set(ad, name, expr)}</td><td>the ad with {@code name = expr} (NULL expr: without {@code name})</td></tr>
 * <tr><td>{@code classad_parse(text)}, {@code classad_parse_error(text)}</td><td>an ad from new-syntax, long-format or JSON text
 *     (NULL when it does not parse), and why not ({@code line:column: reason})</td></tr>
 * <tr><td>{@code classad_unparse(ad, format)}</td><td>the ad as text: {@code new}, {@code long} or {@code json}</td></tr>
 * </table>
 *
 * Expressions are new-syntax text; each distinct text is parsed and planned once per task, not
 * per row. From PySpark: {@code spark._jvm.org.jclassad.spark.ClassAdFunctions.register(spark._jsparkSession)}.
 */
public final class ClassAdFunctions {
    private ClassAdFunctions() {
    }

    /** Registers every function in the session; returns their names. */
    public static List<String> register(SparkSession spark) {
        List<String> names = new ArrayList<>();
        Registrar r = new Registrar(spark, names);
        r.add2("classad_eval", new Eval(), DataTypes.BooleanType);
        r.add2("classad_eval_bool", new EvalAs(DataTypes.BooleanType), DataTypes.BooleanType);
        r.add2("classad_eval_long", new EvalAs(DataTypes.LongType), DataTypes.LongType);
        r.add2("classad_eval_double", new EvalAs(DataTypes.DoubleType), DataTypes.DoubleType);
        r.add2("classad_eval_string", new EvalAs(DataTypes.StringType), DataTypes.StringType);
        r.add2("classad_eval_timestamp", new EvalAs(DataTypes.TimestampType), DataTypes.TimestampType);
        r.add2("classad_value", new ValueText(), DataTypes.StringType);
        r.add2("classad_match", new Match(), DataTypes.BooleanType);
        r.add2("classad_rank", new Rank(), DataTypes.DoubleType);
        r.add2("classad_attr", new Attr(), DataTypes.StringType);
        spark.udf().register("classad_attributes", new Attributes(),
                DataTypes.createArrayType(DataTypes.StringType, false));
        names.add("classad_attributes");
        spark.udf().register("classad_set", new SetAttr(), DataTypes.BinaryType);
        names.add("classad_set");
        spark.udf().register("classad_parse", new Parse(), DataTypes.BinaryType);
        names.add("classad_parse");
        spark.udf().register("classad_parse_error", new ParseError(), DataTypes.StringType);
        names.add("classad_parse_error");
        r.add2("classad_unparse", new Unparse(), DataTypes.StringType);
        return names;
    }

    private record Registrar(SparkSession spark, List<String> names) {
        void add2(String name, UDF2<?, ?, ?> f, DataType type) {
            spark.udf().register(name, f, type);
            names.add(name);
        }
    }

    /** A function's per-task state (see {@link TaskMemo}). */
    private abstract static class Memoised implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private transient TaskMemo memo;

        final TaskMemo memo() {
            memo = TaskMemo.of(memo);
            return memo;
        }
    }

    static final class Eval extends Memoised implements UDF2<String, byte[], Boolean> {
        @Override
        public Boolean call(String expr, byte[] ad) {
            return expr == null || ad == null ? null : memo().isTrue(expr, ad);
        }
    }

    /** The expression's value converted to one type by the data source's rules, as Spark's external value. */
    static final class EvalAs extends Memoised implements UDF2<String, byte[], Object> {
        private final DataType type;

        EvalAs(DataType type) {
            this.type = type;
        }

        @Override
        public Object call(String expr, byte[] ad) {
            if (expr == null || ad == null) {
                return null;
            }
            return external(Conversions.toSpark(memo().evaluate(expr, ad), type), type);
        }

        private static Object external(Object internal, DataType type) {
            if (internal == null) {
                return null;
            }
            if (type == DataTypes.StringType) {
                return internal.toString();
            }
            if (type == DataTypes.TimestampType) {
                long micros = (Long) internal;
                java.sql.Timestamp t = new java.sql.Timestamp(Math.floorDiv(micros, 1000L));
                t.setNanos((int) Math.floorMod(micros, 1_000_000L) * 1000);
                return t;
            }
            return internal;
        }
    }

    static final class ValueText extends Memoised implements UDF2<String, byte[], String> {
        @Override
        public String call(String expr, byte[] ad) {
            if (expr == null || ad == null) {
                return null;
            }
            return Value.fromByteString(Unparser.oldSyntax(memo().evaluate(expr, ad)));
        }
    }

    static final class Match extends Memoised implements UDF2<byte[], byte[], Boolean> {
        @Override
        public Boolean call(byte[] left, byte[] right) {
            if (left == null || right == null) {
                return null;
            }
            TaskMemo m = memo();
            return new MatchClassAd(m.decode(left), m.decode(right), EvalOptions.defaults()).symmetricMatch();
        }
    }

    static final class Rank extends Memoised implements UDF2<byte[], byte[], Double> {
        @Override
        public Double call(byte[] ad, byte[] target) {
            if (ad == null || target == null) {
                return null;
            }
            TaskMemo m = memo();
            return MatchClassAd.rankOf(new MatchClassAd(m.decode(ad), m.decode(target), EvalOptions.defaults()).leftRank());
        }
    }

    static final class Attr extends Memoised implements UDF2<byte[], String, String> {
        @Override
        public String call(byte[] ad, String name) {
            if (ad == null || name == null) {
                return null;
            }
            ClassAd.Attribute a = memo().decode(ad).attributeByKey(ClassAd.keyOf(Value.toByteString(name)));
            if (a == null) {
                return null;
            }
            UTF8String s = Conversions.expressionString(a.expr());
            return s == null ? null : s.toString();
        }
    }

    static final class Attributes extends Memoised implements UDF1<byte[], List<String>> {
        @Override
        public List<String> call(byte[] ad) {
            if (ad == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (ClassAd.Attribute a : memo().decode(ad).attributes()) {
                out.add(Value.fromByteString(a.name()));
            }
            return out;
        }
    }

    static final class SetAttr extends Memoised implements UDF3<byte[], String, String, byte[]> {
        @Override
        public byte[] call(byte[] ad, String name, String expr) {
            if (ad == null || name == null) {
                return ad;
            }
            TaskMemo m = memo();
            ClassAd a = m.decode(ad);
            String key = Value.toByteString(name);
            if (expr == null) {
                a.remove(key);
            } else {
                ClassAdAccess.bind(a, key, m.expression(expr));
            }
            return m.encode(a);
        }
    }

    /** Reads the one ad a text holds, in new syntax, long format or JSON (the core's detection). */
    static ClassAd parseOne(String text) {
        String t = Value.toByteString(text);
        try (AdStreamReader r = AdStreams.open(new java.io.StringReader(t), null, AdStreamOptions.defaults())) {
            if (!r.hasNext()) {
                throw new AdParseException(1, 1, 1, "no ad in the text");
            }
            ClassAd ad = r.next();
            if (r.hasNext()) {
                throw new AdParseException(2, r.lastAdLine(), 1, "more than one ad in the text");
            }
            return ad;
        }
    }

    static final class Parse extends Memoised implements UDF1<String, byte[]> {
        @Override
        public byte[] call(String text) {
            if (text == null) {
                return null;
            }
            try {
                return memo().encode(parseOne(text));
            } catch (AdParseException | ParseException e) {
                return null;
            }
        }
    }

    static final class ParseError implements UDF1<String, String> {
        @Override
        public String call(String text) {
            if (text == null) {
                return null;
            }
            try {
                parseOne(text);
                return null;
            } catch (AdParseException e) {
                return e.line() + ":" + e.column() + ": " + Value.fromByteString(e.reason());
            } catch (ParseException e) {
                return e.line() + ":" + e.column() + ": " + Value.fromByteString(e.reason());
            }
        }
    }

    static final class Unparse extends Memoised implements UDF2<byte[], String, String> {
        @Override
        public String call(byte[] ad, String format) {
            if (ad == null || format == null) {
                return null;
            }
            ClassAd a = memo().decode(ad);
            AdFormat f;
            switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "new":
                    return a.toString();
                case "long":
                    f = AdFormat.LONG;
                    break;
                case "json":
                    f = AdFormat.JSONL;
                    break;
                default:
                    throw new IllegalArgumentException("classad_unparse: format must be new, long or json, not '" + format + "'");
            }
            StringWriter out = new StringWriter();
            AdStreamWriter w = new AdStreamWriter(out, f).includePrivate(true);
            w.write(a);
            w.finish();
            return Value.fromByteString(out.toString().stripTrailing());
        }
    }
}
