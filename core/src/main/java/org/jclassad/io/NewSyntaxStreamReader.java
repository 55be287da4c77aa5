package org.jclassad.io;

import java.io.Reader;

import org.jclassad.ClassAd;
import org.jclassad.eval.ClassAdAccess;
import org.jclassad.parser.ExprParser;
import org.jclassad.parse.ParseOptions;

/**
 * Reads new-syntax ads: a list {@code { [..], [..] }} as {@code -long:new} writes it, ads one after
 * another, or ({@link AdFormat#NEWL}) one ad per line. Comments between ads are skipped.
 *
 * <p>Each ad's text is cut out by bracket matching and parsed on its own. A malformed ad is
 * skipped whole; an ad that never closes (an unterminated string, say) is given up at the next
 * line that starts with {@code [}, so the ads after it are still read.
 */
final class NewSyntaxStreamReader extends BracketedStreamReader {
    private final ParseOptions parse;

    /** Reads {@code NEW} (lists or ads one after another) or {@code NEWL} (one ad per line). */
    public NewSyntaxStreamReader(Reader in, AdStreamOptions options, boolean oneAdPerLine) {
        this(new TextCursor(in), options, oneAdPerLine);
    }

    NewSyntaxStreamReader(TextCursor cursor, AdStreamOptions options, boolean oneAdPerLine) {
        super(cursor, options, oneAdPerLine, BalancedScanner.Syntax.CLASSAD, '[', '{', '}',
                "the ad never ends (unbalanced '[' or an unterminated string, name or comment)");
        this.parse = options.parse().withOldSyntax(false);
    }

    @Override
    public AdFormat format() {
        return oneAdPerLine() ? AdFormat.NEWL : AdFormat.NEW;
    }

    @Override
    ClassAd parseText(String text) {
        return ClassAdAccess.fromRecord(ExprParser.parseRecord(text, parse), planner);
    }
}
