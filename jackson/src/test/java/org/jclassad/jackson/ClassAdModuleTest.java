package org.jclassad.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.junit.jupiter.api.Test;

class ClassAdModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ClassAdModule());

    @Test
    void anAdIsWrittenInHTCondorsJsonForm() throws Exception {
        ClassAd ad = ClassAd.parse("[ Cpus = 4; Name = \"slot1@é\"; Requirements = Memory > 1024; L = {1, \"a\"}; N = [ x = 1.5 ] ]");
        String text = mapper.writeValueAsString(ad);
        assertEquals(true, text.contains("\"\\/Expr(Memory > 1024)\\/\""), "HTCondor's escaped form: " + text);
        JsonNode tree = mapper.readTree(text);
        assertEquals(4, tree.get("Cpus").asInt());
        assertEquals("slot1@é", tree.get("Name").asText());
        assertEquals("/Expr(Memory > 1024)/", tree.get("Requirements").asText());
        assertEquals(2, tree.get("L").size());
        assertEquals(1.5, tree.get("N").get("x").asDouble());
        assertEquals(mapper.readTree(ClassAds.toJson(ad)), tree, "the module writes what core's JSON writer writes");
    }

    @Test
    void adsRoundTripExactlyAlsoInsideOtherObjects() throws Exception {
        ClassAd ad = ClassAd.parse("[ Cpus = 4; Requirements = TARGET.Memory >= 2048 && Arch == \"X86_64\"; T = absTime(\"2026-01-01T00:00:00Z\") ]");
        assertEquals(ad, mapper.readValue(mapper.writeValueAsString(ad), ClassAd.class));
        Batch batch = new Batch("pool", List.of(ad, ClassAd.parse("[ a = undefined ]")));
        Batch back = mapper.readValue(mapper.writeValueAsString(batch), Batch.class);
        assertEquals(batch, back);
        assertEquals(ad, mapper.convertValue(mapper.valueToTree(ad), ClassAd.class), "through a tree too");
    }

    record Batch(String name, List<ClassAd> ads) { }

    @Test
    void somethingElseThanAnObjectIsAClearError() {
        assertThrows(JsonMappingException.class, () -> mapper.readValue("[1, 2]", ClassAd.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"a\": \"\\/Expr(1 +)\\/\"}", ClassAd.class));
    }
}
