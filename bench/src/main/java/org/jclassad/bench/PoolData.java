package org.jclassad.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jclassad.ClassAd;
import org.jclassad.format.LongFormReader;
import org.jclassad.parse.ParseOptions;

/**
 * The shared real data: 205 slot ads of the CHTC pool in long format, blank-line separated
 * ({@code pool_sample.ads.gz}, copied from {@code ../shared/data}).
 *
 * <p>Ads are split on blank lines here until the streaming reader lands in {@code org.jclassad.io}.
 */
public final class PoolData {
    private static final String RESOURCE = "/pool_sample.ads.gz";

    private PoolData() {
    }

    /** The unpacked file as a byte string (one char per byte), as the readers take it. */
    public static String text() {
        try (InputStream in = new GZIPInputStream(PoolData.class.getResourceAsStream(RESOURCE))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each ad: its lines, each ending in a newline. */
    public static List<String> adTexts(String text) {
        List<String> ads = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    ads.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(line).append('\n');
            }
        }
        if (current.length() > 0) {
            ads.add(current.toString());
        }
        return ads;
    }

    /** Parses one long-format ad as HTCondor's readers do. */
    public static ClassAd parse(String adText) {
        return LongFormReader.parseAd(adText, ParseOptions.defaults());
    }

    /** The 205 slot ads, parsed. */
    public static List<ClassAd> slotAds() {
        List<ClassAd> ads = new ArrayList<>();
        for (String t : adTexts(text())) {
            ads.add(parse(t));
        }
        return ads;
    }
}
