"""The batch on a Dask cluster gives the same bytes as the local run."""

from __future__ import annotations

import sys

import pytest

from northeast_text.batch import discover_pairs, run_batch
from northeast_text.errors import InputError
from northeast_text.settings import Settings

from test_batch import make_corpus, snapshot


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_dask_output_identical_to_local(client, tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    specs = discover_pairs(corpus)
    local = run_batch(specs, tmp_path / "local", Settings(), jobs=1, tmx=True)
    remote = run_batch(specs, tmp_path / "dask", Settings(), executor="dask", scheduler=client, tmx=True)
    assert local.exit_code == remote.exit_code == 0
    assert [p.status for p in remote.pairs] == ["done"] * 3
    assert snapshot(tmp_path / "local") == snapshot(tmp_path / "dask")


def test_dask_by_address_and_failure_isolation(client, tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    (corpus / "beta" / "zh.md").write_text("", encoding="utf-8")
    result = run_batch(discover_pairs(corpus), tmp_path / "out", Settings(),
                       executor="dask", scheduler=client.scheduler.address)
    status = {p.id: p.status for p in result.pairs}
    assert status == {"alpha": "done", "beta": "failed", "gamma": "done"}
    assert result.exit_code == 2
    assert "empty file" in result.failed[0].message


def test_missing_dask_is_a_clear_error(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "corpus")
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(InputError, match=r"pip install 'northeast-text\[dask\]'"):
        run_batch(discover_pairs(corpus), tmp_path / "out", Settings(), executor="dask")
