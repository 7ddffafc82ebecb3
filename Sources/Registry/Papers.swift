/// A paper whose figures and tables the project reproduces.
public struct Paper: Sendable, Hashable {
    /// The id experiments start with, e.g. `trails`.
    public var id: String
    /// The paper's title and venue.
    public var title: String
    /// What the paper does and what we reproduce, in one paragraph of our own words.
    public var summary: String
}

/// The papers, in the order the site lists them.
public enum Papers {
    /// Every paper.
    public static let all: [Paper] = [
        Paper(
            id: "trails",
            title: "TRAILS: Database Native Model Selection (PVLDB 17(5), 2024)",
            summary: """
                TRAILS picks a neural network for a tabular prediction task inside the database. It \
                first scores many candidate MLPs at initialisation with cheap training-free metrics, \
                keeps the best few, and then spends the rest of a response-time budget training those \
                with successive halving. We re-render its figures from the result files the authors \
                released and, where the data allows, recompute them end to end with our own MLP \
                trainer, metrics and search engines on the frappe and UCI diabetes datasets.
                """),
        Paper(
            id: "accel-nasbench",
            title: "Accel-NASBench: Sustainable Benchmarking for Accelerator-Aware NAS (DAC 2024)",
            summary: """
                Accel-NASBench measures about five thousand MnasNet-style networks for ImageNet accuracy \
                (with a cheap proxy training scheme) and for throughput and latency on GPUs, TPUs and \
                FPGAs, then fits gradient-boosted surrogates so that architecture search can be \
                benchmarked without training. We refit those surrogates with our own boosted trees from \
                the released measurements, check their fit, and run searches on them.
                """),
        Paper(
            id: "network-scaling",
            title: "RL search of network width, depth and resolution under device bounds (aisys2021)",
            summary: """
                A course project that scales a PreActResNet18 in width, depth and input resolution with \
                a reinforcement-learning policy, keeping latency and memory within the bounds of a \
                Raspberry Pi, a Jetson or a desktop. We recompute the latency and memory of the \
                reported best networks from the released per-block latency tables, map which scalings \
                are feasible, and rerun the search on the project's toy environment.
                """),
        Paper(
            id: "ocaml-inlining",
            title: "Learning OCaml inlining decisions (FYP, 2018)",
            summary: """
                A final-year project that explores the OCaml compiler's inlining decisions with \
                simulated annealing and random walks, assigns rewards to individual decisions with \
                ridge and lasso regression, and trains policies from them. We redraw its exploration \
                and policy results from the released execution times and rewards, and demonstrate the \
                annealing and reward assignment on a synthetic inlining problem.
                """),
        Paper(
            id: "xflowrl",
            title: "XFLOWRL: reinforcement learning for graph substitutions (2019)",
            summary: """
                XFLOWRL replaces the cost-based backtracking search of the TASO optimiser with an RL \
                agent that chooses which graph substitution to apply and where. We re-render its \
                runtime and optimisation-time results and TASO's search trace from the released plots, \
                and run our own backtracking search and RL agent on small graphs built in code.
                """),
        Paper(
            id: "engines",
            title: "Shared engines",
            summary: """
                Not a paper: showcases of the engines every paper uses, such as the plotting gallery \
                and the same search algorithms running on benchmarks from different papers.
                """),
    ]
}
