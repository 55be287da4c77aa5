package org.jclassad.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jclassad.ClassAd;

/** The bundled CHTC pool snapshot ({@code pool_sample.ads.gz}, 205 ads, long format). */
public final class SamplePool {
    public static final int ADS = 205;

    private SamplePool() {
    }

    public static InputStream stream() {
        InputStream in = SamplePool.class.getResourceAsStream("/pool_sample.ads.gz");
        if (in == null) {
            throw new IllegalStateException("pool_sample.ads.gz is not on the test class path");
        }
        return in;
    }

    /** The file's text, one char per byte. */
    public static String text() {
        try (InputStream in = AdStreams.decompressed(stream())) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ClassAd> ads() {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(stream(), null, AdStreamOptions.defaults())) {
            r.forEachRemaining(ads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ads;
    }
}
