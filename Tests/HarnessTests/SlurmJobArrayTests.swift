import Harness
import Testing

@Suite struct SlurmJobArrayTests {
    let array = SlurmJobArray(
        experiment: "trails/benchmark", scale: .smoke, shards: 8, tasks: [0, 1, 2, 3, 6],
        partition: "cpu", time: "02:00:00", cpusPerTask: 2, repro: "/opt/repro/.build/release/repro",
        projectRoot: "/home/lab/repro", logFolder: "/home/lab/repro/.repro/slurm/logs",
        reproOptions: ["--data", "/shared/my data"])

    @Test func arrayCoversOnlyTheGivenTasksInCompactRanges() {
        #expect(array.arraySpec == "0-3,6")
        #expect(array.arrayScript.contains("#SBATCH --array=0-3,6\n"))
    }

    @Test func eachTaskRunsItsShardWithItsCores() {
        let script = array.arrayScript
        #expect(script.hasPrefix("#!/usr/bin/env bash\n"))
        #expect(script.contains("#SBATCH --partition=cpu\n"))
        #expect(script.contains("#SBATCH --time=02:00:00\n"))
        #expect(script.contains("#SBATCH --cpus-per-task=2\n"))
        #expect(script.contains("#SBATCH --output=/home/lab/repro/.repro/slurm/logs/repro-trails-benchmark-%a.log\n"))
        #expect(script.contains(
            "/opt/repro/.build/release/repro run trails/benchmark --scale smoke --shard \"${SLURM_ARRAY_TASK_ID}/8\" --workers 2 --data '/shared/my data'\n"))
    }

    @Test func mergeRunsOnceOverAllShards() {
        #expect(array.mergeScript.contains("repro merge trails/benchmark --scale smoke --shards 8 --data '/shared/my data'\n"))
        #expect(!array.mergeScript.contains("--array"))
    }

    @Test func hostileValuesStayOneShellWord() {
        #expect(shellQuoted("a b") == "'a b'")
        #expect(shellQuoted("$(rm -rf /)") == "'$(rm -rf /)'")
        #expect(shellQuoted("it's") == "'it'\\''s'")
        #expect(shellQuoted("") == "''")
        #expect(shellQuoted("plain-1.0") == "plain-1.0")
    }
}
