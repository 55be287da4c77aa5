package org.jclassad.transform.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jclassad.ClassAd;
import org.jclassad.ast.Position;
import org.jclassad.ast.RecordExpr;
import org.jclassad.io.JsonReader;
import org.jclassad.io.JsonWriter;
import org.jclassad.io.LongFormReader;
import org.jclassad.parse.ExprParser;
import org.jclassad.parse.ParseOptions;
import org.jclassad.unparse.Unparser;
import org.jclassad.value.BooleanValue;
import org.jclassad.value.IntegerValue;
import org.jclassad.value.RealValue;
import org.jclassad.value.StringValue;

/**
 * The ad file formats of HTCondor's tools ({@code -in:fmt}, {@code -out:fmt}): long, json,
 * jsonl, xml, new, newl and auto. Reading and writing are whole-file and small; the streaming
 * readers of the core serve big inputs.
 */
public enum AdFormat {
    LONG, JSON, JSONL, XML, NEW, NEWL, AUTO;

    public static AdFormat parse(String s, AdFormat fallback) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "long":
                return LONG;
            case "json":
                return JSON;
            case "jsonl":
                return JSONL;
            case "xml":
                return XML;
            case "new":
                return NEW;
            case "newl":
                return NEWL;
            case "auto":
                return AUTO;
            default:
                return fallback;
        }
    }

    /** Guesses the format of file text, as HTCondor's auto mode does. */
    public static AdFormat detect(String text) {
        int i = skipSpace(text, 0);
        if (i >= text.length()) {
            return LONG;
        }
        char c = text.charAt(i);
        if (text.startsWith("<?xml", i)) {
            return XML;
        }
        int nl = text.indexOf('\n', i);
        String firstLine = (nl < 0 ? text.substring(i) : text.substring(i, nl)).strip();
        int j = skipSpace(text, i + 1);
        if (c == '[' && j < text.length() && text.charAt(j) == '{') {
            return JSON;
        }
        if (c == '{' && j < text.length() && text.charAt(j) == '[') {
            return NEW;
        }
        if (c == '{' && firstLine.endsWith("}")) {
            return JSONL;
        }
        if (c == '[' && firstLine.endsWith("]")) {
            return NEWL;
        }
        return LONG;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The ads read before the first error, and the error (or {@code null}). */
    public record ReadResult(List<ClassAd> ads, String error) {
    }

    /** Reads every ad of {@code text} (a byte string) in this format. */
    public ReadResult read(String text) {
        AdFormat f = this == AUTO ? detect(text) : this;
        List<ClassAd> ads = new ArrayList<>();
        try {
            switch (f) {
                case LONG:
                    return readLong(text);
                case JSON:
                case JSONL:
                    for (String obj : chunks(text, '{', '}')) {
                        ads.add(JsonReader.parseAd(obj, ParseOptions.defaults()));
                    }
                    break;
                case NEW:
                case NEWL:
                    for (String rec : chunks(text, '[', ']')) {
                        RecordExpr r = ExprParser.parseRecord(rec, ParseOptions.defaults());
                        ads.add(ClassAd.fromRecord(r, new org.jclassad.eval.Planner(
                                org.jclassad.eval.FunctionRegistry.global())));
                    }
                    break;
                default:
                    return new ReadResult(ads, "XML input is not supported");
            }
        } catch (RuntimeException e) {
            return new ReadResult(ads, e.getMessage());
        }
        return new ReadResult(ads, null);
    }

    private static ReadResult readLong(String text) {
        List<ClassAd> ads = new ArrayList<>();
        ClassAd ad = new ClassAd();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                if (ad.size() > 0) {
                    ads.add(ad);
                    ad = new ClassAd();
                }
                continue;
            }
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                LongFormReader.addLine(ad, line, i + 1, ParseOptions.defaults());
            } catch (RuntimeException e) {
                return new ReadResult(ads, "line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (ad.size() > 0) {
            ads.add(ad);
        }
        return new ReadResult(ads, null);
    }

    /** Top-level {@code open ... close} chunks, skipping strings; nested ones included in their parent. */
    private static List<String> chunks(String text, char open, char close) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        char quote = 0;
        boolean outerList = false;
        int i = 0;
        int first = skipSpace(text, 0);
        if (first < text.length()) {
            char c0 = text.charAt(first);
            if ((open == '{' && c0 == '[') || (open == '[' && c0 == '{')) {
                outerList = true;
                i = first + 1;
            }
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || (c == '\'' && open == '[')) {
                quote = c;
                continue;
            }
            if (c == open || (depth > 0 && (c == '[' || c == '{'))) {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (depth > 0 && (c == close || c == ']' || c == '}')) {
                depth--;
                if (depth == 0) {
                    out.add(text.substring(start, i + 1));
                }
            } else if (depth == 0 && outerList && (c == ']' || c == '}')) {
                break;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    private static final String[] PRIVATE = {"capability", "claimid", "claimids", "claimidlist", "childclaimids",
        "transferkey"};

    static boolean isPrivate(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        for (String p : PRIVATE) {
            if (p.equals(k)) {
                return true;
            }
        }
        return k.startsWith("_condor_priv");
    }

    /** Attributes to print: private ones dropped, sorted by lower-cased name (or by bytes for nosort). */
    static List<ClassAd.Attribute> printable(ClassAd ad, boolean nosort) {
        List<ClassAd.Attribute> list = new ArrayList<>();
        for (ClassAd.Attribute a : ad.attributes()) {
            if (!isPrivate(a.name())) {
                list.add(a);
            }
        }
        if (nosort) {
            list.sort((a, b) -> a.name().compareTo(b.name()));
        } else {
            list.sort((a, b) -> a.name().toLowerCase(Locale.ROOT).compareTo(b.name().toLowerCase(Locale.ROOT)));
        }
        return list;
    }

    public String header() {
        switch (this) {
            case JSON:
                return "[\n";
            case NEW:
                return "{\n";
            case XML:
                return "<?xml version=\"1.0\"?>\n<!DOCTYPE classads SYSTEM \"classads.dtd\">\n<classads>\n";
            default:
                return "";
        }
    }

    public String separator() {
        return this == JSON || this == NEW ? ",\n" : "";
    }

    public String footer(boolean any) {
        switch (this) {
            case JSON:
                return "]\n";
            case NEW:
                return "}\n";
            case XML:
                return "</classads>\n";
            default:
                return "";
        }
    }

    /** One ad's text; empty for an ad with nothing to print. */
    public String write(ClassAd ad, boolean nosort) {
        List<ClassAd.Attribute> attrs = printable(ad, nosort);
        if (attrs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        switch (this) {
            case JSON:
            case JSONL: {
                boolean pretty = this == JSON;
                b.append('{');
                for (int i = 0; i < attrs.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    if (pretty) {
                        b.append("\n  ");
                    }
                    String key = JsonWriter.write(org.jclassad.ast.Literal.of(
                            org.jclassad.value.Value.ofBytes(attrs.get(i).name())), false);
                    b.append(key).append(": ");
                    String v = JsonWriter.write(attrs.get(i).expr(), pretty);
                    b.append(pretty ? v.replace("\n", "\n  ") : v);
                }
                b.append(pretty ? "\n}" : "}");
                b.append('\n');
                return b.toString();
            }
            case NEW:
            case NEWL: {
                b.append("[ ");
                for (int i = 0; i < attrs.size(); i++) {
                    ClassAd.Attribute a = attrs.get(i);
                    String one = Unparser.newSyntax(new RecordExpr(
                            List.of(new RecordExpr.Attribute(a.name(), a.expr())), Position.NONE));
                    if (i > 0) {
                        b.append("; ");
                    }
                    b.append(one, 2, one.length() - 2);
                }
                b.append(" ]\n");
                return b.toString();
            }
            case XML: {
                b.append("<c>\n");
                for (ClassAd.Attribute a : attrs) {
                    b.append("    <a n=\"").append(xml(a.name())).append("\">").append(xmlValue(a)).append("</a>\n");
                }
                b.append("</c>\n");
                return b.toString();
            }
            default: {
                for (ClassAd.Attribute a : attrs) {
                    b.append(a.name()).append(" = ").append(Unparser.oldSyntax(a.expr())).append('\n');
                }
                b.append('\n');
                return b.toString();
            }
        }
    }

    private static String xmlValue(ClassAd.Attribute a) {
        if (a.expr() instanceof org.jclassad.ast.Literal lit) {
            if (lit.value() instanceof StringValue s) {
                return "<s>" + xml(s.bytes()) + "</s>";
            }
            if (lit.value() instanceof IntegerValue i) {
                return "<i>" + i.value() + "</i>";
            }
            if (lit.value() instanceof RealValue r) {
                return "<r>" + Unparser.oldSyntax(r) + "</r>";
            }
            if (lit.value() instanceof BooleanValue bv) {
                return "<b v=\"" + (bv == org.jclassad.value.Value.TRUE ? "t" : "f") + "\"/>";
            }
            if (lit.value().isUndefined()) {
                return "<un/>";
            }
            if (lit.value().isError()) {
                return "<er/>";
            }
        }
        return "<e>" + xml(Unparser.oldSyntax(a.expr())) + "</e>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
