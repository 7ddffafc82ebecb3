/// Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, no weight decay), PyTorch's formulation.
///
/// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − (lr/(1−β₁ᵗ)) · m / (√v/√(1−β₂ᵗ) + ε).
/// Optionally clamps every gradient to [−c, c] first (PyTorch `clip_grad_value_`).
public struct Adam: Sendable, Equatable {
    /// First-moment decay.
    public var beta1: Float = 0.9
    /// Second-moment decay.
    public var beta2: Float = 0.999
    /// Denominator guard.
    public var epsilon: Float = 1e-8
    /// Steps taken.
    public private(set) var step = 0
    private var m: [Float]
    private var v: [Float]

    /// An optimiser for `count` parameters.
    public init(count: Int) {
        m = [Float](repeating: 0, count: count)
        v = [Float](repeating: 0, count: count)
    }

    /// One update of `parameters` from `gradients` (clamped in place to ±`clamp` when given).
    public mutating func update(_ parameters: inout [Float], gradients: inout [Float], learningRate: Float, clamp: Float?) {
        let count = parameters.count
        gradients.withMutablePointer { g in
            parameters.withMutablePointer { p in
                update(p, gradients: g, count: count, learningRate: learningRate, clamp: clamp)
            }
        }
    }

    mutating func update(_ p: UnsafeMutablePointer<Float>, gradients g: UnsafeMutablePointer<Float>, count: Int, learningRate: Float, clamp: Float?) {
        step += 1
        let b1 = beta1, b2 = beta2, eps = epsilon
        let c1 = 1 - Float(pow(Double(b1), Double(step)))
        let c2 = 1 - Float(pow(Double(b2), Double(step)))
        let stepSize = learningRate / c1
        let root2 = c2.squareRoot()
        let limit = clamp ?? .infinity
        m.withMutablePointer { mp in
            v.withMutablePointer { vp in
                // Eight lanes at a time (explicit SIMD: the pointers may alias as far as the compiler knows).
                typealias Lanes = SIMD8<Float>
                let vb1 = Lanes(repeating: b1), vb2 = Lanes(repeating: b2)
                let one = Lanes(repeating: 1), vr2 = Lanes(repeating: root2)
                let veps = Lanes(repeating: eps), vstep = Lanes(repeating: stepSize)
                Parallel.ranges(count, work: count) { range in
                    // The clamp as its own scalar pass: it vectorises, where SIMD `clamped` stays generic.
                    if clamp != nil { for j in range { g[j] = min(max(g[j], -limit), limit) } }
                    var i = range.lowerBound
                    let end = range.upperBound
                    while i + 8 <= end {
                        let gi = UnsafeRawPointer(g + i).loadUnaligned(as: Lanes.self)
                        let mi = vb1 * UnsafeRawPointer(mp + i).loadUnaligned(as: Lanes.self) + (one - vb1) * gi
                        let vi = vb2 * UnsafeRawPointer(vp + i).loadUnaligned(as: Lanes.self) + (one - vb2) * gi * gi
                        let pi = UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self) - vstep * mi / (vi.squareRoot() / vr2 + veps)
                        UnsafeMutableRawPointer(mp + i).storeBytes(of: mi, as: Lanes.self)
                        UnsafeMutableRawPointer(vp + i).storeBytes(of: vi, as: Lanes.self)
                        UnsafeMutableRawPointer(p + i).storeBytes(of: pi, as: Lanes.self)
                        i += 8
                    }
                    while i < end {
                        let gi = g[i]
                        let mi = b1 * mp[i] + (1 - b1) * gi
                        let vi = b2 * vp[i] + (1 - b2) * gi * gi
                        mp[i] = mi
                        vp[i] = vi
                        p[i] -= stepSize * mi / (vi.squareRoot() / root2 + eps)
                        i += 1
                    }
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
