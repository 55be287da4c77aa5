package org.jclassad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.jclassad.transform.config.ConfigurationException;
import org.jclassad.transform.router.ConfigLayer;
import org.jclassad.transform.router.Engines;
import org.jclassad.transform.router.RouterTool;

/**
 * {@code jclassad route}: HTCondor's {@code condor_job_router_info}, offline, on a router
 * configuration given as files or config.d directories.
 */
@Command(name = "route", description = "Preview job-router routes offline, like condor_job_router_info.%n"
        + "Usage: jclassad route CONFIG... [-config] [-match-jobs] [-route-jobs OUT] -jobads FILE...%n"
        + "                      [-log-steps] [-ignore-prior-routing] [-explain] [-classic]%n"
        + "  CONFIG          config files or directories (read in config.d order)%n"
        + "  -config         print the routes and transforms as the router loaded them%n"
        + "  -match-jobs     print the route chosen for each job (or why none)%n"
        + "  -route-jobs OUT write the routed ads to OUT ('-' for stdout)%n"
        + "  -jobads FILE    job ads in long format, blank-line separated ('-' for stdin)%n"
        + "  -log-steps      trace candidate selection and every transform step%n"
        + "  -ignore-prior-routing  route jobs even if already managed or routed%n"
        + "  -explain        for each job, say why each route took or rejected it%n"
        + "  -classic        run old ClassAd-style routes (JOB_ROUTER_ENTRIES) as the HTCondor 8.9.7-24.9 router did")
final class RouteCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", description = "Config paths and options.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // byte streams over System.out/err (not the raw file descriptors), so callers can redirect them
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.ISO_8859_1);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.ISO_8859_1);
        List<String> paths = new ArrayList<>();
        RouterTool.Request req;
        try {
            req = RouterTool.parseArgs(args, paths);
        } catch (IllegalArgumentException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        }
        if (paths.isEmpty()) {
            err.println("jclassad route: give a router config file or directory");
            return 1;
        }
        List<Path> configPaths = new ArrayList<>();
        for (String p : paths) {
            configPaths.add(Path.of(p));
        }
        ConfigLayer config;
        try {
            config = ConfigLayer.load(configPaths);
        } catch (ConfigurationException e) {
            // as condor_job_router_info: a refused configuration ends the run before anything is printed
            err.print(e.getMessage() + "\n");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("jclassad route: cannot read config: " + e.getMessage());
            return 1;
        }
        int rc = RouterTool.run(config, Engines.standard(), req, System.in, out, err);
        out.flush();
        return rc;
    }
}
