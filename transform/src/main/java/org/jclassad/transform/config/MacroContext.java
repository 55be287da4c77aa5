package org.jclassad.transform.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.jclassad.ClassAd;

/**
 * Where {@code $(name)} looks beyond a {@link MacroSet}, and what the {@code $}-functions may
 * use: the ad being transformed ({@code $(MY.attr)}, {@code $EVAL}), the host configuration
 * (consulted last), the environment of its {@link ConfigOptions} ({@code $ENV}), a random source,
 * the working directory ({@code $Ff}) and where function errors go. Expansions run under the
 * options' limits; an expansion and those its functions start share one budget.
 *
 * <p>Lookup order for {@code $(name)}, as HTCondor's: {@code <subsys>.name} then {@code name} in
 * the table, each also in the table's defaults; then, for {@code MY.attr}, the ad; then the
 * configuration.
 */
public final class MacroContext {
    private final String subsys;
    private ClassAd ad;
    private final String adPrefix;
    private final Configuration config;
    private final ConfigOptions options;
    private final Map<String, String> env;
    private final Random random;
    private final Path cwd;
    private final List<String> errors = new ArrayList<>();
    private Consumer<String> errorSink;
    private String placeSource;
    private int placeLine;
    private MacroExpander.Budget expansion;

    private MacroContext(Builder b) {
        this.subsys = b.subsys;
        this.ad = b.ad;
        this.adPrefix = b.adPrefix;
        this.config = b.config;
        this.options = b.options != null ? b.options : b.config != null ? b.config.options() : ConfigOptions.defaults();
        this.env = b.env;
        this.random = b.random;
        this.cwd = b.cwd;
        this.errorSink = b.errorSink;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A context with no ad, no configuration and the real environment. */
    public static MacroContext plain() {
        return builder().build();
    }

    /** The same context looking at another ad ({@code null} for none). */
    public MacroContext withAd(ClassAd other) {
        MacroContext c = toBuilder().ad(other).build();
        return c;
    }

    public Builder toBuilder() {
        Builder b = new Builder().subsys(subsys).ad(ad).adPrefix(adPrefix).config(config).options(options).random(random)
                .cwd(cwd).errorSink(errorSink);
        b.env = env;
        return b;
    }

    public String subsys() {
        return subsys;
    }

    public ClassAd ad() {
        return ad;
    }

    public void setAd(ClassAd ad) {
        this.ad = ad;
    }

    public String adPrefix() {
        return adPrefix;
    }

    public Configuration config() {
        return config;
    }

    /** The options config text is read and expanded with. */
    public ConfigOptions options() {
        return options;
    }

    /** What {@code $ENV(name)} gives: from the builder's environment if one was set, else from the options. */
    public String env(String name) {
        return env == null ? options.env(name) : env.get(name);
    }

    public Random random() {
        return random;
    }

    public Path cwd() {
        return cwd;
    }

    /** HTCondor formats these messages into a {@code BUFSIZ} (8192-byte) buffer. */
    private static final int MAX_ERROR_CHARS = 8191;

    /**
     * Records an error of a {@code $}-function (the expansion itself goes on with empty text),
     * cut to the 8191 characters HTCondor keeps of it.
     */
    public void error(String message) {
        if (message.length() > MAX_ERROR_CHARS) {
            message = message.substring(0, MAX_ERROR_CHARS);
        }
        errors.add(message);
        if (errorSink != null) {
            errorSink.accept(message);
        }
    }

    /** Says which line of which text is being read or run, for {@link #place()}. */
    public void at(String source, int line) {
        this.placeSource = source;
        this.placeLine = line;
    }

    /** {@code "line N in file F"} for the line being read or run, or {@code ""} when unknown. */
    public String place() {
        return placeSource == null || placeLine <= 0 ? "" : "line " + placeLine + " in file " + placeSource;
    }

    /** Starts an expansion: the first one gets a fresh budget, those its functions start share it. */
    MacroExpander.Budget beginExpansion() {
        if (expansion == null) {
            expansion = new MacroExpander.Budget(options);
        }
        expansion.enter();
        return expansion;
    }

    void endExpansion() {
        if (--expansion.depth == 0) {
            expansion = null;
        }
    }

    /** Errors recorded so far. */
    public List<String> errors() {
        return errors;
    }

    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    /** Looks {@code name} up everywhere {@code $(name)} looks; {@code null} when undefined. */
    public String lookup(String name, MacroSet set) {
        if (subsys != null) {
            String v = set.lookupExact(subsys + "." + name);
            if (v == null) {
                v = set.lookupDefault(subsys + "." + name);
            }
            if (v != null) {
                return v;
            }
        }
        String v = set.lookup(name);
        if (v != null) {
            return v;
        }
        if (ad != null && adPrefix != null && name.length() >= adPrefix.length()
                && name.regionMatches(true, 0, adPrefix, 0, adPrefix.length())) {
            v = AdText.attributeText(ad, name.substring(adPrefix.length()));
            if (v != null) {
                return v;
            }
        }
        if (config != null) {
            return config.raw(name);
        }
        return null;
    }

    /** Builds a {@link MacroContext}. */
    public static final class Builder {
        private String subsys;
        private ClassAd ad;
        private String adPrefix = "MY.";
        private Configuration config;
        private ConfigOptions options;
        private Map<String, String> env;
        private Random random = new Random();
        private Path cwd;
        private Consumer<String> errorSink;

        public Builder subsys(String s) {
            this.subsys = s;
            return this;
        }

        public Builder ad(ClassAd a) {
            this.ad = a;
            return this;
        }

        public Builder adPrefix(String p) {
            this.adPrefix = p;
            return this;
        }

        public Builder config(Configuration c) {
            this.config = c;
            return this;
        }

        /** The options (default: the configuration's, else {@link ConfigOptions#defaults()}). */
        public Builder options(ConfigOptions o) {
            this.options = o;
            return this;
        }

        /**
         * The environment for {@code $ENV}, overriding the options' ({@code null}: the options'
         * environment, which by default is the process environment).
         */
        public Builder env(Map<String, String> e) {
            this.env = e;
            return this;
        }

        public Builder random(Random r) {
            this.random = r;
            return this;
        }

        public Builder cwd(Path p) {
            this.cwd = p;
            return this;
        }

        public Builder errorSink(Consumer<String> s) {
            this.errorSink = s;
            return this;
        }

        public MacroContext build() {
            return new MacroContext(this);
        }
    }
}
