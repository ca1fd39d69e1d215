"""The generated modules on their own, outside the notebooks that define them.

A name that an exported cell uses but only a test cell imports works in the notebook and fails
in the package; these calls catch that for the widgets, which no other test imports."""
import numpy as np

from neer_match_utilities import widgets


def test_explorers_build_from_the_package():
    "Each explorer builds and recomputes when a control changes."
    w = widgets.schedule_explorer(peak_lr=2e-3, total_steps=500, warmup_share=0.2)
    assert np.isclose(w.data.learning_rate.max(), 2e-3)
    w.peak_lr.value = 1e-3
    assert np.isclose(w.data.learning_rate.max(), 1e-3)
    f = widgets.focal_explorer(alpha=0.25, gamma=0.0)
    at_half = f.data.set_index("p").loc[0.5, "loss_match"]
    assert np.isclose(at_half, 0.25 * np.log(2), atol=1e-6)
    assert widgets.surface_explorer(grid=5).data.shape == (5, 5)
