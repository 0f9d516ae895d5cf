package io.nodeplugins.properties.suite;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped CI setups of a sharded run stay in step with the main job's options: the nightly GitHub
 * workflow runs four shards and merges them; the Kubernetes Indexed Job takes the shard from
 * {@code JOB_COMPLETION_INDEX}, has as many completions as shards, and its merge step reads every shard.
 */
class CiManifestsTest {

    /** The repository's root: the tests run in the properties module's folder. */
    private static final Path ROOT = Path.of("..");

    @Test
    void theNightlyWorkflowRunsFourShardsAndMergesThem() throws Exception {
        String workflow = Files.readString(ROOT.resolve(".github/workflows/nightly-thorough.yml"));

        assertThat(workflow).contains("shard: [1, 2, 3, 4]",
                "./suite --mode thorough --shard ${{ matrix.shard }}/4", "actions/upload-artifact",
                "needs: shard", "actions/download-artifact", "./suite merge --report target/suite-report shards/suite-shard-*");
        assertThat(SuiteOptions.parse(java.util.List.of("--mode", "thorough", "--shard", "3/4")).shard())
                .isEqualTo(new Shard(3, 4));
    }

    @Test
    void theIndexedJobTakesItsShardFromTheCompletionIndexAndTheMergeReadsEveryShard() throws Exception {
        String job = Files.readString(ROOT.resolve("deploy/kubernetes/suite-indexed-job.yaml"));
        String merge = Files.readString(ROOT.resolve("deploy/kubernetes/suite-merge-job.yaml"));

        assertThat(job).contains("completionMode: Indexed", "completions: 4", "value: \"4\"",
                "k=$((JOB_COMPLETION_INDEX + 1))", "./suite --mode thorough --shard \"$k/$SHARDS\" --report \"/results/shard-$k\"",
                "claimName: nodeplugins-suite-results", "suite-merge-job.yaml");
        assertThat(merge).contains("./suite merge --report /results/merged /results/shard-1 /results/shard-2"
                + " /results/shard-3 /results/shard-4", "claimName: nodeplugins-suite-results");
    }
}
