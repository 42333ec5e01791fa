"""The process's pools of Prefect global concurrency slots: waiting calls get their slots
from Prefect in one call, a slot is handed from one call to the next, the limit is never
exceeded (across pools sharing it too), and every slot goes back to Prefect."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from flows.policy import SlotPool, Throttles, release_idle_slots

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def limit(request: pytest.FixtureRequest) -> Iterator[str]:
    """A global concurrency limit of 2 slots, with a name of its own."""
    from prefect.client.orchestration import get_client

    name = f"test-slots-{request.node.name}".replace("[", "-").replace("]", "")[:60]
    with get_client(sync_client=True) as client:
        client.upsert_global_concurrency_limit_by_name(name, 2)
        try:
            yield name
        finally:
            client.delete_global_concurrency_limit_by_name(name)


def active_slots(name: str) -> int:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_global_concurrency_limit_by_name(name).active_slots


class InFlight:
    """Counts the calls inside their slot, and the most at once."""

    def __init__(self) -> None:
        self.now = self.peak = self.calls = 0
        self._lock = threading.Lock()

    def call(self, pool: SlotPool, seconds: float = 0.05) -> None:
        with pool.slot():
            with self._lock:
                self.now += 1
                self.calls += 1
                self.peak = max(self.peak, self.now)
            time.sleep(seconds)
            with self._lock:
                self.now -= 1


def run_calls(pools: list[SlotPool], calls: int, threads: int, seen: InFlight) -> None:
    with ThreadPoolExecutor(threads) as executor:
        done = [executor.submit(seen.call, pools[n % len(pools)]) for n in range(calls)]
        for future in done:
            future.result()


def test_waiting_calls_reuse_held_slots_and_all_slots_go_back(limit: str) -> None:
    pool, seen = SlotPool(limit, 2), InFlight()

    run_calls([pool], calls=24, threads=6, seen=seen)

    assert seen.calls == 24
    assert seen.peak == 2
    assert pool.acquisitions < 12  # most calls got a slot handed on, not from the API
    pool.release_idle()
    assert active_slots(limit) == 0


def test_a_burst_of_waiting_calls_takes_its_slots_in_one_call(limit: str) -> None:
    pool, seen = SlotPool(limit, 2), InFlight()
    start = threading.Barrier(6)

    def call(_: int) -> None:
        start.wait()
        seen.call(pool, seconds=0.2)

    with ThreadPoolExecutor(6) as executor:
        list(executor.map(call, range(6)))

    assert seen.peak == 2
    assert pool.acquisitions <= 2  # the first caller's, then one for all who waited
    pool.release_idle()
    assert active_slots(limit) == 0


def test_with_fewer_slots_free_than_it_wants_the_pool_takes_one(limit: str) -> None:
    """Another run holds one of the two slots: a call here still goes ahead on the other,
    rather than waiting for both to be free."""
    from prefect.concurrency.sync import concurrency

    pool = SlotPool(limit, 2)
    with concurrency(limit, occupy=1, strict=True), pool.slot():
        assert active_slots(limit) == 2

    assert pool.acquisitions == 2  # both slots in one try (refused), then one
    pool.release_idle()
    assert active_slots(limit) == 0


def test_slots_nobody_uses_go_back_after_linger(limit: str) -> None:
    pool = SlotPool(limit, 2, linger=0.2)

    with pool.slot():
        assert active_slots(limit) == 2  # all the pool may hold, taken in one call
    deadline = time.monotonic() + 5
    while active_slots(limit) and time.monotonic() < deadline:
        time.sleep(0.05)

    assert active_slots(limit) == 0


def test_pools_sharing_a_limit_never_exceed_it_together(limit: str) -> None:
    """Two runs' pools of the same 2-slot limit, each sized 2: together still 2."""
    seen = InFlight()

    pools = [SlotPool(limit, 2), SlotPool(limit, 2)]
    run_calls(pools, calls=16, threads=8, seen=seen)

    assert seen.calls == 16
    assert seen.peak == 2
    for pool in pools:
        pool.release_idle()
    assert active_slots(limit) == 0


def test_a_slot_held_past_max_hold_goes_back_to_prefect(limit: str) -> None:
    """So other runs sharing the limit get their turn while this one stays busy."""
    pool, seen = SlotPool(limit, 1, max_hold=0.0), InFlight()

    run_calls([pool], calls=4, threads=3, seen=seen)

    assert pool.acquisitions == 4
    pool.release_idle()
    assert active_slots(limit) == 0


def test_a_call_that_fails_gives_its_slot_back(limit: str) -> None:
    pool = SlotPool(limit, 1)

    with pytest.raises(RuntimeError), pool.slot():
        raise RuntimeError("the service call failed")
    with pool.slot():  # the next call gets it
        assert active_slots(limit) == 1

    pool.release_idle()
    assert active_slots(limit) == 0


def test_a_missing_limit_is_refused_and_leaves_the_pool_usable() -> None:
    pool = SlotPool("test-slots-no-such-limit", 1)

    for _ in range(2):  # the failed acquisition freed its place in the pool
        with pytest.raises(Exception, match="test-slots-no-such-limit"), pool.slot():
            pass


def test_throttles_size_each_pool_from_the_limit(limit: str) -> None:
    throttles = Throttles.discover((limit,))  # type: ignore[arg-type]
    seen = InFlight()

    def call(_: Any) -> None:
        with throttles.occupy(limit):  # type: ignore[arg-type]
            with seen._lock:
                seen.now += 1
                seen.peak = max(seen.peak, seen.now)
            time.sleep(0.05)
            with seen._lock:
                seen.now -= 1

    with ThreadPoolExecutor(6) as executor:
        list(executor.map(call, range(12)))

    assert throttles.sizes == {limit: 2}
    assert seen.peak == 2
    release_idle_slots()
    assert active_slots(limit) == 0
