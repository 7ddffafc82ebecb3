/// A binary min-heap keyed by a cost; equal costs pop in insertion order (deterministic).
struct PriorityQueue<Element> {
    private var heap: [(cost: Double, order: Int, element: Element)] = []
    private var inserted = 0

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ element: Element, cost: Double) {
        heap.append((cost, inserted, element))
        inserted += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (element: Element, cost: Double)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        guard let top = heap.popLast() else { return nil }
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, precedes(left, smallest) { smallest = left }
            if right < heap.count, precedes(right, smallest) { smallest = right }
            if smallest == parent { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return (top.element, top.cost)
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        heap[a].cost != heap[b].cost ? heap[a].cost < heap[b].cost : heap[a].order < heap[b].order
    }
}
