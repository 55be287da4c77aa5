package org.jclassad.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.jclassad.ClassAd;
import org.jclassad.io.ClassAds;
import org.jclassad.parse.ParseException;

/**
 * Jackson support for {@link ClassAd}: an ad is written and read as the JSON object HTCondor
 * uses ({@code condor_q -json}): literals as JSON values, nested ads and lists as objects and
 * arrays, every other expression as the string {@code "\/Expr(<new syntax>)\/"}. Both directions
 * go through core's JSON reader and writer, so an ad round-trips exactly, and ads may sit
 * anywhere in a Java object graph.
 *
 * <p>HTCondor tells an expression from a string by the escaped slashes of {@code "\/Expr(...)\/"}
 * in the text. Jackson's trees keep no escapes, so when an ad is read from a tree (or from a
 * parser positioned inside a larger document) a string {@code "/Expr(...)/"} is an expression
 * too; ads written to text keep HTCondor's escaped form.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ClassAdModule());
 * String json = mapper.writeValueAsString(ClassAd.parse("[ Cpus = 4; Requirements = Memory > 1024 ]"));
 * // {"Cpus":4,"Requirements":"\/Expr(Memory > 1024)\/"}
 * ClassAd back = mapper.readValue(json, ClassAd.class);
 * }</pre>
 */
public final class ClassAdModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, to register with {@link ObjectMapper#registerModule}. */
    public ClassAdModule() {
        super("jclassad");
        addSerializer(ClassAd.class, new AdSerializer());
        addDeserializer(ClassAd.class, new AdDeserializer());
    }

    /** Writes an ad as its JSON object (reading core's text back as a tree, so any generator works). */
    private static final class AdSerializer extends StdSerializer<ClassAd> {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper PLAIN = new ObjectMapper();

        AdSerializer() {
            super(ClassAd.class);
        }

        @Override
        public void serialize(ClassAd ad, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String json = ClassAds.toJson(ad);
            if (gen instanceof TokenBuffer) {
                gen.writeTree(PLAIN.readTree(json));     // to a tree: no text to keep
            } else {
                gen.writeRawValue(json);                 // to text: HTCondor's own escapes
            }
        }
    }

    /** Reads an ad from a JSON object, with core's JSON reader. */
    private static final class AdDeserializer extends StdDeserializer<ClassAd> {
        private static final long serialVersionUID = 1L;

        AdDeserializer() {
            super(ClassAd.class);
        }

        @Override
        public ClassAd deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (ClassAd) ctxt.handleUnexpectedToken(ClassAd.class, p);
            }
            JsonNode tree = p.readValueAsTree();
            try {
                return ClassAds.parseJson(PLAIN_WRITER.writeValueAsString(tree));
            } catch (ParseException bad) {
                throw ctxt.weirdStringException(tree.toString(), ClassAd.class, bad.getMessage());
            }
        }

        /** Writes {@code /} as {@code \/}, so core's reader sees HTCondor's expression strings. */
        private static final ObjectMapper PLAIN_WRITER = new ObjectMapper();

        static {
            PLAIN_WRITER.getFactory().setCharacterEscapes(new SlashEscapes());
        }
    }

    private static final class SlashEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializedString SLASH = new SerializedString("\\/");
        private final int[] table = standardAsciiEscapesForJSON();

        SlashEscapes() {
            table['/'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '/' ? SLASH : null;
        }
    }
}
