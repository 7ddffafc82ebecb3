/// Seeded random number generation that repeats bit for bit on every platform.
///
/// ``SeededGenerator`` (xoshiro256**, seeded through SplitMix64) is the one source of
/// randomness in the project: every experiment, engine and test draws from a generator built
/// from a seed in its config, and an engine that works on independent items (architectures,
/// runs, restarts) gives each its own generator derived from the seed and the item's index, so
/// results do not depend on the order or the number of workers. It imports nothing of the project.
