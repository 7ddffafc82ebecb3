"""Peer for `repro-bench surrogate --forest`: fits scikit-learn's RandomForestRegressor
(one job) with the tuned Accel-NASBench settings and prints JSON to stdout.

Input: a JSON file with train/test {x, y}, params (n_estimators, min_samples_split,
min_samples_leaf, max_features, bootstrap, random_state).
Output: {"predictions": test predictions, "fitSeconds": process CPU time of the fit,
"wallSeconds", "version"}.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestRegressor


def main() -> None:
    with open(sys.argv[1]) as handle:
        data = json.load(handle)
    x_train = np.asarray(data["train"]["x"])
    y_train = np.asarray(data["train"]["y"])
    start = time.perf_counter()
    cpu_start = time.process_time()
    model = RandomForestRegressor(n_jobs=1, **data["params"]).fit(x_train, y_train)
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - start
    predictions = model.predict(np.asarray(data["test"]["x"]))
    json.dump({
        "predictions": [float(v) for v in predictions],
        "fitSeconds": cpu,
        "wallSeconds": wall,
        "version": sklearn.__version__,
    }, sys.stdout)


if __name__ == "__main__":
    main()
