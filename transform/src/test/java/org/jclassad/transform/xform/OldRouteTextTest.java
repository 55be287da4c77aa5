package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.Configuration;
import org.junit.jupiter.api.Test;

/** Reading old-style route lists as HTCondor 25.14's route converter reads them (recorded with the real tool). */
class OldRouteTextTest {
    private static List<ClassAd> ads(String text) {
        return OldRouteText.entries(text).stream().map(OldRouteText.Entry::ad).toList();
    }

    @Test
    void aBrokenEntryIsWalkedTokenByToken() {
        List<ClassAd> ads = ads("[ Name = \"A\"; TargetUniverse = 5; x = ; y = 1; ]\n[ Name = \"B\"; TargetUniverse = 5; ]");
        assertEquals(6, ads.size(), "HTCondor resumes after ';' then reads 'y ', '= ', '1;' and ']' as four failed"
                + " entries before it reaches the next ad");
        for (int i = 0; i < 5; i++) {
            assertNull(ads.get(i));
        }
        assertEquals("\"B\"", ads.get(5).evaluateAttr("Name").toString());
    }

    @Test
    void resumingAfterANameOrANumberSkipsTheCharacterAfterIt() {
        assertEquals(3, ResumePoint.afterToken("ab c", 0, false), "a name's look-ahead character is read");
        assertEquals(3, ResumePoint.afterToken("12;x", 0, false));
        assertEquals(1, ResumePoint.afterToken(";x", 0, false), "single punctuation has no look-ahead");
        assertEquals(2, ResumePoint.afterToken("= x", 0, false), "'=' looks for '=='");
        assertEquals(2, ResumePoint.afterToken("==x", 0, false));
        assertEquals(7, ResumePoint.afterToken("\"s\"   x", 0, false), "a string reads on to the next non-space");
        assertEquals(1, ResumePoint.afterToken("- 1", 0, true), "after an operand '-' is an operator");
        assertEquals(2, ResumePoint.afterToken("- 1", 0, false), "elsewhere it may start a number");
    }

    @Test
    void strayTextAndCommasBetweenAdsBecomeEmptyEntries() {
        List<ClassAd> ads = ads("[ Name = \"A\"; ],\n[ Name = \"C\"; ]");
        assertEquals(3, ads.size());
        assertNotNull(ads.get(0));
        assertNull(ads.get(1));
        assertNotNull(ads.get(2));
    }

    @Test
    void mergingKeepsTheDefaultsSpellingOfAName() {
        ClassAd merged = OldRouteText.merge(ClassAd.parse("[ set_requirements = true; MaxJobs = 1 ]"),
                ClassAd.parse("[ set_Requirements = false; MAXJOBS = 2 ]"));
        List<String> names = merged.attributes().stream().map(ClassAd.Attribute::name).toList();
        assertTrue(names.contains("set_requirements") && names.contains("MaxJobs"), names.toString());
        assertEquals("false", merged.evaluateAttr("set_requirements").toString(), "the entry's value wins");
    }

    @Test
    void theConverterWritesTheDefaultsSpelling() {
        Configuration cfg = Configuration.parse("JOB_ROUTER_DEFAULTS = [ copy_environment = \"orig_env\"; ]\n"
                + "JOB_ROUTER_ENTRIES = [ Name = \"A\"; TargetUniverse = 5; copy_Environment = \"Original\"; ]\n");
        assertTrue(OldRouteConverter.convertConfig(cfg, java.util.EnumSet.of(OldRouteConverter.Option.REMOVE_INPUT_RSL), null).contains("COPY environment Original\n"));
    }

    @Test
    void mergedDefaultsKeepWhatParsedBeforeAProblem() {
        OldRouteText.Defaults d = OldRouteText.defaults("[ a = 1; ] [ b = 2; ] junk [ c = 3; ]", true);
        assertNotNull(d.problem());
        assertEquals(2, d.ad().size(), "the first two ads are merged, the rest is lost");
    }
}
