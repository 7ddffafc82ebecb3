import Diagnostics
import Foundation

extension TRAILS {
    /// Where a phase of TRAILS runs.
    public enum Device: String, Sendable, Codable, CaseIterable {
        case cpu
        case gpu
    }

    /// A value required by a cost formula that the constants file lacks.
    public struct MissingConstant: ReproError, Equatable {
        /// The table and key that are missing, e.g. `train_one_epoch_time_s.gpu.frappe`.
        public var key: String

        /// Creates the error for `key`.
        public init(key: String) { self.key = key }

        public var subject: String { "script_constants.json" }
        public var place: String? { "key '\(key)'" }
        public var reason: String { "missing" }
    }
}

extension TRAILS.ScriptConstants {
    /// ⌊log_η K⌋, the number of successive-halving rounds the scripts charge for K models.
    public func roundCount(for candidates: Int) -> Int {
        guard candidates > 1, eta > 1 else { return 0 }
        var rounds = 0
        var power = eta
        while power <= candidates {
            rounds += 1
            power *= eta
        }
        return rounds
    }

    /// Seconds to score one model on `device` for `dataset`.
    public func scoringSeconds(_ dataset: TRAILS.Dataset, on device: TRAILS.Device) throws -> Double {
        let table = device == .cpu ? scoreOneModel.cpu : scoreOneModel.gpu
        guard let value = table[dataset.fileStem] else {
            throw TRAILS.MissingConstant(key: "score_one_model_time_s.\(device.rawValue).\(dataset.fileStem)")
        }
        return value
    }

    /// Seconds to train one epoch on `device` for `dataset`.
    public func epochSeconds(_ dataset: TRAILS.Dataset, on device: TRAILS.Device) throws -> Double {
        let table = device == .cpu ? trainOneEpoch.cpu : trainOneEpoch.gpu
        guard let value = table[dataset.fileStem] else {
            throw TRAILS.MissingConstant(key: "train_one_epoch_time_s.\(device.rawValue).\(dataset.fileStem)")
        }
        return value
    }

    /// The scripts' model-selection latency: N·t₁(filter device) + K·U·t₂(refine device)·⌊log_η K⌋.
    public func selectionLatency(
        _ dataset: TRAILS.Dataset, models: Int, candidates: Int, epochs: Int,
        filterOn: TRAILS.Device, refineOn: TRAILS.Device
    ) throws -> Double {
        let scoring = Double(models) * (try scoringSeconds(dataset, on: filterOn))
        let refining = Double(candidates * epochs * roundCount(for: candidates)) * (try epochSeconds(dataset, on: refineOn))
        return scoring + refining
    }

    /// Figure 7(a): latency with the file's N, K, U; CPU-only, GPU-only, or hybrid
    /// (filter on CPU, refine on GPU: what TRAILS does).
    public func placementLatency(_ dataset: TRAILS.Dataset, filterOn: TRAILS.Device, refineOn: TRAILS.Device) throws -> Double {
        try selectionLatency(
            dataset, models: placement.N, candidates: placement.K, epochs: placement.U,
            filterOn: filterOn, refineOn: refineOn)
    }

    /// Figure 7(b): training-based GPU seconds divided by TRAILS's refinement GPU seconds.
    public func gpuTimeReduction(_ dataset: TRAILS.Dataset) throws -> Double {
        try trainingBasedGPUSeconds(dataset) / trailsGPUSeconds(dataset)
    }

    /// Training-based selection's GPU seconds for `dataset`.
    public func trainingBasedGPUSeconds(_ dataset: TRAILS.Dataset) throws -> Double {
        guard let minutes = gpuConsumption.trainingBasedMinutes[dataset.fileStem] else {
            throw TRAILS.MissingConstant(key: "fig7b_gpu_consumption.training_based_ms_gpu_time_min.\(dataset.fileStem)")
        }
        return minutes * 60
    }

    /// TRAILS's refinement GPU seconds for `dataset`.
    public func trailsGPUSeconds(_ dataset: TRAILS.Dataset) throws -> Double {
        guard let seconds = gpuConsumption.trailsPhaseTwoSeconds[dataset.fileStem] else {
            throw TRAILS.MissingConstant(key: "fig7b_gpu_consumption.trails_phase2_gpu_time_s.\(dataset.fileStem)")
        }
        return seconds
    }

    /// Figure 8(b): seconds to prepare data, in the database (one mini-batch) or outside
    /// it (the whole dataset).
    public func preprocessingSeconds(_ dataset: TRAILS.Dataset, inDatabase: Bool) throws -> Double {
        let table = inDatabase ? dataLoading.oneIterationInDB : dataLoading.wholeDatasetOutOfDB
        guard let value = table[dataset.fileStem] else {
            let name = inDatabase ? "one_iteration_in_db" : "whole_dataset_out_db"
            throw TRAILS.MissingConstant(key: "fig8_data_loading_s.\(name).\(dataset.fileStem)")
        }
        return value
    }

    /// Figure 8(a): latency of exploring N models and refining K (U = 1) on Criteo,
    /// filtering on CPU and refining on GPU, plus the data preparation time.
    public func workloadLatency(models: Int, candidates: Int, inDatabase: Bool) throws -> Double {
        try selectionLatency(.criteo, models: models, candidates: candidates, epochs: 1, filterOn: .cpu, refineOn: .gpu)
            + preprocessingSeconds(.criteo, inDatabase: inDatabase)
    }
}
