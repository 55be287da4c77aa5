package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jclassad.ClassAd;
import org.jclassad.transform.config.Configuration;
import org.junit.jupiter.api.Test;

/** Comments inside an old-syntax route ad are skipped by the ClassAd lexer, quotes and brackets in them too. */
class OldRouteCommentTest {
    @Test
    void apostropheAndBracketInACommentDoNotEndTheRoute() {
        List<ClassAd> ads = OldRouteText.entries(
                "[ Name = \"A\"; /* Sciaba's DNs ] */ set_X = 1; // it's [\n set_Y = 2; ] [ Name = \"B\"; ]")
                .stream().map(OldRouteText.Entry::ad).toList();
        assertEquals(2, ads.size());
        assertNotNull(ads.get(0));
        assertTrue(ads.get(0).contains("set_Y"));
        assertNotNull(ads.get(1));
    }

    @Test
    void convertOldRoutesKeepsARouteWithSuchAComment() {
        Configuration cfg = Configuration.parse("JOB_ROUTER_ENTRIES = [ Name = \"A\"; TargetUniverse = 5;"
                + " /* Andrea's route */ Requirements = true; eval_set_X = 1 + 2; ]\n");
        String out = OldRouteConverter.convertConfig(cfg, java.util.EnumSet.of(OldRouteConverter.Option.REMOVE_INPUT_RSL), null);
        assertTrue(out.contains("NAME A\nUNIVERSE VANILLA\nREQUIREMENTS true\n"), out);
        assertTrue(out.contains("EVALSET X 1 + 2"), out);
    }
}
