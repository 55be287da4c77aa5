package org.jclassad.transform.router;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jclassad.transform.config.ConfigOptions;
import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;
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
     * directory of the file read.
     *
     * @throws ConfigurationException at the first line HTCondor refuses: HTCondor then stops
     *         (exit 1, nothing on stdout), so a caller acting as an HTCondor tool should too
     */
    public static ConfigLayer load(List<Path> paths) throws IOException {
        return load(paths, ConfigOptions.defaults());
    }

    /**
     * Reads config files and directories under {@code options}: the files the configuration may
     * make the router read (includes, {@code JOB_ROUTER_ENTRIES_FILE}), what {@code $ENV} sees and
     * the size limits. For route configurations from untrusted sources, use
     * {@link ConfigOptions#untrusted()}.
     *
     * @throws ConfigurationException at the first line HTCondor refuses or that goes past a limit
     */
    public static ConfigLayer load(List<Path> paths, ConfigOptions options) throws IOException {
        return new ConfigLayer(Configuration.load(paths, options));
    }

    @Override
    public ConfigOptions options() {
        return config.options();
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
