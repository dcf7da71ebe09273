"""The disk spool on its own: framing, order, checkpoints, recovery, bound, lock."""

from __future__ import annotations

import os
import time

import pytest

from gammainfra_common.kafka.spool import DiskSpool, SpoolFull, SpoolLocked, SpoolRecord, encode


def record(n: int, *, key: bytes | None = b"k", size: int = 10) -> SpoolRecord:
    return SpoolRecord("llm.requests.v1", key, f"{n:0{size}d}".encode(),
                       (("ce_id", f"id-{n}".encode()), ("empty", b""), ("none", None)))


def drain(spool: DiskSpool) -> list[SpoolRecord]:
    out = []
    while batch := spool.read_batch(7, 1 << 20):
        out += [rec for _, rec in batch]
        spool.commit(batch[-1][0])
    return out


def segments(directory) -> list[str]:
    return sorted(p.name for p in directory.glob("*.seg"))


def test_round_trip_keeps_keys_values_and_headers(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        written = [record(1), record(2, key=None), SpoolRecord("t", None, None, ())]
        for rec in written:
            spool.append(rec)
        assert spool.depth_records == 3
        assert spool.depth_bytes == sum(len(encode(r)) for r in written)
        batch = spool.read_batch(10, 1 << 20)
        assert [rec for _, rec in batch] == written
        assert spool.read_batch(10, 1 << 20) == batch  # reading does not consume; commit does
        spool.commit(batch[1][0])
        assert [rec for _, rec in spool.read_batch(10, 1 << 20)] == written[2:]
        assert (spool.depth_records, spool.depth_bytes) == (1, len(encode(written[2])))


def test_batches_respect_limits_but_always_return_one(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        for n in range(10):
            spool.append(record(n, size=100))
        assert len(spool.read_batch(3, 1 << 20)) == 3
        assert len(spool.read_batch(100, 1)) == 1
        assert len(spool.read_batch(100, 2 * len(encode(record(0, size=100))))) == 2


def test_order_survives_segment_rollover_and_consumed_segments_are_deleted(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as spool:
        written = [record(n) for n in range(100)]
        for rec in written:
            spool.append(rec)
        assert len(segments(tmp_path)) > 5
        assert drain(spool) == written
        assert (spool.depth_records, spool.depth_bytes) == (0, 0)
        assert len(segments(tmp_path)) == 1  # only the active segment remains


def test_checkpoint_survives_reopen(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as spool:
        for n in range(50):
            spool.append(record(n))
        batch = spool.read_batch(20, 1 << 20)
        spool.commit(batch[-1][0])
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as spool:
        assert spool.depth_records == 30
        assert drain(spool) == [record(n) for n in range(20, 50)]
        spool.append(record(50))
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as spool:
        assert drain(spool) == [record(50)]


def test_corrupt_checkpoint_rereads_everything_rather_than_skip(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        for n in range(5):
            spool.append(record(n))
        spool.commit(spool.read_batch(3, 1 << 20)[-1][0])
    (tmp_path / "CHECKPOINT").write_bytes(b"garbage")
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        assert drain(spool) == [record(n) for n in range(5)]


def test_torn_tail_is_cut_and_earlier_records_kept(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        for n in range(10):
            spool.append(record(n))
    [seg] = list(tmp_path.glob("*.seg"))
    os.truncate(seg, seg.stat().st_size - 5)  # the process died in the middle of the last write

    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        assert spool.depth_records == 9
        assert (tmp_path / f"{seg.name}.corrupt").stat().st_size == len(encode(record(9))) - 5
        spool.append(record(10))  # appends continue right after the last good record
        assert drain(spool) == [record(n) for n in range(9)] + [record(10)]


def test_corrupt_crc_on_the_tail_record_is_cut(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        for n in range(10):
            spool.append(record(n))
    [seg] = list(tmp_path.glob("*.seg"))
    data = bytearray(seg.read_bytes())
    data[-1] ^= 0xFF  # last byte of the last payload
    seg.write_bytes(bytes(data))

    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        assert drain(spool) == [record(n) for n in range(9)]


def test_damage_inside_an_older_segment_is_set_aside_and_later_segments_still_read(tmp_path):
    size = len(encode(record(0)))
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=4 * size) as spool:
        for n in range(12):  # three segments of four records
            spool.append(record(n))
    first = tmp_path / segments(tmp_path)[0]
    data = bytearray(first.read_bytes())
    data[2 * size + 10] ^= 0xFF  # inside the third record
    first.write_bytes(bytes(data))

    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=4 * size) as spool:
        assert drain(spool) == [record(n) for n in (0, 1, *range(4, 12))]
    assert (tmp_path / f"{first.name}.corrupt").stat().st_size == 2 * size  # kept for a human


def test_a_few_bytes_of_a_header_only(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        spool.append(record(0))
    [seg] = list(tmp_path.glob("*.seg"))
    with open(seg, "ab") as f:
        f.write(b"\x00\x00")
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        assert drain(spool) == [record(0)]


def test_zero_filled_tail_is_not_taken_for_records(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        spool.append(record(0))
    [seg] = list(tmp_path.glob("*.seg"))
    with open(seg, "ab") as f:
        f.write(bytes(64))  # size extended, data never written: what some filesystems leave
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        assert spool.depth_records == 1
        assert drain(spool) == [record(0)]


def test_full_spool_refuses_loudly_and_accepts_again_after_commit(tmp_path):
    size = len(encode(record(0)))
    with DiskSpool(tmp_path, max_bytes=3 * size) as spool:
        for n in range(3):
            spool.append(record(n))
        with pytest.raises(SpoolFull, match="full"):
            spool.append(record(3))
        assert spool.depth_records == 3  # the refused record was not half-stored
        spool.commit(spool.read_batch(1, 1 << 20)[0][0])
        spool.append(record(3))
        assert drain(spool) == [record(n) for n in (1, 2, 3)]


def test_one_writer_per_directory(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20):
        with pytest.raises(SpoolLocked, match=f"in use by another writer \\(pid {os.getpid()}\\)"):
            DiskSpool(tmp_path, max_bytes=1 << 20)
    with DiskSpool(tmp_path, max_bytes=1 << 20):  # released on close
        pass


def test_fsync_and_close_are_idempotent(tmp_path):
    spool = DiskSpool(tmp_path, max_bytes=1 << 20)
    spool.fsync()
    spool.append(record(0))
    spool.fsync()
    spool.close()
    spool.close()
    spool.fsync()


def test_room_is_the_smaller_of_the_bound_and_the_disks_free_space(tmp_path, monkeypatch):
    with DiskSpool(tmp_path / "s", max_bytes=10_000, free_space_recheck_s=0) as spool:
        spool.append(record(1, size=100))
        assert spool.room_bytes() == 10_000 - spool.depth_bytes  # the disk has far more
        free = os.statvfs_result((4096, 4096, 100, 2, 2, 0, 0, 0, 0, 255))  # 2 blocks of 4 KiB free

        monkeypatch.setattr(os, "statvfs", lambda _path: free)
        assert spool.room_bytes() == 2 * 4096


def test_records_read_from_memory_are_the_ones_disk_gives_at_the_same_positions(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as spool:
        written = [record(n, key=None if n % 3 else b"k") for n in range(40)]
        for rec in written:
            spool.append(rec)
        assert spool._memory_ok  # the sender's reads are served from memory
        for max_records, max_bytes in ((7, 1 << 20), (100, 1), (100, 300), (1000, 1 << 20)):
            from_memory = spool.read_batch(max_records, max_bytes)
            assert from_memory == spool._read_disk(max_records, max_bytes)
        spool.commit(spool.read_batch(13, 1 << 20)[-1][0])
        assert spool.read_batch(100, 1 << 20) == spool._read_disk(100, 1 << 20)
        assert [rec for _, rec in spool.read_batch(100, 1 << 20)] == written[13:]
        assert drain(spool) == written[13:]
        assert not spool._memory and spool._memory_bytes == 0  # committed records leave memory


def test_a_reader_far_behind_reads_from_disk_and_memory_resumes_once_it_caught_up(tmp_path):
    frame = len(encode(record(0)))
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500, memory_bytes=10 * frame) as spool:
        first = [record(n) for n in range(25)]  # more than memory holds
        for rec in first:
            spool.append(rec)
        assert not spool._memory_ok and not spool._memory
        assert drain(spool) == first
        later = [record(n) for n in range(25, 30)]
        for rec in later:
            spool.append(rec)
        assert spool._memory_ok and len(spool._memory) == 5
        assert spool.read_batch(100, 1 << 20) == spool._read_disk(100, 1 << 20)
        assert drain(spool) == later


def test_records_left_by_an_earlier_process_are_read_from_disk_then_new_ones_from_memory(tmp_path):
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        for n in range(5):
            spool.append(record(n))
    with DiskSpool(tmp_path, max_bytes=1 << 20) as spool:
        spool.append(record(5))
        assert not spool._memory_ok  # five records before it are only on disk
        assert drain(spool) == [record(n) for n in range(6)]
        spool.append(record(6))
        assert spool._memory_ok
        assert drain(spool) == [record(6)]


def crash(spool: DiskSpool) -> None:
    """What SIGKILL leaves: the files as written so far, no close(), no checkpoint flush."""
    spool._active.close()
    spool._lock_file.close()


def test_commits_within_the_interval_are_written_once_and_a_crash_only_rereads_them(tmp_path):
    spool = DiskSpool(tmp_path, max_bytes=1 << 20, checkpoint_interval_s=3600)
    for n in range(10):
        spool.append(record(n))
    spool.commit(spool.read_batch(3, 1 << 20)[-1][0])  # the first commit is written
    spool.commit(spool.read_batch(4, 1 << 20)[-1][0])  # within the interval: not yet
    assert spool.depth_records == 3
    crash(spool)
    with DiskSpool(tmp_path, max_bytes=1 << 20) as again:
        assert drain(again) == [record(n) for n in range(3, 10)]  # 3..6 again (duplicates), nothing lost


def test_write_checkpoint_persists_the_pending_commit(tmp_path):
    spool = DiskSpool(tmp_path, max_bytes=1 << 20, checkpoint_interval_s=3600)
    for n in range(10):
        spool.append(record(n))
    spool.commit(spool.read_batch(3, 1 << 20)[-1][0])
    spool.commit(spool.read_batch(4, 1 << 20)[-1][0])
    spool.write_checkpoint()
    crash(spool)
    with DiskSpool(tmp_path, max_bytes=1 << 20) as again:
        assert drain(again) == [record(n) for n in range(7, 10)]


def test_a_commit_that_lets_a_segment_go_is_written_at_once(tmp_path):
    spool = DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500, checkpoint_interval_s=3600)
    for n in range(30):
        spool.append(record(n))
    spool.commit(spool.read_batch(1, 1 << 20)[-1][0])
    spool.commit(spool.read_batch(20, 1 << 20)[-1][0])  # past whole segments: their files are deleted
    crash(spool)
    with DiskSpool(tmp_path, max_bytes=1 << 20, segment_bytes=500) as again:
        assert drain(again) == [record(n) for n in range(21, 30)]


def test_free_space_is_reused_briefly_only_while_the_disk_has_plenty(tmp_path, monkeypatch):
    calls = []
    plenty = os.statvfs_result((4096, 4096, 10**6, 10**5, 10**5, 0, 0, 0, 0, 255))  # ~390 MiB free
    little = os.statvfs_result((4096, 4096, 10**6, 1000, 1000, 0, 0, 0, 0, 255))  # ~3.9 MiB free
    answer = [plenty]
    monkeypatch.setattr(os, "statvfs", lambda _path: calls.append(1) or answer[0])
    with DiskSpool(tmp_path / "s", max_bytes=1 << 40, free_space_recheck_s=0.05) as spool:
        now = [1000.0]
        monkeypatch.setattr(time, "monotonic", lambda: now[0])
        calls.clear()
        assert spool.room_bytes() == 10**5 * 4096
        spool.room_bytes()
        assert len(calls) == 1  # plenty free: the second call within 50 ms reuses the answer
        answer[0] = little
        now[0] += 0.051
        assert spool.room_bytes() == 1000 * 4096  # rechecked after the interval: the disk filled up
        spool.room_bytes()
        spool.room_bytes()
        assert len(calls) == 4  # below 64 MiB free, every call asks the disk
