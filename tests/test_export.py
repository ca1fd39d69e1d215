"""What an interrupted or refused run leaves on disk."""
import os

import pytest

from neer_match_utilities.base import load_companies, split_by_matches
from neer_match_utilities.pairs import PairBatches
from neer_match_utilities.training import TrainingPipe

IDS = dict(id_left="company_id", id_right="company_id", matches_id_left="company_id_left",
           matches_id_right="company_id_right")


def small_pipe(target, **kw):
    left, right, matches = load_companies()
    train, test = split_by_matches(left.iloc[:120], right.iloc[:120], matches.iloc[:120], **IDS, seed=0)
    return TrainingPipe("m", 2, 0.05, 1, 0.1, 4, 2.0, 0.9, train, test, {"company_name": ["jaro_winkler"]},
                        **IDS, target_directory=target, verbose=0, **kw)


def test_interrupted_run_leaves_no_export(tmp_path, monkeypatch):
    "A run stopped half way (here in its second epoch) leaves the target folder as it was."
    calls = []
    def stop(self):
        calls.append(1)
        if len(calls) == 2: raise KeyboardInterrupt
    monkeypatch.setattr(PairBatches, "on_epoch_end", stop)
    with pytest.raises(KeyboardInterrupt):
        small_pipe(tmp_path).execute()
    assert os.listdir(tmp_path) == []


def test_overwrite_replaces_a_previous_export(tmp_path):
    "overwrite=True replaces the folder as a whole; without it the run is refused up front."
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "stale.txt").write_text("old")
    with pytest.raises(FileExistsError, match="already holds a model"):
        small_pipe(tmp_path)
    small_pipe(tmp_path, overwrite=True).execute()
    assert "stale.txt" not in os.listdir(tmp_path / "m")
    assert (tmp_path / "m" / "model.keras").exists()
    assert os.listdir(tmp_path) == ["m"]


def test_validation_data_picks_epochs_and_threshold(tmp_path):
    "With validation data (here as dicts), each round keeps its best epoch on validation F1."
    import json
    import pandas as pd
    left, right, matches = load_companies()
    part = lambda a, b: {"left": left.iloc[a:b], "right": right.iloc[a:b], "matches": matches.iloc[a:b]}
    pipe = TrainingPipe("v", 3, 0.05, 2, 0.1, 4, 2.0, 0.9, part(0, 100), part(100, 200),
                        {"company_name": ["jaro_winkler"], "city": ["jaro"]}, validation_data=part(200, 300),
                        **IDS, target_directory=tmp_path, verbose=0)
    pipe.execute()
    report = json.loads((tmp_path / "v" / "training.json").read_text())
    assert report["threshold_from"] == "validation"
    for name in ("round_1", "round_2"):
        history = pd.read_csv(tmp_path / "v" / f"history_{name}.csv")
        assert {"val_best_f1", "val_f1", "val_precision", "val_recall"} <= set(history.columns)
        assert report[name]["monitor"] == "val_best_f1"
        assert report[name]["best_epoch"] == int(history["val_best_f1"].idxmax()) + 1
        assert report[name]["monitor_value"] == pytest.approx(history["val_best_f1"].max())
