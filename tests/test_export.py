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
