package org.jclassad.transform.config;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A host configuration in HTCondor's config language: the knobs a transform falls back to when
 * its own macros lack a name ({@code $(FULL_HOSTNAME)}, {@code JOB_TRANSFORM_<n>} …). Values are
 * kept raw and expanded where they are used.
 *
 * <p>Besides what the text defines, a configuration knows the "detected" values HTCondor fills
 * in itself: {@code FULL_HOSTNAME} and {@code HOSTNAME} (from {@code NETWORK_HOSTNAME} when set,
 * else this host), {@code ARCH}, {@code OPSYS} and friends; and the defaults HTCondor's parameter
 * table gives {@code COLLECTOR_HOST} ({@code $(CONDOR_HOST)}), {@code UID_DOMAIN} and
 * {@code FILESYSTEM_DOMAIN} ({@code $(FULL_HOSTNAME)}). Other knobs are undefined until set.
 *
 * <pre>{@code
 * Configuration cfg = Configuration.parse("NETWORK_HOSTNAME = ce.example.org\nSITE = $(FULL_HOSTNAME)");
 * cfg.expanded("SITE");   // "ce.example.org"
 * }</pre>
 */
public final class Configuration {
    private final MacroSet macros;
    private final ConfigOptions options;

    private Configuration(MacroSet macros, ConfigOptions options) {
        this.macros = macros;
        this.options = options;
    }

    /** A configuration with only the detected values. */
    public static Configuration empty() {
        return empty(ConfigOptions.defaults());
    }

    /** A configuration with only the detected values, used under {@code options}. */
    public static Configuration empty(ConfigOptions options) {
        return withDetected(new MacroSet(), options);
    }

    /**
     * Reads config text (a byte string) that is known to be valid, such as a program's own
     * defaults.
     *
     * @throws IllegalArgumentException where HTCondor would refuse the text (see {@link #read})
     */
    public static Configuration parse(String text) {
        try {
            return read(text, "<config>");
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Reads config text (a byte string) named {@code source} in messages, as HTCondor reads a
     * config file.
     *
     * @throws ConfigurationException at the first line HTCondor refuses (then HTCondor reads
     *         nothing at all)
     */
    public static Configuration read(String text, String source) throws ConfigurationException {
        return read(text, source, ConfigOptions.defaults());
    }

    /**
     * Reads config text under {@code options}: its includes may read only the files
     * {@link ConfigOptions#files()} allows (relative names are resolved against the working
     * directory), and the text and what it includes must keep within the options' limits.
     *
     * @throws ConfigurationException at the first line HTCondor refuses or that goes past a limit
     */
    public static Configuration read(String text, String source, ConfigOptions options) throws ConfigurationException {
        ConfigLoad load = new ConfigLoad(options);
        MacroSet set = new MacroSet();
        load.read(text, source, null, set);
        return withDetected(set, options);
    }

    /**
     * Reads config files in order (later definitions win).
     *
     * @throws ConfigurationException at the first line HTCondor refuses
     */
    public static Configuration load(List<Path> files) throws IOException {
        return load(files, ConfigOptions.defaults());
    }

    /**
     * Reads config files and config.d directories in order (later definitions win; a directory's
     * files in name order, editor backups and dot files skipped, as {@link ConfigFiles} lists them).
     * A relative {@code include : f} is resolved against the directory of the file that names it.
     *
     * @throws ConfigurationException at the first line HTCondor refuses or that goes past a limit
     *         of {@code options}
     * @throws IOException when a named file or directory cannot be read
     */
    public static Configuration load(List<Path> paths, ConfigOptions options) throws IOException {
        ConfigLoad load = new ConfigLoad(options);
        MacroSet set = new MacroSet();
        for (Path p : paths) {
            for (Path f : ConfigFiles.list(p)) {
                load.read(load.readFile(f, f.toString()), f.toString(), f.toAbsolutePath().getParent(), set);
            }
        }
        return withDetected(set, options);
    }

    /** A configuration from name/value pairs (raw values). */
    public static Configuration of(Map<String, String> values) {
        return of(values, ConfigOptions.defaults());
    }

    /** A configuration from name/value pairs (raw values), used under {@code options}. */
    public static Configuration of(Map<String, String> values, ConfigOptions options) {
        MacroSet set = new MacroSet();
        values.forEach(set::set);
        return withDetected(set, options);
    }

    private static Configuration withDetected(MacroSet set, ConfigOptions options) {
        String host = set.lookupExact("NETWORK_HOSTNAME");
        if (host == null || host.isBlank()) {
            host = options.hostName() != null ? options.hostName() : detectedHostName();
        }
        String shortHost = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        set.setDefault("FULL_HOSTNAME", host);
        set.setDefault("HOSTNAME", shortHost);
        set.setDefault("ARCH", detectedArch());
        set.setDefault("OPSYS", detectedOpsys());
        set.setDefault("OPSYSVER", "0");
        set.setDefault("OPSYSMAJORVER", "0");
        set.setDefault("OPSYSANDVER", detectedOpsys());
        set.setDefault("SUBSYSTEM", "TOOL");
        // defaults of HTCondor's parameter table that transforms and routes refer to
        set.setDefault("COLLECTOR_HOST", "$(CONDOR_HOST)");
        set.setDefault("UID_DOMAIN", "$(FULL_HOSTNAME)");
        set.setDefault("FILESYSTEM_DOMAIN", "$(FULL_HOSTNAME)");
        // a detected value is overridden only by the knob HTCondor lets override it
        Configuration c = new Configuration(set, options);
        if (set.lookupExact("FULL_HOSTNAME") != null) {
            set.remove("FULL_HOSTNAME");
        }
        return c;
    }

    private static String detectedHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    private static String detectedArch() {
        String a = System.getProperty("os.arch", "");
        switch (a) {
            case "amd64":
            case "x86_64":
                return "X86_64";
            case "aarch64":
                return "aarch64";
            default:
                return a.toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static String detectedOpsys() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            return "LINUX";
        }
        if (os.contains("mac")) {
            return "MACOSX";
        }
        if (os.contains("win")) {
            return "WINDOWS";
        }
        return os.toUpperCase(java.util.Locale.ROOT);
    }

    /** The raw (unexpanded) value of a knob, or {@code null}. */
    public String raw(String name) {
        return macros.lookup(name);
    }

    /**
     * The value of a knob with its macros expanded against this configuration, or {@code null}.
     *
     * @throws MacroExpansionException when the expansion goes past a limit of {@link #options()}
     */
    public String expanded(String name) {
        String raw = raw(name);
        if (raw == null) {
            return null;
        }
        return MacroExpander.expand(raw, macros, MacroContext.builder().config(this).build());
    }

    /** The options this configuration was read under; contexts built on it use them too. */
    public ConfigOptions options() {
        return options;
    }

    /** Whether a knob is defined (detected values included). */
    public boolean isDefined(String name) {
        return raw(name) != null;
    }

    /** The underlying table. */
    public MacroSet macros() {
        return macros;
    }
}
