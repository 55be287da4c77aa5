package org.jclassad.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.ClassAd;
import org.jclassad.format.JsonWriter;

/**
 * Machine-readable results of the commands, as JSON: an object is built with {@link #put} and
 * printed on one line by {@link #toString()} (JSON Lines when written one per line). Values may be
 * {@code null}, strings, numbers, booleans, maps, lists, other {@code JsonText} objects and
 * {@link ClassAd}s (written in HTCondor's JSON form by core's {@link JsonWriter}). Strings are
 * the library's byte strings and pass through unchanged (write them on an ISO-8859-1 stream).
 *
 * <pre>{@code
 * out.println(JsonText.object().put("job", "12.0").put("route", "CE_A").put("ad", routedAd));
 * }</pre>
 */
final class JsonText {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonText() {
    }

    static JsonText object() {
        return new JsonText();
    }

    /** Adds (or replaces) a field; returns this object. */
    JsonText put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        value(b, this);
        return b.toString();
    }

    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof ClassAd ad) {
            b.append(JsonWriter.write(ad, false));
        } else if (v instanceof JsonText o) {
            value(b, o.fields);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                quote(b, String.valueOf(e.getKey()));
                b.append(':');
                value(b, e.getValue());
                if (it.hasNext()) {
                    b.append(',');
                }
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                value(b, l.get(i));
            }
            b.append(']');
        } else {
            quote(b, v.toString());
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
