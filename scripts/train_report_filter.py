"""Train the report/mention filter and write its weights into the package.

    python scripts/train_report_filter.py            # cross-validate, train, write the weights
    python scripts/train_report_filter.py --check    # retrain and compare with the shipped weights

Reads src/hadath/events/data/report_training.tsv (sentences the hadath developers wrote), makes
the features with hadath.events.report_filter (the same code run time uses), cross-validates a
logistic regression (scikit-learn, a development dependency only) and writes
src/hadath/events/data/report_filter.json: weights of the hashed features, intercept, threshold,
feature configuration, training-data hash and the cross-validation figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold

from hadath.arabic.normalize import normalize
from hadath.events.report_filter import (
    DEFAULT_PATH,
    FORMAT,
    TRAINING_PATH,
    VERSION,
    FeatureConfig,
    ReportFilter,
    extract_features,
    feature_tokenizer,
    hash_features,
    parse_marked,
)

C = 1.0
FOLDS = 5
SEED = 13
THRESHOLD = 0.3  # coarse: drop only events the filter is fairly sure are mere mentions
DIGITS = 6
TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                   "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True, slots=True)
class Example:
    label: int
    event_type: str
    sentence: str  # with the trigger marked [[…]]


def load_examples(path: Path = TRAINING_PATH) -> list[Example]:
    """The rows of the training file (``#`` comments and the header skipped), checked."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        label, event_type, sentence = line.split("\t")
        if label not in ("0", "1") or event_type not in TYPES:
            raise ValueError(f"{path}:{number}: bad label or type in {line!r}")
        parse_marked(sentence)
        examples.append(Example(int(label), event_type, sentence))
    return examples


def data_hash(path: Path = TRAINING_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matrix(examples: list[Example], config: FeatureConfig) -> csr_matrix:
    """Binary feature matrix, one row per example."""
    tokenizer = feature_tokenizer()
    rows, cols = [], []
    for row, example in enumerate(examples):
        plain, start, end = parse_marked(example.sentence)
        strings = extract_features(normalize(plain), (0, len(plain)), (start, end), example.event_type,
                                   tokenizer, config)
        buckets = hash_features(strings, config.buckets)
        rows += [row] * len(buckets)
        cols += buckets
    data = np.ones(len(cols), dtype=np.float64)
    return csr_matrix((data, (rows, cols)), shape=(len(examples), config.buckets))


def _model(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=SEED)


def cross_validate(examples: list[Example], config: FeatureConfig, c: float = C, folds: int = FOLDS,
                   threshold: float = THRESHOLD) -> dict[str, float]:
    """Accuracy, precision, recall and F1 (label 1) of stratified k-fold cross-validation."""
    x = matrix(examples, config)
    y = np.array([e.label for e in examples])
    predicted = np.zeros(len(y), dtype=int)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(x, y):
        model = _model(c).fit(x[train], y[train])
        predicted[test] = (model.predict_proba(x[test])[:, 1] >= threshold).astype(int)
    return {"accuracy": round(float(accuracy_score(y, predicted)), 4),
            "precision": round(float(precision_score(y, predicted)), 4),
            "recall": round(float(recall_score(y, predicted)), 4),
            "f1": round(float(f1_score(y, predicted)), 4),
            "folds": folds, "c": c, "examples": len(y), "positives": int(y.sum())}


def train(examples: list[Example], config: FeatureConfig, c: float = C) -> tuple[dict[str, float], float]:
    """Weights (bucket → weight, rounded) and intercept of the model fitted on every example."""
    x = matrix(examples, config)
    y = np.array([e.label for e in examples])
    model = _model(c).fit(x, y)
    weights = {str(i): round(float(w), DIGITS) for i, w in enumerate(model.coef_[0]) if round(float(w), DIGITS)}
    return weights, round(float(model.intercept_[0]), DIGITS)


def build(config: FeatureConfig, c: float = C, threshold: float = THRESHOLD,
          path: Path = TRAINING_PATH) -> dict[str, Any]:
    """The whole weights file as a dict."""
    examples = load_examples(path)
    metrics = cross_validate(examples, config, c, threshold=threshold)
    weights, intercept = train(examples, config, c)
    return {"format": FORMAT, "version": VERSION, "features": config.to_dict(), "threshold": threshold,
            "training_data": {"file": path.name, "sha256": data_hash(path), "rows": len(examples)},
            "model": {"kind": "logistic regression", "solver": "liblinear", "c": c},
            "cross_validation": metrics, "intercept": intercept, "weights": weights}


def check(path: Path = DEFAULT_PATH) -> dict[str, bool]:
    """Retrain with the shipped file's settings: which parts come out the same."""
    shipped = json.loads(path.read_text(encoding="utf-8"))
    config = FeatureConfig.from_dict(shipped["features"])
    data = build(config, float(shipped["model"]["c"]), float(shipped["threshold"]))
    return {k: shipped.get(k) == data[k] for k in ("training_data", "cross_validation", "intercept", "weights")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--c", type=float, default=C, help="inverse regularization strength")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        same = check(args.out)
        print(json.dumps(same))
        return 0 if all(same.values()) else 1
    data = build(FeatureConfig(), args.c, args.threshold)
    print(json.dumps(data["cross_validation"]))
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    ReportFilter.load(args.out)  # the file written must load
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(data['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
