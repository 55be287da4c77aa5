package org.jclassad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.RouterConfig;

/**
 * An HTCondor configuration read once on the driver (files, config.d directories, includes,
 * conditionals) and shipped to the executors as its knob table, so that every executor sees the
 * driver's configuration: what the driver detected about its host ({@code FULL_HOSTNAME},
 * {@code ARCH}, {@code OPSYS}...) is pinned, and a {@code JOB_ROUTER_ENTRIES_FILE} travels with
 * the table. {@code $ENV()} and {@code $RANDOM_*()} are still evaluated where the job is routed.
 */
final class ShippedConfig implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] DETECTED = {"ARCH", "OPSYS", "OPSYSVER", "OPSYSMAJORVER", "OPSYSANDVER"};
    private static final String ENTRIES_FILE = "JOB_ROUTER_ENTRIES_FILE";

    private final LinkedHashMap<String, String> raw;
    private final String entriesFileText;

    private ShippedConfig(LinkedHashMap<String, String> raw, String entriesFileText) {
        this.raw = raw;
        this.entriesFileText = entriesFileText;
    }

    /**
     * Reads config files and directories as the router does.
     *
     * @throws IOException if a file cannot be read, or (a {@code ConfigurationException}) at the
     *         first line HTCondor refuses, naming it
     */
    static ShippedConfig load(List<Path> paths) throws IOException {
        return of(ConfigLayer.load(paths));
    }

    /** Config text (HTCondor's config language; includes resolved against the working directory). */
    static ShippedConfig parse(String text) {
        return of(ConfigLayer.parse(org.jclassad.value.Value.toByteString(text)));
    }

    private static ShippedConfig of(ConfigLayer layer) {
        LinkedHashMap<String, String> raw = new LinkedHashMap<>();
        for (String name : layer.names()) {
            raw.put(name, layer.raw(name));
        }
        if (!defined(raw, "NETWORK_HOSTNAME")) {
            raw.put("NETWORK_HOSTNAME", layer.expanded("FULL_HOSTNAME"));
        }
        for (String k : DETECTED) {
            if (!defined(raw, k) && layer.raw(k) != null) {
                raw.put(k, layer.raw(k));
            }
        }
        String entries = null;
        String file = layer.expanded(ENTRIES_FILE);
        if (file != null && !file.isBlank()) {
            try {
                entries = new String(Files.readAllBytes(Path.of(file.trim())), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                // left to the router, which reports it as HTCondor does
            }
        }
        return new ShippedConfig(raw, entries);
    }

    private static boolean defined(Map<String, String> raw, String name) {
        for (String k : raw.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The configuration as the router reads it, here (an entries file is recreated locally). */
    RouterConfig routerConfig() {
        LinkedHashMap<String, String> here = new LinkedHashMap<>(raw);
        if (entriesFileText != null) {
            try {
                Path local = Files.createTempFile("jclassad-router-entries", ".txt");
                local.toFile().deleteOnExit();
                Files.write(local, entriesFileText.getBytes(StandardCharsets.ISO_8859_1));
                here.entrySet().removeIf(e -> e.getKey().equalsIgnoreCase(ENTRIES_FILE));
                here.put(ENTRIES_FILE, local.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot recreate " + ENTRIES_FILE + ": " + e.getMessage(), e);
            }
        }
        return new ConfigLayer(Configuration.of(here));
    }

    /** The configuration for transforms' fallback lookups. */
    Configuration configuration() {
        return Configuration.of(raw);
    }
}
