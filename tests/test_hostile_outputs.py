"""Issue 20: an output folder the builder may not write, and a build killed between two renames.

The build under test runs ``kg build`` in a child process, so the permission check and the kill are
real: tests run as root, for whom permissions do not apply, so the child drops the capabilities that
let root ignore them (``setpriv --bounding-set -dac_override,-dac_read_search``); it keeps uid 0, so
it can still run the interpreter under ``/root``. The builds around it (the earlier outputs, the
rebuild, the clean reference) are ordinary builds and run in this process (:func:`kg_here`): the same
``kg.cli.main``, without the seconds a fresh interpreter spends loading the dictionaries. So do the builds
whose failure is a patched ``os.replace`` or ``os.pwrite`` (monkeypatched here, as the child's code did there).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = {
    "a.txt": "青山日报讯(记者/周晓梅) 5月6日,县委书记刘建国主持召开县委常委会会议,县长黄志明出席。\n",
    "b.txt": "青山日报讯 5月7日,市长王建国调研青山大桥项目建设,副市长李红陪同。\n",
}
DROP_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def kg(*args: str, prefix: list[str] | None = None, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in a child process (``code``: Python run first, e.g. a patch), with a time limit."""
    run = f"{code or ''}\nimport sys\nfrom kg.cli import main\nmain(sys.argv[1:])"
    return subprocess.run(
        [*(prefix or []), sys.executable, "-c", run, *args], capture_output=True, text=True, timeout=120
    )


def kg_here(*args: str) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in this process (click's test runner), as a :class:`subprocess.CompletedProcess`."""
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, list(args))
    return subprocess.CompletedProcess(["kg", *args], result.exit_code, result.stdout, result.stderr)


def corpus(tmp_path: Path, *names: str) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir(exist_ok=True)
    for name in names:
        (pages / name).write_text(PAGES[name], encoding="utf-8")
    return pages


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("graph.*"))}


def temp_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.tmp"))


def permissions_bite(tmp_path: Path) -> list[str]:
    """The prefix under which a read-only folder cannot be written (``[]`` when not root), or skip."""
    if os.geteuid() != 0:
        return []
    probe = tmp_path / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv: cannot drop the right to ignore permissions")
        tried = subprocess.run([*DROP_DAC, "touch", str(probe / "x")], capture_output=True)
        if tried.returncode == 0 or "Permission denied" not in tried.stderr.decode(errors="replace"):
            pytest.skip(f"setpriv cannot drop CAP_DAC_OVERRIDE here: {tried.stderr!r}")
    finally:
        probe.chmod(0o755)
    return DROP_DAC


def test_hostile_read_only_output_folder_is_one_line_and_keeps_earlier_outputs(tmp_path):
    prefix = permissions_bite(tmp_path)
    pages = corpus(tmp_path, "a.txt")
    out = tmp_path / "out"
    first = kg_here("build", str(pages), "-o", str(out), "-q")
    assert first.returncode == 0, first.stderr
    before = outputs(out)
    corpus(tmp_path, "b.txt")  # a changed corpus: the build has something to write
    out.chmod(0o555)
    try:
        results = {target: kg("build", str(pages), "-o", str(target), prefix=prefix) for target in (out, out / "new")}
    finally:
        out.chmod(0o755)
    for target, result in results.items():  # the folder itself, and a new folder to be made inside it
        assert result.returncode == 3, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1  # naming the folder, or the first file it could not write
        assert result.stderr.startswith(f"kg: error: {target}")
        assert result.stderr.rstrip().endswith(": cannot write (Permission denied)")
    assert outputs(out) == before and temp_files(out) == []
    assert not (out / "new").exists()


KILL_AFTER_FIRST_RENAME = """
import os, signal
from pathlib import Path
_replace = os.replace
def replace(src, dst, *args, **kwargs):
    _replace(src, dst, *args, **kwargs)
    if Path(dst).name.startswith("graph."):  # the first output renamed: die before the second
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
"""


@pytest.fixture(scope="module")
def page_cache(tmp_path_factory) -> Path:
    """One cache for both cases: the second extracts nothing (the stamps are per output folder)."""
    return tmp_path_factory.mktemp("kg-cache")


@pytest.mark.parametrize("next_corpus", ["same", "previous"])
def test_hostile_build_killed_between_two_renames_is_rebuilt_whole(tmp_path, monkeypatch, page_cache, next_corpus):
    """A build killed after renaming its first output leaves a mix; the next build is not "up to date",
    writes a set from one corpus (byte-identical to a clean build of it) and leaves no temporary file."""
    monkeypatch.setenv("KG_CACHE_DIR", str(page_cache))
    pages = corpus(tmp_path, "a.txt")
    out, cache = tmp_path / "out", Path(os.environ["KG_CACHE_DIR"])
    assert kg_here("build", str(pages), "-o", str(out), "-q").returncode == 0
    old = outputs(out)
    corpus(tmp_path, "b.txt")
    killed = kg("build", str(pages), "-o", str(out), "-q", code=KILL_AFTER_FIRST_RENAME)
    assert killed.returncode == -signal.SIGKILL
    mixed = outputs(out)
    changed = [name for name in mixed if mixed[name] != old[name]]
    assert len(changed) == 1, changed  # killed between two renames: one new file, the others old
    assert temp_files(out)  # the staged files not yet renamed are left behind
    if next_corpus == "previous":
        (pages / "b.txt").unlink()
    again = kg_here("build", str(pages), "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert "up to date" not in again.stdout + again.stderr
    reference = tmp_path / "reference"
    assert kg_here("build", str(pages), "-o", str(reference), "-q").returncode == 0
    assert outputs(out) == outputs(reference)
    if next_corpus == "previous":
        assert outputs(out) == old
    assert temp_files(out, cache) == []
    assert kg_here("build", str(pages), "-o", str(out)).stdout.count("up to date") == len(old)


def test_hostile_file_name_with_bytes_that_are_not_utf8_is_built(tmp_path):
    """The name reaches the outputs with ``\\xNN`` escapes (it was a UnicodeEncodeError traceback)."""
    raw = os.fsencode(tmp_path) + b"/bad\xff\xfe name.txt"
    with open(raw, "wb") as f:
        f.write(PAGES["a.txt"].encode("utf-8"))
    out = tmp_path / "out"
    result = kg("build", os.fsdecode(raw), "-o", str(out), "-q")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert r'"bad\\xff\\xfe name.txt"' in (out / "graph.ttl").read_text(encoding="utf-8")
    assert r'"doc": "bad\\xff\\xfe name.txt"' in (out / "graph.jsonl").read_text(encoding="utf-8")


def test_hostile_full_disk_at_the_output_lock_is_one_line(tmp_path, monkeypatch):
    """A disk so full that the lock file cannot take the build's pid (it was a traceback)."""
    import errno

    pages = corpus(tmp_path, "a.txt")

    def pwrite(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", pwrite)  # the build's own calls: it runs in this process
    result = kg_here("build", str(pages), "-o", str(tmp_path / "out"))
    assert result.returncode == 3
    assert result.stderr == f"kg: error: {tmp_path / 'out'}: cannot write (No space left on device)\n"


def test_hostile_full_disk_for_jiebas_own_cache_prints_no_traceback(tmp_path, monkeypatch):
    """jieba logs "Dump cache file failed." with a traceback when it cannot write its cache; kg's build goes on."""
    monkeypatch.setenv("KG_TOKENIZER", "jieba")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "user-cache"))  # no jieba.cache yet: jieba writes one
    pages = corpus(tmp_path, "a.txt")
    enospc = "import errno, marshal, os\ndef dump(*a):\n    raise OSError(errno.ENOSPC, 'full')\nmarshal.dump = dump"
    result = kg("build", str(pages), "-o", str(tmp_path / "out"), "-q", code=enospc)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Dump cache" not in result.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_hostile_failed_rename_puts_back_the_outputs_already_replaced(tmp_path, monkeypatch):
    """One output that cannot be replaced (a locked or immutable file) fails the build with one error
    naming it, and leaves the earlier outputs as they were: all old, no mix, no temporary file."""
    pages = corpus(tmp_path, "a.txt")
    out = tmp_path / "out"
    assert kg_here("build", str(pages), "-o", str(out), "-q").returncode == 0
    old = outputs(out)
    corpus(tmp_path, "b.txt")
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == "graph.ttl":
            raise PermissionError(1, "Operation not permitted")
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)  # the build's own renames: it runs in this process
    failed = kg_here("build", str(pages), "-o", str(out), "-q")
    assert failed.returncode == 3 and "graph.ttl: cannot write" in failed.stderr, failed.stderr
    assert "Traceback" not in failed.stderr
    assert outputs(out) == old
    assert temp_files(out) == []
