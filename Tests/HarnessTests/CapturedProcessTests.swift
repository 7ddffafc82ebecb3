import Foundation
import Harness
import Testing

/// The one way the project starts a child process: both streams captured, the environment
/// replaceable, the child's end (status or signal) reported.
@Suite struct CapturedProcessTests {
    @Test func capturesBothStreamsAndTheStatus() throws {
        let shell = try CapturedProcess.run("sh", ["-c", "echo out; echo err >&2; exit 3"])
        #expect(shell.status == 3 && !shell.signaled)
        #expect(shell.output == "out\n")
        #expect(shell.errors == "err\n")
        #expect(shell.firstErrorLine == "err")
    }

    @Test func aChattyChildDoesNotStall() throws {
        let shell = try CapturedProcess.run("sh", ["-c", "head -c 300000 /dev/zero | tr '\\0' o; head -c 300000 /dev/zero | tr '\\0' e >&2"])
        #expect(shell.status == 0)
        #expect(shell.output.count == 300_000 && shell.errors.count == 300_000)
    }

    @Test func theEnvironmentReplacesThisProcesss() throws {
        let shell = try CapturedProcess.run(
            "sh", ["-c", "echo \"$REPRO_PROBE:$HOME\""], environment: ["REPRO_PROBE": "set", "PATH": "/usr/bin:/bin"])
        #expect(shell.output == "set:\n")
    }

    @Test func aKilledChildIsReportedAsSignaled() throws {
        let child = try RunningProcess("sleep", ["30"])
        #expect(child.wait(timeout: 0.2) == nil)
        kill(child.identifier, SIGKILL)
        let result = child.wait()
        #expect(result.signaled && result.status == SIGKILL)
        #expect(child.wait() == result)
    }

    @Test func aCommandThatCannotStartThrows() {
        #expect(throws: (any Error).self) { try CapturedProcess.run("/nonexistent/repro-probe", []) }
    }
}
