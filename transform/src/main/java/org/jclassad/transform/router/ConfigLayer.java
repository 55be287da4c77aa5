package org.jclassad.transform.router;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.config.MacroContext;
import org.jclassad.transform.config.MacroParser;
import org.jclassad.transform.config.MacroSet;

/**
 * {@link RouterConfig} over the config-macro layer ({@link Configuration}): HTCondor's config
 * language with {@code if}/{@code elif}, {@code include}, {@code @=} bodies, {@code $FUNC()}s and
 * the detected values ({@code FULL_HOSTNAME} from {@code NETWORK_HOSTNAME} or this host).
 */
public final class ConfigLayer implements RouterConfig {
    private final Configuration config;

    public ConfigLayer(Configuration config) {
        this.config = config;
    }

    public Configuration configuration() {
        return config;
    }

    /**
     * Config text (byte string) known to be valid, includes resolved against the working directory.
     *
     * @throws IllegalArgumentException where HTCondor would refuse the text
     */
    public static ConfigLayer parse(String text) {
        return new ConfigLayer(Configuration.parse(text));
    }

    /**
     * Reads config files and directories (a directory is read as a config.d: its files in name
     * order, editor backups and dot files skipped). {@code include : f} is resolved against the
     * directory of the including file.
     *
     * @throws ConfigurationException at the first line HTCondor refuses: HTCondor then stops
     *         (exit 1, nothing on stdout), so a caller acting as an HTCondor tool should too
     */
    public static ConfigLayer load(List<Path> paths) throws IOException {
        MacroSet set = new MacroSet();
        for (Path p : paths) {
            for (Path f : SimpleRouterConfig.configFiles(p)) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                Path dir = f.toAbsolutePath().getParent();
                MacroParser.Outcome o = MacroParser.parseConfig(text, f.toString(), set,
                        MacroContext.builder().cwd(dir).build());
                if (!o.ok()) {
                    throw ConfigurationException.of(o, f.toString());
                }
            }
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (MacroSet.Macro m : set.macros()) {
            raw.put(m.name(), m.raw());
        }
        return new ConfigLayer(Configuration.of(raw));
    }

    @Override
    public String raw(String name) {
        return config.raw(name);
    }

    @Override
    public String expanded(String name) {
        return config.expanded(name);
    }

    @Override
    public Collection<String> names() {
        List<String> out = new ArrayList<>();
        for (MacroSet.Macro m : config.macros().macros()) {
            out.add(m.name());
        }
        return out;
    }
}
