package org.jclassad.transform.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One load of config text under {@link ConfigOptions}: what it has read so far (characters,
 * lines), shared by the files a load reads and the files they include, so that the limits hold
 * for the whole load.
 */
final class ConfigLoad {
    private final ConfigOptions options;
    private long chars;
    private int lines;

    ConfigLoad(ConfigOptions options) {
        this.options = options;
    }

    ConfigOptions options() {
        return options;
    }

    /** Reads and parses one text into {@code set}; includes are resolved against {@code dir} (or the working directory). */
    void read(String text, String source, Path dir, MacroSet set) throws ConfigurationException {
        String tooMuch = chargeChars(text.length());
        if (tooMuch != null) {
            throw new ConfigurationException(source, 0, tooMuch);
        }
        MacroContext ctx = MacroContext.builder().options(options).cwd(dir).build();
        MacroParser.Outcome o = MacroParser.parse(LineReader.lines(text), source, set, ctx, MacroParser.Options.CONFIG,
                null, 0, this);
        if (!o.ok()) {
            throw ConfigurationException.of(o, source);
        }
    }

    /**
     * The text of a file (bytes as chars), refused before it is read when it would take the load
     * past {@link ConfigOptions#maxConfigChars()}.
     */
    String readFile(Path file, String name) throws IOException {
        long size = Files.size(file);
        long room = options.maxConfigChars() - chars;
        if (size > room) {
            throw new ConfigurationException(name, 0, tooLong());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // a file that grew since it was measured is cut at the room left, then refused below
            bytes = in.readNBytes((int) Math.min(room + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > room) {
            throw new ConfigurationException(name, 0, tooLong());
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Counts characters read (a file counts once it is parsed); a message when past the limit. */
    String chargeChars(long n) {
        chars += n;
        return chars > options.maxConfigChars() ? tooLong() : null;
    }

    private String tooLong() {
        return "the configuration is longer than " + options.maxConfigChars() + " characters (ConfigOptions.maxConfigChars)";
    }

    /** Counts one line; a message when past the limit. */
    String countLine() {
        return ++lines > options.maxStatements()
                ? "the configuration has more than " + options.maxStatements() + " lines (ConfigOptions.maxStatements)"
                : null;
    }
}
