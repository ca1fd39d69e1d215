"""End-to-end runs of `neer-match-train`: the command a user types, in a fresh process."""
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from neer_match_utilities.base import example_data_path

CSV = {k: str(example_data_path() / f"{k}.csv") for k in ("left", "right", "matches")}
IDS = ["--id-left", "company_id", "--id-right", "company_id",
       "--matches-id-left", "company_id_left", "--matches-id-right", "company_id_right"]


def train(*args, cwd):
    "Run `neer-match-train` with `args` in `cwd`; return the finished process."
    exe = Path(sys.executable).with_name("neer-match-train")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=1800)


def test_short_demo_run_reaches_f1(tmp_path):
    "A few epochs on the example data already link the test half with F1 >= 0.85."
    run = train("--demo", "--epochs-1", "8", "--epochs-2", "4", "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    perf = pd.read_csv(tmp_path / "demo" / "performance.csv").set_index("data")
    assert perf.loc["test", "f1"] >= 0.85, perf
    assert f"export written to {tmp_path / 'demo'}" in run.stdout
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == [
        "checkpoints", "history_round_1.csv", "history_round_2.csv", "history_warmup.csv",
        "model.keras", "performance.csv", "similarity_map.dill", "training.json"]
    again = train("--demo", "--epochs-1", "1", "--epochs-2", "0", "--quiet", cwd=tmp_path)
    assert again.returncode == 2 and "already holds a model" in again.stderr


@pytest.mark.parametrize("args, message", [
    (["--id-left", "nope"], "--id-left: "),
    (["--similarity-map", '{"company_name": ["levenshtien"]}'], "levenshtien"),
    (["--similarity-map", '{"found_year": ["jaro"]}'], "non-string values"),
    (["--similarity-map", '{"headquarters": ["jaro"]}'], "headquarters"),
    (["--similarity-map", "{not json"], "neither a JSON file nor JSON"),
])
def test_bad_input_is_refused_before_any_work(tmp_path, args, message):
    "Bad input ends with one clear line and status 2, and nothing is written."
    base = ["--left", CSV["left"], "--right", CSV["right"], "--matches", CSV["matches"], *IDS,
            "--similarity-map", '{"company_name": ["jaro"]}']
    run = train(*base, *args, cwd=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_matches_naming_unknown_ids(tmp_path):
    "Matches that name ids absent from a table are reported with the ids."
    matches = pd.read_csv(CSV["matches"])
    matches.loc[0, "company_id_right"] = "not-an-id"
    matches.to_csv(tmp_path / "matches.csv", index=False)
    run = train("--left", CSV["left"], "--right", CSV["right"], "--matches", str(tmp_path / "matches.csv"),
                *IDS, "--similarity-map", '{"company_name": ["jaro"]}', "--target-directory",
                str(tmp_path / "out"), cwd=tmp_path)
    assert run.returncode == 2 and "not-an-id" in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_full_demo(tmp_path):
    "The demo with the reference settings: test F1 >= 0.90 (its wall time is printed, not asserted)."
    start = time.time()
    run = train("--demo", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    perf = pd.read_csv(tmp_path / "demo" / "performance.csv").set_index("data")
    print(f"full demo: {time.time() - start:.0f} s\n{perf}")
    assert perf.loc["test", "f1"] >= 0.90, perf
