extension TRAILS {
    /// One method's runs in a refinement micro-benchmark file: for each run, the time
    /// budgets (minutes) and the value (AUC or accuracy) of the model selected within
    /// each budget. A budget where the method cannot run is stored as 0.
    public struct RefinementTrace: Sendable, Equatable {
        /// The method.
        public var method: RefinementMethod
        /// `budgets[run][i]`: the i-th time budget of a run, in minutes.
        public var budgets: [[Double]]
        /// `values[run][i]`: the selected model's value within that budget; 0 = infeasible.
        public var values: [[Double]]

        /// Creates a trace; `budgets` and `values` must have the same shape.
        public init(method: RefinementMethod, budgets: [[Double]], values: [[Double]]) {
            self.method = method
            self.budgets = budgets
            self.values = values
        }

        /// The number of runs stored.
        public var runCount: Int { values.count }

        /// Indices of runs whose every value is 0: runs that failed or never ran.
        public var failedRuns: [Int] {
            values.indices.filter { values[$0].allSatisfy { $0 == 0 } }
        }

        /// Whether any run has a feasible (non-zero) value.
        public var hasFeasibleValue: Bool { values.contains { $0.contains { $0 != 0 } } }

        /// The feasible values per budget, over the runs that did not fail, zeros dropped;
        /// budgets where no run is feasible are left out. Budgets are grouped by column
        /// (every run of a released file uses the same budget list); the budget of a
        /// column is the mean over the runs.
        public func feasibleColumns() -> [BudgetColumn] {
            let failed = Set(failedRuns)
            let width = budgets.map(\.count).min() ?? 0
            var columns: [BudgetColumn] = []
            for column in 0..<width {
                var times: [Double] = []
                var feasible: [Double] = []
                for run in budgets.indices where !failed.contains(run) {
                    times.append(budgets[run][column])
                    let value = values[run][column]
                    if value != 0 { feasible.append(value) }
                }
                guard !feasible.isEmpty else { continue }
                let budget = times.reduce(0, +) / Double(times.count)
                columns.append(BudgetColumn(budget: budget, values: feasible, runs: times.count))
            }
            return columns
        }

        /// The smallest budget (minutes) at which at least one run is feasible.
        public var firstFeasibleBudget: Double? { feasibleColumns().first?.budget }
    }

    /// The feasible values of one time budget.
    public struct BudgetColumn: Sendable, Equatable {
        /// The budget, in minutes.
        public var budget: Double
        /// The non-zero values of the runs that did not fail.
        public var values: [Double]
        /// How many non-failed runs the column covers (feasible or not).
        public var runs: Int

        /// Creates a column.
        public init(budget: Double, values: [Double], runs: Int) {
            self.budget = budget
            self.values = values
            self.runs = runs
        }

        /// The fraction of non-failed runs that were feasible at this budget.
        public var feasibleFraction: Double { runs == 0 ? 0 : Double(values.count) / Double(runs) }
    }
}
