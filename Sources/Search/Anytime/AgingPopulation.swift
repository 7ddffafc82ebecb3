/// The population of regularized evolution: a first-in, first-out queue of evaluated members.
///
/// Adding a member to a full population removes the oldest one, whatever its value
/// ("aging"), which is what distinguishes regularized from tournament evolution.
public struct AgingPopulation<Point: Hashable & Sendable>: Hashable, Sendable {
    /// An evaluated member.
    public struct Member: Hashable, Sendable {
        /// The member's point.
        public var point: Point
        /// Its value.
        public var value: Double
        /// When it was added (0 for the first member).
        public var birth: Int
    }

    /// The maximum number of members.
    public let capacity: Int
    private var storage: [Member] = []
    private var head = 0
    private var births = 0

    /// Creates an empty population holding at most `capacity` members.
    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
        // A capacity larger than any search fills (a typed --set) must not allocate up front.
        storage.reserveCapacity(min(self.capacity, 1 << 16))
    }

    /// The members, oldest first.
    public var members: [Member] {
        Array(storage[head...] + storage[..<head])
    }

    /// The number of members.
    public var count: Int { storage.count }

    /// The member at `position` in storage order (positions are stable between insertions).
    public subscript(position: Int) -> Member { storage[position] }

    /// Adds a member; when the population is full, removes and returns the oldest.
    @discardableResult
    public mutating func append(_ point: Point, value: Double) -> Member? {
        let member = Member(point: point, value: value, birth: births)
        births += 1
        if storage.count < capacity {
            storage.append(member)
            return nil
        }
        let oldest = storage[head]
        storage[head] = member
        head = (head + 1) % capacity
        return oldest
    }
}
