package org.jclassad.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.format.JsonWriter;
import org.jclassad.format.OldSyntaxWriter;
import org.jclassad.format.XmlWriter;
import org.jclassad.text.ByteStringWriter;
import org.jclassad.unparse.Syntax;
import org.jclassad.unparse.Unparser;

/**
 * Writes a stream of ads as HTCondor's list writer does ({@code condor_q -long}, {@code -long:new},
 * {@code -json}, {@code -long:jsonl}, {@code -xml}, §6.7):
 *
 * <ul>
 * <li>{@link AdFormat#LONG}: per ad, {@code Name = <old syntax>} lines and a blank line;</li>
 * <li>{@link AdFormat#NEW}: <code>{</code>, one-line new-syntax ads separated by {@code ,} lines, <code>}</code>;</li>
 * <li>{@link AdFormat#NEWL}: one new-syntax ad per line;</li>
 * <li>{@link AdFormat#JSON}: {@code [}, pretty JSON ads separated by {@code ,} lines, {@code ]};</li>
 * <li>{@link AdFormat#JSONL}: one-line JSON per ad;</li>
 * <li>{@link AdFormat#XML}: the XML file header, ads with non-compact spacing, {@code </classads>}.</li>
 * </ul>
 *
 * Attributes are sorted case-insensitively (or by byte order, as {@code sPrintAd}), a chained
 * parent's attributes are included, and private attributes ({@code ClaimId}, {@code Capability}...)
 * are left out unless asked for. Ads with no attributes are not written. Output is a byte string
 * per char: write to a stream with {@link #to(OutputStream, AdFormat)}, which uses ISO-8859-1.
 *
 * <p>Call {@link #finish()} (or {@link #close()}) to write the closing bracket or tag.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * try (AdStreamWriter w = new AdStreamWriter(out, AdFormat.LONG)) {
 *     w.write(ClassAd.parse("[ Owner = \"alice\"; ClaimId = \"secret\"; Cpus = 2 ]"));
 * }
 * String text = out.toString();                              // "Cpus = 2\nOwner = \"alice\"\n\n": ClaimId is private
 * if (!text.equals("Cpus = 2\nOwner = \"alice\"\n\n")) throw new AssertionError(text);
 * }</pre>
 */
public final class AdStreamWriter implements Closeable, Flushable {
    /**
     * The order attributes are written in.
     *
     * <pre>{@code
     * ClassAd ad = ClassAd.parse("[ b = 1; A = 2 ]");
     * StringWriter bytes = new StringWriter();
     * try (AdStreamWriter w = new AdStreamWriter(bytes, AdFormat.NEWL).order(AdStreamWriter.Order.BYTES)) {
     *     w.write(ad);                                           // A before b: upper case first
     * }
     * if (bytes.toString().indexOf("A = 2") > bytes.toString().indexOf("b = 1")) throw new AssertionError(bytes);
     * }</pre>
     */
    public enum Order {
        /** Case-insensitive, as HTCondor's list writer ({@code condor_q -long}). */
        CASE_INSENSITIVE,
        /** By bytes, upper case first, as {@code sPrintAd}. */
        BYTES,
        /** The ad's own order (length, then name). */
        AD
    }

    private static final Set<String> PRIVATE = Set.of("capability", "childclaimids", "claimid", "claimidlist",
            "claimids", "transferkey");
    private static final String PRIVATE_PREFIX = "_condor_priv";
    /** The first letters (both cases) of the private names and of {@link #PRIVATE_PREFIX}. */
    private static final String PRIVATE_INITIALS = initials();
    /** Bit {@code n} is set when a name of {@link #PRIVATE} has {@code n} characters. */
    private static final long PRIVATE_LENGTHS = PRIVATE.stream().mapToLong(k -> 1L << k.length()).reduce(0, (a, b) -> a | b);

    private final Writer out;
    private final AdFormat format;
    private Order order = Order.CASE_INSENSITIVE;
    private boolean includePrivate;
    private boolean xmlHeaderAlways = true;
    private long written;
    private boolean finished;

    public AdStreamWriter(Writer out, AdFormat format) {
        this.out = out;
        this.format = format;
    }

    /** A writer to a byte stream (one byte per char). */
    public static AdStreamWriter to(OutputStream out, AdFormat format) {
        return new AdStreamWriter(new ByteStringWriter(out), format);
    }

    public AdStreamWriter order(Order o) {
        this.order = o;
        return this;
    }

    /** Also write private attributes (claim ids and the like), as {@code sPrintAdWithSecrets}. */
    public AdStreamWriter includePrivate(boolean on) {
        this.includePrivate = on;
        return this;
    }

    /** For XML, write the header and footer even when no ad was written (default on, as condor_q). */
    public AdStreamWriter xmlHeaderAlways(boolean on) {
        this.xmlHeaderAlways = on;
        return this;
    }

    public AdFormat format() {
        return format;
    }

    /** Ads written so far. */
    public long written() {
        return written;
    }

    /** Writes one ad; returns whether anything was written (empty ads are not). */
    public boolean write(ClassAd ad) {
        return writeRendered(render(ad));
    }

    /**
     * The text this writer writes for {@code ad}, without the list's punctuation (the opening
     * bracket or header, the separators), or {@code null} for an ad with nothing to write. It
     * depends only on the ad and this writer's settings, so several threads may render ads at once
     * for one writer to {@link #writeRendered write} in order.
     */
    public String render(ClassAd ad) {
        if (ad.size() == 0) {
            return null;
        }
        StringBuilder s = SCRATCH.get();
        s.setLength(0);
        append(s, ad);
        String text = s.length() == 0 ? null : s.toString();
        if (s.capacity() > MAX_SCRATCH) {
            SCRATCH.remove(); // a huge ad's buffer is not kept
        }
        return text;
    }

    /** Each thread's buffer for rendering, reused from ad to ad (the text is copied out). */
    private static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(() -> new StringBuilder(4096));
    private static final int MAX_SCRATCH = 1 << 16;

    /**
     * Writes an ad's text from {@link #render(ClassAd)} (with the punctuation due before it);
     * returns whether anything was written ({@code null} writes nothing).
     */
    public boolean writeRendered(String text) {
        if (finished) {
            throw new IllegalStateException("the writer is finished");
        }
        if (text == null) {
            return false;
        }
        try {
            switch (format) {
                case NEW:
                    out.write(written > 0 ? ",\n" : "{\n");
                    break;
                case JSON:
                    out.write(written > 0 ? ",\n" : "[\n");
                    break;
                case XML:
                    if (written == 0) {
                        out.write(XmlWriter.FILE_HEADER);
                    }
                    break;
                default:
                    break;
            }
            if (out instanceof ByteStringWriter bytes) {
                bytes.writeByteString(text); // rendered text is a byte string
            } else {
                out.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
        return true;
    }

    /** Writes each ad. */
    public AdStreamWriter writeAll(Iterable<ClassAd> ads) {
        for (ClassAd ad : ads) {
            write(ad);
        }
        return this;
    }

    private void append(StringBuilder s, ClassAd ad) {
        if (format == AdFormat.LONG && order != Order.AD && ad.chainedParent() == null) {
            OldSyntaxWriter.longFormByName(s, ad, order == Order.BYTES, includePrivate ? ALL_NAMES : PUBLIC_NAMES);
            if (s.length() > 0) {
                s.append('\n');
            }
            return;
        }
        List<ClassAd.Attribute> attrs = attributes(ad);
        switch (format) {
            case LONG: {
                Unparser w = new Unparser(Syntax.OLD, s);
                for (ClassAd.Attribute a : attrs) {
                    OldSyntaxWriter.appendLine(s, w, a.name(), false, ClassAdAccess.node(a));
                }
                if (s.length() > 0) {
                    s.append('\n');
                }
                break;
            }
            case NEW:
                newSyntax(s, attrs);
                s.append('\n');
                break;
            case NEWL:
                newSyntax(s, attrs);
                s.append('\n');
                break;
            case JSON:
                s.append(JsonWriter.write(attrs, true));
                s.append('\n');
                break;
            case JSONL:
                s.append(JsonWriter.write(attrs, false));
                s.append('\n');
                break;
            case XML:
                s.append(XmlWriter.write(attrs, false));
                break;
            default:
                throw new IllegalStateException(String.valueOf(format));
        }
    }

    /** Names a long-form writer keeps: all, or all but HTCondor's private ones. */
    private static final Predicate<String> ALL_NAMES = name -> true;
    private static final Predicate<String> PUBLIC_NAMES = name -> !isPrivateName(name);

    private static void newSyntax(StringBuilder s, List<ClassAd.Attribute> attrs) {
        new Unparser(Syntax.NEW, s).ad(attrs, ClassAd.Attribute::name, ClassAd.Attribute::expr);
    }

    /** The attributes written for an ad, in this writer's order. */
    List<ClassAd.Attribute> attributes(ClassAd ad) {
        if (ad.chainedParent() == null) {
            return ownAttributes(ad);
        }
        List<ClassAd.Attribute> attrs = new ArrayList<>(ad.size());
        Set<String> seen = new HashSet<>();
        for (ClassAd p = ad; p != null; p = p.chainedParent()) {
            for (ClassAd.Attribute a : p.attributes()) {
                String key = ClassAd.internedKeyOf(a.name());
                if (seen.add(key) && (includePrivate || !isPrivateKey(key))) {
                    attrs.add(a);
                }
            }
        }
        Comparator<ClassAd.Attribute> cmp;
        switch (order) {
            case BYTES:
                cmp = (x, y) -> x.name().compareTo(y.name());
                break;
            case AD:
                cmp = (x, y) -> Unparser.NAME_ORDER.compare(x.name(), y.name());
                break;
            default:
                cmp = Comparator.comparing(x -> ClassAd.internedKeyOf(x.name()));
        }
        attrs.sort(cmp);
        return attrs;
    }

    /**
     * The attributes of an ad without a parent: its names are distinct and already in the ad's
     * own order, and each name's key is looked up once (sorting by keys computed in every
     * comparison cost more than printing the ad).
     */
    private List<ClassAd.Attribute> ownAttributes(ClassAd ad) {
        if (order == Order.CASE_INSENSITIVE) {
            List<ClassAd.Attribute> sorted = ad.attributesByName();
            if (includePrivate) {
                return sorted;
            }
            List<ClassAd.Attribute> attrs = new ArrayList<>(sorted.size());
            for (ClassAd.Attribute a : sorted) {
                if (!isPrivateName(a.name())) {
                    attrs.add(a);
                }
            }
            return attrs;
        }
        List<ClassAd.Attribute> all = ad.attributes();
        List<ClassAd.Attribute> attrs = new ArrayList<>(all.size());
        for (ClassAd.Attribute a : all) {
            if (includePrivate || !isPrivateKey(ClassAd.internedKeyOf(a.name()))) {
                attrs.add(a);
            }
        }
        if (order == Order.BYTES) {
            attrs.sort((x, y) -> x.name().compareTo(y.name()));
        }
        return attrs;
    }

    /** {@link #isPrivate} without lower-casing the name: most names are ruled out by their length. */
    private static boolean isPrivateName(String name) {
        int n = name.length();
        if (n == 0 || (PRIVATE_INITIALS.indexOf(name.charAt(0)) < 0)) {
            return false;
        }
        if (n < 64 && (PRIVATE_LENGTHS & (1L << n)) != 0) {
            return isPrivateKey(ClassAd.internedKeyOf(name));
        }
        return n >= PRIVATE_PREFIX.length() && name.regionMatches(true, 0, PRIVATE_PREFIX, 0, PRIVATE_PREFIX.length());
    }

    private static String initials() {
        StringBuilder s = new StringBuilder();
        for (String k : PRIVATE) {
            String c = k.substring(0, 1);
            if (s.indexOf(c) < 0) {
                s.append(c).append(c.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return s.append(PRIVATE_PREFIX.charAt(0)).toString();
    }

    private static boolean isPrivateKey(String key) {
        return PRIVATE.contains(key) || key.startsWith(PRIVATE_PREFIX);
    }

    /** HTCondor's private attributes: claim ids, capabilities, transfer keys, {@code _condor_priv*}. */
    public static boolean isPrivate(String name) {
        return isPrivateKey(ClassAd.keyOf(name));
    }

    /** Writes the list's closing bracket or tag (once); the underlying writer stays open. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        String footer = "";
        switch (format) {
            case NEW:
                footer = written > 0 ? "}\n" : "";
                break;
            case JSON:
                footer = written > 0 ? "]\n" : "";
                break;
            case XML:
                if (written > 0) {
                    footer = XmlWriter.FILE_FOOTER;
                } else if (xmlHeaderAlways) {
                    footer = XmlWriter.FILE_HEADER + XmlWriter.FILE_FOOTER;
                }
                break;
            default:
                break;
        }
        try {
            out.write(footer);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes and closes the underlying writer. */
    @Override
    public void close() {
        finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ads in a format, as a byte string. */
    public static String toString(Iterable<ClassAd> ads, AdFormat format) {
        StringWriter sw = new StringWriter();
        AdStreamWriter w = new AdStreamWriter(sw, format);
        w.writeAll(ads);
        w.finish();
        return sw.toString();
    }
}
