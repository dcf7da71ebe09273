"""The memoized partitioner picks exactly aiokafka's partition for every key."""

import random

from aiokafka.partitioner import DefaultPartitioner

from gammainfra_common.kafka.partitioner import MemoizedPartitioner


def test_same_partition_as_aiokafka_for_every_key_and_partition_count_also_after_the_memo_is_cleared():
    rng = random.Random(17)
    keys = [rng.randbytes(rng.randint(0, 40)) for _ in range(3_000)] + [f"cus_{i}".encode() for i in range(300)]
    memo, default = MemoizedPartitioner(max_keys=500), DefaultPartitioner()
    for count in (1, 3, 6, 7, 64):
        partitions = list(range(count))
        for key in keys + keys[:200]:  # the repeats come from the memo (or after it was cleared)
            assert memo(key, partitions, partitions) == default(key, partitions, partitions)
    assert len(memo._hashes) <= 500


def test_a_record_without_a_key_goes_to_an_available_partition():
    memo = MemoizedPartitioner()
    assert {memo(None, [0, 1, 2, 3], [2]) for _ in range(20)} == {2}
