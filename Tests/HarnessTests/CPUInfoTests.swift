import Harness
import Testing

@Suite struct CPUInfoTests {
    @Test func readsTheFirstProcessorsModelAndFlags() {
        let info = CPUInfo(text: """
            processor\t: 0
            model name\t: AMD EPYC 7B13
            flags\t\t: fpu sse2 avx2 fma avx512f
            processor\t: 1
            model name\t: Other
            """)
        #expect(info.modelName == "AMD EPYC 7B13")
        #expect(info.flags == ["fpu", "sse2", "avx2", "fma", "avx512f"])
    }

    @Test func aMissingFileGivesNothing() {
        let info = CPUInfo.read("/proc/definitely/not/here")
        #expect(info.modelName == nil)
        #expect(info.flags.isEmpty)
    }
}
