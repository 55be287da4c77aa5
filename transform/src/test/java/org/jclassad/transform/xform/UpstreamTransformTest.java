package org.jclassad.transform.xform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jclassad.io.ClassAds;
import org.jclassad.transform.config.Configuration;
import org.jclassad.unparse.Unparser;
import org.junit.jupiter.api.Test;

/**
 * The expectations of HTCondor's {@code test_default_checkpoint_destination.py}: the
 * {@code DefaultCheckpointDestination} feature's JOB_TRANSFORM applied to its five jobs.
 */
class UpstreamTransformTest {
    private static Transformer transformer() throws IOException {
        String text;
        try (InputStream in = UpstreamTransformTest.class.getResourceAsStream("/upstream/default_checkpoint_destination.config")) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Configuration cfg = Configuration.parse(text);
        Transform t = Transform.fromConfig(cfg, "JOB_TRANSFORM_CheckpointStorage", "CheckpointStorage");
        return Transformer.builder().config(cfg).add(t).build();
    }

    private static String destination(String job) throws IOException {
        TransformResult r = transformer().apply(ClassAds.parseOld(job));
        var e = r.ad().lookup("CheckpointDestination");
        return e == null ? null : Unparser.oldSyntax(e);
    }

    @Test
    void noCheckpointExitCodeIsLeftAlone() throws IOException {
        assertNull(destination("Owner = \"example-owner-string\"\n"));
    }

    @Test
    void onlyCheckpointExitCodeGetsTheDefault() throws IOException {
        assertEquals("\"example://test/dir/example-owner-string\"",
                destination("Owner = \"example-owner-string\"\nSuccessCheckpointExitCode = 85\n"));
    }

    @Test
    void storageDefaultGetsTheDefault() throws IOException {
        assertEquals("\"example://test/dir/example-owner-string\"", destination(
                "Owner = \"example-owner-string\"\nSuccessCheckpointExitCode = 85\ncheckpoint_storage = \"default\"\n"));
    }

    @Test
    void storageSpoolGetsNothing() throws IOException {
        assertNull(destination(
                "Owner = \"example-owner-string\"\nSuccessCheckpointExitCode = 85\ncheckpoint_storage = \"spool\"\n"));
    }

    @Test
    void customStorageIsUsed() throws IOException {
        assertEquals("\"custom://myplace\"", destination("Owner = \"example-owner-string\"\n"
                + "SuccessCheckpointExitCode = 85\ncheckpoint_storage = \"custom://myplace\"\n"));
    }
}
