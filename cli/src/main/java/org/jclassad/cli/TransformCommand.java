package org.jclassad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jclassad.transform.config.Configuration;
import org.jclassad.transform.config.ConfigurationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code jclassad transform}: apply job transforms to ads, compatible with
 * {@code condor_transform_ads}. Its arguments are HTCondor's (single-dash words that may be
 * shortened, {@code -out:json}, {@code name=value}), which picocli cannot read, so picocli hands
 * them over whole and {@link TransformArgs} reads them; {@code -help} prints every option. The
 * configuration comes from the file named by {@code CONDOR_CONFIG}, if any.
 */
@Command(name = "transform", header = "Apply HTCondor job transforms to ads, like condor_transform_ads.",
        description = "Apply HTCondor job transforms to ads (condor_transform_ads compatible). "
        + "Run with -help for the options.")
final class TransformCommand implements Callable<Integer> {
    @Parameters(arity = "0..*")
    List<String> parameters = new ArrayList<>();

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(parameters);
        args.addAll(unmatched);
        String configFile = System.getenv("CONDOR_CONFIG");
        Configuration config;
        try {
            config = configFile == null || configFile.isEmpty() || configFile.equals("ONLY_ENV")
                    ? Configuration.empty()
                    : Configuration.load(List.of(Path.of(configFile)));
        } catch (ConfigurationException e) {
            // as condor_transform_ads: a refused configuration ends the run before anything is printed
            System.err.println(e.getMessage());
            return ExitCodes.FAILURE;
        } catch (java.io.IOException e) {
            System.err.print(Diagnostic.of(configFile, "cannot read the configuration (CONDOR_CONFIG): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())).format());
            return ExitCodes.FAILURE;
        }
        return new TransformTool(Path.of("").toAbsolutePath(), null, config, System.in, System.out, System.err)
                .run(args);
    }
}
