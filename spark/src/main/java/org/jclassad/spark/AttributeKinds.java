package org.jclassad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.jclassad.ClassAd;
import org.jclassad.ast.Expr;
import org.jclassad.ast.ListExpr;
import org.jclassad.ast.Literal;
import org.jclassad.value.AbsTimeValue;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.eval.ListValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.RelTimeValue;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * What the sampled ads hold per attribute, for schema inference: the kinds of the literal values
 * seen, merged across ads. Integers with reals make a double; anything that is not a literal
 * (an expression such as {@code Requirements}), a nested ad, or a mix of kinds makes a string
 * column, which holds every attribute losslessly as text. Names keep their first spelling and
 * are compared case-insensitively, as ClassAd names are.
 */
final class AttributeKinds implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One attribute's kind. */
    enum Tag { NONE, BOOLEAN, INTEGER, REAL, STRING, TIMESTAMP, LIST }

    /** A kind: a tag, and for lists the kind of their elements. */
    static final class Kind implements Serializable {
        private static final long serialVersionUID = 1L;
        static final Kind NONE = new Kind(Tag.NONE, null);
        static final Kind BOOLEAN = new Kind(Tag.BOOLEAN, null);
        static final Kind INTEGER = new Kind(Tag.INTEGER, null);
        static final Kind REAL = new Kind(Tag.REAL, null);
        static final Kind STRING = new Kind(Tag.STRING, null);
        static final Kind TIMESTAMP = new Kind(Tag.TIMESTAMP, null);

        final Tag tag;
        final Kind element;

        private Kind(Tag tag, Kind element) {
            this.tag = tag;
            this.element = element;
        }

        static Kind listOf(Kind element) {
            return new Kind(Tag.LIST, element);
        }

        Kind merge(Kind o) {
            if (tag == Tag.NONE) {
                return o;
            }
            if (o.tag == Tag.NONE || equals(o)) {
                return this;
            }
            if ((tag == Tag.INTEGER && o.tag == Tag.REAL) || (tag == Tag.REAL && o.tag == Tag.INTEGER)) {
                return REAL;
            }
            if (tag == Tag.LIST && o.tag == Tag.LIST) {
                return listOf(element.merge(o.element));
            }
            return STRING;
        }

        DataType dataType() {
            switch (tag) {
                case BOOLEAN:
                    return DataTypes.BooleanType;
                case INTEGER:
                    return DataTypes.LongType;
                case REAL:
                    return DataTypes.DoubleType;
                case TIMESTAMP:
                    return DataTypes.TimestampType;
                case LIST:
                    return DataTypes.createArrayType(element.dataType(), true);
                default:
                    return DataTypes.StringType;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kind && ((Kind) o).tag == tag && Objects.equals(((Kind) o).element, element);
        }

        @Override
        public int hashCode() {
            return tag.hashCode() * 31 + Objects.hashCode(element);
        }
    }

    /** By lower-case key: the first spelling and the merged kind. */
    private final Map<String, String> spelling = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private long ads;

    /** Adds what one ad holds. */
    void add(ClassAd ad) {
        ads++;
        for (ClassAd.Attribute a : ad.attributes()) {
            put(a.name(), kindOf(a.expr()));
        }
    }

    private void put(String name, Kind kind) {
        String key = ClassAd.keyOf(name);
        spelling.putIfAbsent(key, name);
        kinds.merge(key, kind, Kind::merge);
    }

    /** Adds what another sample saw. */
    AttributeKinds merge(AttributeKinds other) {
        ads += other.ads;
        for (Map.Entry<String, Kind> e : other.kinds.entrySet()) {
            put(other.spelling.get(e.getKey()), e.getValue());
        }
        return this;
    }

    /** Ads sampled. */
    long ads() {
        return ads;
    }

    /**
     * The inferred columns, sorted by name ignoring case; names in {@code reserved} (lower-case
     * keys of the source's own columns) are left out, as are those not in {@code only} when given.
     */
    List<Map.Entry<String, DataType>> columns(Set<String> reserved, Set<String> only) {
        List<Map.Entry<String, DataType>> out = new ArrayList<>();
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            String key = e.getKey();
            if (reserved.contains(key) || (only != null && !only.contains(key))) {
                continue;
            }
            out.add(Map.entry(spelling.get(key), e.getValue().dataType()));
        }
        out.sort((x, y) -> {
            int c = ClassAd.keyOf(x.getKey()).compareTo(ClassAd.keyOf(y.getKey()));
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        return out;
    }

    /** The kind of an attribute as written: literals by their value, lists by their elements, anything else text. */
    static Kind kindOf(Expr e) {
        if (e instanceof Literal) {
            return kindOf(((Literal) e).value());
        }
        if (e instanceof ListExpr) {
            Kind element = Kind.NONE;
            for (Expr x : ((ListExpr) e).elements()) {
                Kind k = kindOf(x);
                if (k.tag == Tag.LIST) {
                    return Kind.STRING;
                }
                element = element.merge(k);
            }
            return Kind.listOf(element);
        }
        return Kind.STRING;
    }

    private static Kind kindOf(Value v) {
        if (v.isUndefined() || v.isError()) {
            return Kind.NONE;
        }
        if (v instanceof BooleanValue) {
            return Kind.BOOLEAN;
        }
        if (v instanceof IntegerValue) {
            return Kind.INTEGER;
        }
        if (v instanceof RealValue || v instanceof RelTimeValue) {
            return Kind.REAL;
        }
        if (v instanceof AbsTimeValue) {
            return Kind.TIMESTAMP;
        }
        if (v instanceof ListValue) {
            Kind element = Kind.NONE;
            for (org.jclassad.eval.Node n : ((ListValue) v).elements()) {
                Kind k = kindOf(n.source());
                if (k.tag == Tag.LIST) {
                    return Kind.STRING;
                }
                element = element.merge(k);
            }
            return Kind.listOf(element);
        }
        if (v instanceof StringValue) {
            return Kind.STRING;
        }
        return Kind.STRING;
    }
}
