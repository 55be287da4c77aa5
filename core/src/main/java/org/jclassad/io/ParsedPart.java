package org.jclassad.io;

import java.util.Iterator;
import java.util.List;

import org.jclassad.ClassAd;

/**
 * A part of a stream whose ads were parsed already (see {@link AdStreamReader#parts}): it hands
 * them over in order, with their ordinals in the whole stream, and rethrows the errors met
 * while reading them in their places.
 */
final class ParsedPart extends AdStreamReader {
    private final AdFormat format;
    private final Iterator<Object> items;
    private final Iterator<long[]> places;

    /** @param places each item's ordinal and first line in the whole stream */
    ParsedPart(List<Object> items, List<long[]> places, AdStreamReader whole) {
        super(new TextCursor(new byte[0], 0, 1), whole.options);
        this.format = whole.format();
        this.items = items.iterator();
        this.places = places.iterator();
        named(whole.source());
    }

    @Override
    public AdFormat format() {
        return format;
    }

    @Override
    ClassAd readAd() {
        if (!items.hasNext()) {
            return null;
        }
        Object o = items.next();
        long[] place = places.next();
        continueAfter(place[0] - 1);
        beginAd(place[1]);
        if (o instanceof AdParseException e) {
            throw e;
        }
        return (ClassAd) o;
    }
}
