package org.jclassad.io;

import java.io.Reader;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.io.XmlTokenizer.Kind;
import org.jclassad.io.XmlTokenizer.Problem;
import org.jclassad.io.XmlTokenizer.Token;

/**
 * Reads HTCondor's XML ads ({@code condor_q -xml}, §6.10): every {@code <c>} element at the top
 * of the stream is an ad ({@link XmlTokenizer} reads the tokens, {@link XmlAdBuilder} the ad).
 *
 * <p>After a malformed ad the reader skips to the {@code </c>} that closes it, or stops earlier at
 * a {@code <c>} that begins the next ad: one that stands first on its line no further right than
 * the malformed ad's own (HTCondor writes every top-level ad on a line of its own, nested ones
 * indented), or one found where an attribute belongs (the malformed ad was left unclosed). So an
 * unclosed element costs its own ad only.
 */
final class XmlStreamReader extends AdStreamReader {
    private final XmlTokenizer tokens;
    private final XmlAdBuilder builder;

    public XmlStreamReader(Reader in, AdStreamOptions options) {
        this(new TextCursor(in), options);
    }

    XmlStreamReader(TextCursor cursor, AdStreamOptions options) {
        super(cursor, options);
        this.tokens = new XmlTokenizer(cursor, options.maxAdChars());
        this.builder = new XmlAdBuilder(tokens, options.parse().withOldSyntax(false), options.maxAdChars());
    }

    @Override
    public AdFormat format() {
        return AdFormat.XML;
    }

    @Override
    ClassAd readAd() {
        while (true) {
            Token t;
            try {
                t = tokens.consume();
            } catch (Problem p) {
                long ordinal = beginAd(p.line);
                throw new AdParseException(ordinal, p.line, p.column, p.getMessage());
            }
            if (t == null) {
                return null;
            }
            if (!t.is("c", Kind.START)) {
                continue;
            }
            long ordinal = beginAd(t.line());
            try {
                return ClassAdAccess.fromRecord(builder.ad(t), planner);
            } catch (Problem p) {
                if (p.nextAdBegins) {
                    tokens.resetOpenAds();
                } else {
                    skipRestOfAd(t.column());
                }
                throw new AdParseException(ordinal, p.line, p.column, p.getMessage());
            }
        }
    }

    /**
     * Skips to the {@code </c>} that closes the malformed top-level ad, or up to (not including) a
     * {@code <c>} first on its line at or left of {@code column}, or to {@code </classads>}.
     */
    private void skipRestOfAd(int column) {
        while (tokens.openAds() > 0) {
            Token t;
            try {
                t = tokens.peek();
            } catch (Problem unreadable) {
                tokens.resetOpenAds();
                return;
            }
            if (t == null || t.is("classads", Kind.END)
                    || (t.is("c", Kind.START) && t.firstOnLine() && t.column() <= column)) {
                tokens.resetOpenAds();
                return;
            }
            tokens.consume();
        }
    }
}
