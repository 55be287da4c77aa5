package org.jclassad.io;

import java.io.Reader;

import org.jclassad.format.JsonReader;
import org.jclassad.ClassAd;

/**
 * Reads HTCondor's JSON ads: an array of objects as {@code -json} writes it (or objects one after
 * another), or ({@link AdFormat#JSONL}) one object per line. Values follow §6.9: strings of the form
 * {@code "\/Expr(...)\/"} hold new-syntax expressions.
 *
 * <p>Each object's text is cut out by brace matching and parsed on its own. A malformed object is
 * skipped whole; one that never closes is given up at the next line that starts with <code>{</code>.
 */
final class JsonStreamReader extends BracketedStreamReader {

    /** Reads {@code JSON} (arrays or objects one after another) or {@code JSONL} (one per line). */
    public JsonStreamReader(Reader in, AdStreamOptions options, boolean oneAdPerLine) {
        this(new TextCursor(in), options, oneAdPerLine);
    }

    JsonStreamReader(TextCursor cursor, AdStreamOptions options, boolean oneAdPerLine) {
        super(cursor, options, oneAdPerLine, BalancedScanner.Syntax.JSON, '{', '[', ']',
                "the object never ends (unbalanced '{' or an unterminated string)");
    }

    @Override
    public AdFormat format() {
        return oneAdPerLine() ? AdFormat.JSONL : AdFormat.JSON;
    }

    @Override
    ClassAd parseText(String text) {
        return JsonReader.parseAd(text, options.parse());
    }
}
