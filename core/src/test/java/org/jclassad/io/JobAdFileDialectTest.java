package org.jclassad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jclassad.ClassAd;

/**
 * Long format as condor_job_router_info reads {@code -jobads}: condor_q banners end ads, and a
 * line that does not parse cuts its ad short (the attributes before it are kept, as the real tool
 * keeps them).
 */
class JobAdFileDialectTest {

    private static List<ClassAd> read(String text, AdStreamOptions options, List<AdParseException> told,
            long[] counts) {
        List<ClassAd> ads = new ArrayList<>();
        try (AdStreamReader r = AdStreams.open(new StringReader(text), AdFormat.LONG,
                options.skippingMalformed(told::add))) {
            r.forEachRemaining(ads::add);
            counts[0] = r.truncated();
            counts[1] = r.skipped();
        }
        return ads;
    }

    @Test
    void aBadLineKeepsTheAttributesBeforeItAndDropsTheRestOfTheAd() {
        String text = "id = 1\nFoo = 1\nBad = = 3\nAfter = 7\n\nid = 2\n";
        List<AdParseException> told = new ArrayList<>();
        long[] counts = new long[2];
        List<ClassAd> ads = read(text, AdStreamOptions.defaults().asJobAdFile(), told, counts);
        assertEquals(2, ads.size());
        assertEquals(2, ads.get(0).size());
        assertEquals("1", ads.get(0).evaluateAttr("Foo").toString());
        assertEquals(false, ads.get(0).contains("After"));
        assertEquals(1, told.size());
        assertEquals(3, told.get(0).line());
        assertEquals(1, counts[0]);
        assertEquals(0, counts[1]);
    }

    @Test
    void withoutTheDialectTheWholeAdIsMalformed() {
        String text = "id = 1\nBad = = 3\n\nid = 2\n";
        List<AdParseException> told = new ArrayList<>();
        long[] counts = new long[2];
        List<ClassAd> ads = read(text, AdStreamOptions.defaults(), told, counts);
        assertEquals(1, ads.size());
        assertEquals(0, counts[0]);
        assertEquals(1, counts[1]);
    }

    @Test
    void anAdWhoseFirstLineIsBadIsSkipped() {
        String text = "Bad = = 3\nid = 1\n\nid = 2\n";
        List<AdParseException> told = new ArrayList<>();
        long[] counts = new long[2];
        List<ClassAd> ads = read(text, AdStreamOptions.defaults().asJobAdFile(), told, counts);
        assertEquals(1, ads.size());
        assertEquals("2", ads.get(0).evaluateAttr("id").toString());
        assertEquals(1, counts[1]);
    }

    @Test
    void condorQBannersEndAds() {
        String text = "-- Schedd: ce.example.org : <1.2.3.4:9618>\nid = 1\n...\nid = 2\n***\nid = 3\n";
        long[] counts = new long[2];
        List<ClassAd> ads = read(text, AdStreamOptions.defaults().asJobAdFile(), new ArrayList<>(), counts);
        assertEquals(3, ads.size());
        assertEquals("3", ads.get(2).evaluateAttr("id").toString());
    }
}
